# agen_016 (P2): the values a generator yields reach the awaiter intact, whatever they are: a
# tuple is not unpacked, a StopIteration or StopAsyncIteration instance yielded as a value is a
# value (it does not end the await or the iteration), None is a value; through __anext__(),
# asend(), athrow() and async for alike. Also when the yield comes right after an await in the
# body, and when the operation is awaited by a task other than the one that started the
# generator.
import asyncio
from _support import acall, exc


def show(v):
    return exc(v) if isinstance(v, BaseException) else repr(v)


class Intact:
    async def gen(self):
        yield (1, 2)
        await asyncio.sleep(0)
        yield StopIteration("si")
        try:
            yield StopAsyncIteration("sai")
        except ValueError:
            await asyncio.sleep(0)
            yield (3, (4, 5))
        yield None
        yield ()

    async def take(self, ag):
        return await ag.__anext__()

    async def main(self):
        ag = self.gen()
        print("__anext__() ->", show(await ag.__anext__()))
        print("asend(None) ->", show(await ag.asend(None)))
        print("__anext__() in a task ->", show(await asyncio.create_task(self.take(ag))))
        print("athrow(ValueError) ->", show(await ag.athrow(ValueError("v"))))
        print("__anext__() ->", show(await ag.__anext__()))
        print("__anext__() ->", show(await ag.__anext__()))
        await acall("__anext__() at the end", ag.__anext__())
        got = []
        async for v in self.gen():
            got.append(show(v))
        print("async for:", got)


asyncio.run(Intact().main())
