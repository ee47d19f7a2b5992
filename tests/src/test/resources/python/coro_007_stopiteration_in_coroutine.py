# coro_007 (P0): StopIteration raised in a coroutine body becomes RuntimeError('coroutine raised
# StopIteration') with the StopIteration as its cause; a StopIteration instance returned by a
# coroutine is just a value.
import asyncio
from _support import exc


class StopIterationInCoroutine:
    async def raises(self):
        await asyncio.sleep(0)
        raise StopIteration("stop")

    async def returns(self):
        return StopIteration(7)

    async def main(self):
        try:
            await self.raises()
        except RuntimeError as e:
            print("raised:", exc(e), "| cause:", type(e.__cause__).__name__)
        r = await self.returns()
        print("returned:", type(r).__name__, "value:", r.value)
        c = self.raises()
        print("send(None) ->", c.send(None))
        try:
            c.send(None)
        except RuntimeError as e:
            print("driven by hand:", exc(e))


asyncio.run(StopIterationInCoroutine().main())
