# aio_018 (P0): asyncio.run() called inside a running loop raises RuntimeError('asyncio.run()
# cannot be called from a running event loop') and leaves the coroutine it was given un-awaited
# (reported as never awaited); run_until_complete() on the running loop raises RuntimeError('This
# event loop is already running').
import asyncio
import gc
import warnings
from _support import call


class NestedRun:
    async def inner(self):
        return "inner ran (wrong)"

    async def main(self):
        call("asyncio.run(inner())", lambda: asyncio.run(self.inner()))
        loop = asyncio.get_running_loop()
        f = loop.create_future()
        f.set_result(1)
        call("run_until_complete(future)", lambda: loop.run_until_complete(f))
        gc.collect()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.run(NestedRun().main())
    gc.collect()
for w in caught:
    print("report:", w.category.__name__, str(w.message))
