# agen_015 (P1): breaking out of async for (or leaving it by an exception) does not close the
# generator: it stays suspended at its yield, its finally has not run, and it can be iterated
# further (PEP 533 was deferred). contextlib.aclosing() closes it deterministically when the block
# is left, by break or by an exception, awaiting its cleanup there.
import asyncio
import contextlib
from _support import agstate


class BreakNoClose:
    async def gen(self, name):
        try:
            for i in range(5):
                yield i
        finally:
            await asyncio.sleep(0)
            print(name, "finally")

    async def main(self):
        ag = self.gen("plain")
        async for x in ag:
            if x == 1:
                break
        print("after break:", agstate(ag))
        async for x in ag:
            print("iterated further:", x)
            break
        try:
            async for x in ag:
                raise ValueError("in the loop body")
        except ValueError:
            print("after an exception in the loop:", agstate(ag))
        await ag.aclose()
        print("after aclose():", agstate(ag))

        async with contextlib.aclosing(self.gen("aclosing")) as ag:
            async for x in ag:
                if x == 1:
                    break
            print("in the block after break:", agstate(ag))
        print("after the block:", agstate(ag))

        try:
            async with contextlib.aclosing(self.gen("aclosing, raising")) as ag:
                async for x in ag:
                    raise ValueError("in the loop body")
        except ValueError as e:
            print("the ValueError passed through:", e, "|", agstate(ag))

        async with contextlib.aclosing(self.gen("aclosing, exhausted")) as ag:
            async for x in ag:
                pass
            print("exhausted in the block:", agstate(ag))
        print("after the block:", agstate(ag))


asyncio.run(BreakNoClose().main())
