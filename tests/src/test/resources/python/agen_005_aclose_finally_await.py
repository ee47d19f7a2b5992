# agen_005 (P0): aclose() raises GeneratorExit at the suspended yield, so the generator's finally
# runs, and it may await; aclose evaluates to None. aclose on an unstarted generator runs nothing
# (not even finally) and closes it; aclose twice, or on an exhausted generator, is fine; __anext__
# after aclose raises StopAsyncIteration. A generator that catches GeneratorExit and ends quietly
# closes fine too.
import asyncio
from _support import acall, agstate


class AcloseFinally:
    async def gen(self, name):
        print(name, "started")
        try:
            yield 1
            yield 2
        finally:
            print(name, "finally starts")
            await asyncio.sleep(0)
            print(name, "finally after an await")

    async def catcher(self):
        try:
            yield 1
        except GeneratorExit:
            print("catcher caught GeneratorExit")
            await asyncio.sleep(0)
            print("catcher ends")

    async def ticker(self):
        for i in range(3):
            print("ticker", i)
            await asyncio.sleep(0)

    async def main(self):
        other = asyncio.create_task(self.ticker())
        ag = self.gen("a")
        await acall("__anext__()", ag.__anext__())
        await acall("aclose()", ag.aclose())
        print("state:", agstate(ag))
        await acall("aclose() again", ag.aclose())
        await acall("__anext__() after aclose", ag.__anext__())
        await other

        ag = self.gen("unstarted")
        await acall("aclose() of an unstarted generator", ag.aclose())
        print("state:", agstate(ag))
        await acall("__anext__() afterwards", ag.__anext__())

        ag = self.gen("exhausted")
        async for x in ag:
            print("got", x)
        await acall("aclose() of an exhausted generator", ag.aclose())

        ag = self.catcher()
        await acall("__anext__()", ag.__anext__())
        await acall("aclose() of the catcher", ag.aclose())
        print("state:", agstate(ag))


asyncio.run(AcloseFinally().main())
