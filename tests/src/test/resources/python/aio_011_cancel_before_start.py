# aio_011 (P0): a task cancelled before its first step never runs any of its body, not even its
# finally blocks; it ends cancelled and its coroutine is closed (no never-awaited report).
import asyncio
import inspect


class CancelBeforeStart:
    async def body(self):
        try:
            print("body ran (wrong)")
            await asyncio.sleep(0)
        finally:
            print("finally ran (wrong)")

    async def main(self):
        coro = self.body()
        t = asyncio.create_task(coro)
        print("cancel ->", t.cancel())
        try:
            await t
        except asyncio.CancelledError:
            print("awaiting it raised CancelledError")
        print("cancelled:", t.cancelled(), "coroutine:", inspect.getcoroutinestate(coro))


asyncio.run(CancelBeforeStart().main())
