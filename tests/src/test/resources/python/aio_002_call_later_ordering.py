# aio_002 (P0): timers fire in deadline order; a due timer joins the ready queue after the
# callbacks already queued in that iteration (call_later(0) runs after an earlier call_soon).
# Timers with the same deadline have no guaranteed order in CPython (its heap is not stable), so
# the program prints them sorted.
import asyncio


class CallLaterOrdering:
    async def main(self):
        loop = asyncio.get_running_loop()
        events = []
        for delay in (0.3, 0.1, 0.2):
            loop.call_later(delay, events.append, "timer %.1f" % delay)
        loop.call_later(0, events.append, "call_later(0)")
        loop.call_soon(events.append, "call_soon")
        same = []
        when = loop.time() + 0.5
        for i in range(10):
            loop.call_at(when, same.append, i)
        await asyncio.sleep(1)
        print(events)
        print("same deadline, sorted:", sorted(same))


asyncio.run(CallLaterOrdering().main())
