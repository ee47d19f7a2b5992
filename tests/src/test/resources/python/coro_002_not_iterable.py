# coro_002 (P0): a coroutine is not iterable: iter(), next(), list() and `yield from` in a plain
# generator raise TypeError. In Java the same wall is static: Coro is neither an Iterable nor an
# Iterator, and Yield.from has no overload that takes one.
from _support import call


class NotIterable:
    async def work(self):
        return 1


c = NotIterable().work()
call("iter(coro)", lambda: iter(c))
call("next(coro)", lambda: next(c))
call("list(coro)", lambda: list(c))


def delegating():
    yield from c


call("yield from coro in a generator", lambda: next(delegating()))
c.close()
print("closed without a warning")
