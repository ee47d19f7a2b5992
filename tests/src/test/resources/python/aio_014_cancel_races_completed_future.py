# aio_014 (P1): the future a task awaits gets its result, and in the same iteration, before the
# task resumes, the task is cancelled: cancel() returns True, CancelledError is thrown in at the
# await and the result is not delivered (the future keeps it).
import asyncio
from _support import exc


class Race:
    async def waiter(self, fut):
        try:
            r = await fut
            print("waiter got", r)
        except asyncio.CancelledError as e:
            print("waiter: CancelledError at the await:", exc(e))
            raise

    async def main(self):
        fut = asyncio.get_running_loop().create_future()
        t = asyncio.create_task(self.waiter(fut))
        await asyncio.sleep(0)
        fut.set_result("value")
        print("cancel() after set_result, before the task resumed ->", t.cancel("late"))
        print("the future keeps its result:", fut.result(), "| cancelled:", fut.cancelled())
        try:
            await t
        except asyncio.CancelledError as e:
            print("awaiting the task:", exc(e))
        print("task cancelled:", t.cancelled())


asyncio.run(Race().main())
