# agen_012 (P1): the builtins aiter() and anext() (3.10). aiter(x) calls x.__aiter__(): an async
# generator is its own iterator; anext(it) is it.__anext__(); anext(it, default) evaluates to
# default instead of raising StopAsyncIteration, and lets any other exception through. They work
# on any async iterator, not only generators. TypeError for what is not an async iterable /
# iterator ('int' object is not an async iterator; an object with only __aiter__ is not one).
import asyncio
from _support import acall, call, typename


class Counter:
    """An async iterator written by hand: __anext__ is a coroutine raising StopAsyncIteration."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class OnlyAiter:
    """An async iterable that is not an iterator itself."""

    def __aiter__(self):
        return Counter(2)


class AnextBuiltin:
    async def gen(self):
        yield 1
        yield 2

    async def failing(self):
        yield 1
        raise ValueError("failed")

    async def main(self):
        ag = self.gen()
        print("aiter(ag) is ag:", aiter(ag) is ag)
        await acall("anext(ag)", anext(ag))
        await acall("anext(ag, 'default')", anext(ag, "default"))
        await acall("anext(ag, 'default') at the end", anext(ag, "default"))
        await acall("anext(ag) at the end", anext(ag))
        await acall("anext(ag, None) at the end", anext(ag, None))

        f = self.failing()
        await acall("anext(failing, 'default')", anext(f, "default"))
        await acall("anext(failing, 'default')", anext(f, "default"))
        await acall("anext(failing, 'default') after it raised", anext(f, "default"))

        c = Counter(1)
        print("aiter(counter) is counter:", aiter(c) is c)
        await acall("anext(counter)", anext(c))
        await acall("anext(counter, 'default')", anext(c, "default"))
        await acall("anext(counter)", anext(c))
        print("aiter(only_aiter):", typename(aiter(OnlyAiter())))
        got = []
        async for x in OnlyAiter():
            got.append(x)
        print("async for over only_aiter:", got)

        call("anext(1)", lambda: anext(1))
        call("anext(1, 'default')", lambda: anext(1, "default"))
        call("aiter(1)", lambda: aiter(1))
        call("anext('s')", lambda: anext("s"))
        call("anext([1])", lambda: anext([1]))
        call("aiter([1])", lambda: aiter([1]))
        call("anext(only_aiter)", lambda: anext(OnlyAiter()))


asyncio.run(AnextBuiltin().main())
