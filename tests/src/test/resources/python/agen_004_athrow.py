# agen_004 (P0): athrow(e) raises e at the suspended yield. Caught, with a yield after it (and an
# await before): athrow evaluates to the yielded value and the generator goes on; caught, with the
# generator ending: StopAsyncIteration; not caught: e propagates from athrow and the generator is
# closed. athrow on an unstarted generator raises e at once without running the body, and the
# generator is then closed.
import asyncio
from _support import acall, agstate, exc


class Athrow:
    async def gen(self):
        print("gen started")
        try:
            yield 1
        except ValueError as e:
            print("gen caught", exc(e))
            await asyncio.sleep(0)
            yield "after the ValueError"
        except TypeError as e:
            print("gen caught", exc(e), "and ends")
            return
        try:
            yield 2
        finally:
            print("gen finally")
        yield 3

    async def main(self):
        ag = self.gen()
        await acall("__anext__()", ag.__anext__())
        await acall("athrow(ValueError)", ag.athrow(ValueError("v")))
        print("state:", agstate(ag))
        await acall("__anext__()", ag.__anext__())
        await acall("athrow(RuntimeError), not caught", ag.athrow(RuntimeError("r")))
        print("state:", agstate(ag))
        await acall("__anext__() afterwards", ag.__anext__())

        ag = self.gen()
        await acall("__anext__()", ag.__anext__())
        await acall("athrow(TypeError)", ag.athrow(TypeError("t")))
        print("state:", agstate(ag))

        ag = self.gen()
        await acall("athrow(ValueError) before the start", ag.athrow(ValueError("early")))
        print("state:", agstate(ag))
        await acall("__anext__() afterwards", ag.__anext__())


asyncio.run(Athrow().main())
