# coro_011 (P1): async with awaits __aenter__ before the block and __aexit__ on the way out, with
# the exception leaving the block or None; a truthy __aexit__ result suppresses the exception, a
# false one lets it propagate. The protocol TypeErrors (no __aenter__/__aexit__, an __aexit__ that
# returns a non-awaitable) are left out: in Java they are compile errors.
import asyncio
from _support import exc


class Manager:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(self.name, "__aenter__ starts")
        await asyncio.sleep(0)
        print(self.name, "__aenter__ returns")
        return self

    async def __aexit__(self, exc_type, e, tb):
        print(self.name, "__aexit__ with", exc(e) if e is not None else None)
        await asyncio.sleep(0)
        return self.suppress


class AsyncWith:
    async def main(self):
        async with Manager("a", False) as m:
            print("block of", m.name)
        print("after a")
        try:
            async with Manager("b", False) as m:
                print("block of", m.name)
                raise ValueError("boom")
        except ValueError as e:
            print("propagated:", exc(e))
        async with Manager("c", True) as m:
            print("block of", m.name)
            raise ValueError("swallowed")
        print("after c: suppressed")
        async with Manager("d", False) as outer:
            async with Manager("e", True) as inner:
                print("block of", outer.name, inner.name)
                raise KeyError("k")
            print("after e, inside d")
        print("done")


asyncio.run(AsyncWith().main())
