# aio_013 (P0): a coroutine that catches CancelledError and returns completes its task normally
# with that result (cancelled() False); one that re-raises ends its task cancelled and awaiting it
# raises CancelledError; cleanup in a finally that awaits runs before the task finishes.
import asyncio


class SwallowOrReraise:
    async def swallows(self):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("swallows: caught, returning a value")
            return "swallowed"

    async def reraises(self):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("reraises: caught, re-raising")
            raise
        finally:
            print("reraises: cleanup starts")
            await asyncio.sleep(0.1)
            print("reraises: cleanup done")

    async def main(self):
        a = asyncio.create_task(self.swallows())
        b = asyncio.create_task(self.reraises())
        await asyncio.sleep(0.1)
        a.cancel()
        b.cancel()
        print("a ->", await a, "| cancelled:", a.cancelled())
        try:
            await b
        except asyncio.CancelledError:
            print("awaiting b raised CancelledError | cancelled:", b.cancelled(), "done:", b.done())


asyncio.run(SwallowOrReraise().main())
