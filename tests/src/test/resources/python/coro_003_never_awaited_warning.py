# coro_003 (P0): a coroutine that is created and never started is reported with
# "coroutine '<qualname>' was never awaited" (a RuntimeWarning when it is collected); one that was
# started, closed, awaited or wrapped in a task is not. The program prints the reports after the
# loop is closed (Stepwise reports untaken coroutines when the loop closes).
import asyncio
import gc
import warnings


class NeverAwaited:
    async def dropped(self):
        print("dropped ran")

    async def started(self):
        await asyncio.sleep(0)

    async def closed(self):
        print("closed ran")

    async def awaited(self):
        return "awaited ran"

    async def main(self):
        self.dropped()
        s = self.started()
        s.send(None)
        del s
        c = self.closed()
        c.close()
        print(await self.awaited())
        t = asyncio.create_task(self.awaited())
        print(await t)
        gc.collect()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.run(NeverAwaited().main())
    gc.collect()
for w in caught:
    print("report:", w.category.__name__, str(w.message))
