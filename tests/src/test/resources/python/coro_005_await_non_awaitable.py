# coro_005 (P0): await of something that is not awaitable raises TypeError naming its type (an
# int, a str, None, a plain generator); an object whose __await__ returns a generator and a
# @types.coroutine generator are awaitable. (__await__ returning a non-iterator or a coroutine
# has no Java form: Awaitable.awaitGen() is typed to return a Gen.)
import asyncio
import types


def plain_generator():
    yield 1


@types.coroutine
def bare_yield(result):
    yield
    return result


class Custom:
    def __await__(self):
        yield
        return "custom result"


class NonAwaitable:
    async def main(self):
        for label, value in [("42", 42), ("'text'", "text"), ("None", None),
                             ("a plain generator", plain_generator())]:
            try:
                await value
            except TypeError as e:
                print("await", label, "->", "TypeError:", e)
        print("await Custom() ->", await Custom())
        print("await a types.coroutine generator ->", await bare_yield("generator result"))


asyncio.run(NonAwaitable().main())
