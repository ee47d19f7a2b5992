# aio_010 (P0): cancel() of a task that waits on a future returns True and cancels that future;
# CancelledError, carrying the message, is raised at the await on the next iteration; the
# coroutine may catch it and go on, and the task then does not end cancelled.
import asyncio


class CancelAtAwait:
    async def waiter(self, fut):
        try:
            await fut
        except asyncio.CancelledError as e:
            print("caught CancelledError at the await:", e)
        await asyncio.sleep(0)
        print("still running after the cancellation")
        return "finished normally"

    async def main(self):
        fut = asyncio.get_running_loop().create_future()
        t = asyncio.create_task(self.waiter(fut))
        await asyncio.sleep(0)
        print("cancel ->", t.cancel("stop now"))
        print("the awaited future is cancelled:", fut.cancelled())
        print("task done right after cancel():", t.done())
        print("result:", await t)
        print("task cancelled:", t.cancelled())


asyncio.run(CancelAtAwait().main())
