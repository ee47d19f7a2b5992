# aio_001 (P0): call_soon callbacks run FIFO; callbacks scheduled by a callback run in the next
# iteration, after everything already queued; arguments are bound when scheduling; a cancelled
# Handle is skipped; stop() takes effect at the end of the current iteration and the callbacks
# left run on the next run_forever(). Inside a coroutine, callbacks scheduled before an
# `await asyncio.sleep(0)` run before the coroutine resumes.
import asyncio

events = []


def cb(name):
    events.append(name)


def spawner():
    events.append("spawner")
    loop.call_soon(cb, "spawned")


def stopper():
    events.append("stop")
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(cb, "a")
loop.call_soon(spawner)
h = loop.call_soon(cb, "cancelled")
loop.call_soon(cb, "b")
h.cancel()
loop.call_soon(stopper)
loop.call_soon(cb, "after stop, same iteration")
loop.run_forever()
print("first run:", events)
events.clear()


class CallSoonFifo:
    async def pause(self):
        await asyncio.sleep(0)

    async def main(self):
        events.clear()
        lp = asyncio.get_running_loop()
        lp.call_soon(cb, "one")
        lp.call_soon(cb, "two")
        events.append("coroutine before sleep(0)")
        await asyncio.sleep(0)
        events.append("coroutine after sleep(0)")
        lp.call_soon(cb, "three")
        await asyncio.sleep(0)
        events.append("coroutine after the second sleep(0)")


loop.run_until_complete(CallSoonFifo().pause())
print("second run:", events)
loop.run_until_complete(CallSoonFifo().main())
print("coroutine:", events)
loop.close()
