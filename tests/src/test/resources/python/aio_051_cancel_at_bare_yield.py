# aio_051 (P1): cancel() of a task parked in sleep(0) has no future to cancel, so it sets a pending
# request: CancelledError is raised at that sleep(0) when the task next runs. A task that cancels
# itself goes on with its current step (an await of a coroutine that does not suspend does not
# deliver it) and gets CancelledError at its next real suspension.
import asyncio
from _support import exc


class BareYield:
    async def parked(self):
        try:
            await asyncio.sleep(0)
            print("not reached")
        except asyncio.CancelledError as e:
            print("parked task: CancelledError at its sleep(0):", exc(e))
            raise

    async def quick(self):
        return "quick"

    async def selfish(self):
        me = asyncio.current_task()
        print("cancel() of itself ->", me.cancel("self"), "| cancelling():", me.cancelling())
        print("the current step goes on")
        print("await of a coroutine that does not suspend:", await self.quick())
        try:
            await asyncio.sleep(0)
            print("not reached")
        except asyncio.CancelledError as e:
            print("self-cancelled task: CancelledError at its next suspension:", exc(e))
        return "swallowed"

    async def main(self):
        t = asyncio.create_task(self.parked())
        await asyncio.sleep(0)
        print("cancel() of the parked task ->", t.cancel("parked"), "| done:", t.done())
        try:
            await t
        except asyncio.CancelledError as e:
            print("awaiting it:", exc(e))
        s = asyncio.create_task(self.selfish())
        print("result:", await s, "| cancelled:", s.cancelled())


asyncio.run(BareYield().main())
