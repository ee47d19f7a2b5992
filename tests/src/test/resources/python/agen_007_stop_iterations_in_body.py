# agen_007 (P0): a StopAsyncIteration that escapes an async generator body does not end the
# generator quietly: it becomes RuntimeError('async generator raised StopAsyncIteration'), with the
# StopAsyncIteration as __cause__; likewise StopIteration becomes RuntimeError('async generator
# raised StopIteration') (PEP 479). The common case: an unguarded await of another generator's
# __anext__() inside a generator. An async for over such a generator raises the RuntimeError
# instead of ending; the generator is closed afterwards.
import asyncio
from _support import acall, agstate, exc


class StopsInBody:
    async def raises_stop_async(self):
        yield 1
        await asyncio.sleep(0)
        raise StopAsyncIteration("from the body")

    async def raises_stop(self):
        yield 1
        raise StopIteration("from the body")

    async def empty(self):
        return
        yield

    async def unguarded(self):
        yield "before"
        inner = self.empty()
        yield await inner.__anext__()

    async def main(self):
        ag = self.raises_stop_async()
        await acall("__anext__()", ag.__anext__())
        try:
            await ag.__anext__()
        except RuntimeError as e:
            print("__anext__() ->", exc(e), "| cause:", exc(e.__cause__))
        print("state:", agstate(ag))
        await acall("__anext__() afterwards", ag.__anext__())

        ag = self.raises_stop()
        await acall("__anext__()", ag.__anext__())
        try:
            await ag.__anext__()
        except RuntimeError as e:
            print("__anext__() ->", exc(e), "| cause:", exc(e.__cause__))
        print("state:", agstate(ag))

        got = []
        try:
            async for x in self.unguarded():
                got.append(x)
        except RuntimeError as e:
            print("async for ->", exc(e), "| cause:", exc(e.__cause__), "| got", got)


asyncio.run(StopsInBody().main())
