# aio_052 (P0): cancelling a task that awaits another task cancels the awaited task too:
# CancelledError travels down, then back up. Conversely, when the awaited task is cancelled by
# someone else, the awaiter receives CancelledError but is not itself being cancelled
# (cancelling() == 0) and can go on.
import asyncio


class CancelPropagates:
    async def inner(self, name):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise

    async def outer(self, inner_task):
        try:
            await inner_task
        except asyncio.CancelledError:
            print("outer sees CancelledError, cancelling():", asyncio.current_task().cancelling())
            if asyncio.current_task().cancelling() == 0:
                return "outer went on"
            raise

    async def main(self):
        i1 = asyncio.create_task(self.inner("inner1"))
        o1 = asyncio.create_task(self.outer(i1))
        await asyncio.sleep(0.1)
        o1.cancel()
        try:
            await o1
        except asyncio.CancelledError:
            print("outer1 cancelled:", o1.cancelled(), "inner1 cancelled:", i1.cancelled())
        i2 = asyncio.create_task(self.inner("inner2"))
        o2 = asyncio.create_task(self.outer(i2))
        await asyncio.sleep(0.1)
        i2.cancel()
        print("outer2 ->", await o2, "| cancelled:", o2.cancelled(), "inner2 cancelled:", i2.cancelled())


asyncio.run(CancelPropagates().main())
