# agen_008 (P1): the awaitables of __anext__(), asend(), athrow() and aclose() can be awaited once:
# awaiting one again, after it produced a value or raised, raises RuntimeError('cannot reuse
# already awaited __anext__()/asend()') or ('cannot reuse already awaited aclose()/athrow()'),
# without touching the generator. Two different aclose() awaitables in turn are fine.
import asyncio
from _support import acall, agstate


class ReuseAwaitable:
    async def gen(self):
        try:
            x = yield 1
            print("gen received", x)
            yield 2
            yield 3
            yield 4
        finally:
            print("gen finally")

    async def main(self):
        ag = self.gen()
        nx = ag.__anext__()
        await acall("await __anext__()", nx)
        await acall("await it again", nx)
        sd = ag.asend("sent")
        await acall("await asend('sent')", sd)
        await acall("await it again", sd)
        th = ag.athrow(ValueError("thrown"))
        await acall("await athrow(ValueError)", th)
        await acall("await it again", th)
        print("state:", agstate(ag))

        ag = self.gen()
        await acall("await __anext__()", ag.__anext__())
        first = ag.aclose()
        second = ag.aclose()
        await acall("await aclose()", first)
        await acall("await it again", first)
        await acall("await another aclose()", second)
        print("state:", agstate(ag))

        ag = self.gen()
        await acall("await __anext__()", ag.__anext__())
        await acall("await __anext__()", ag.__anext__())
        nx = ag.__anext__()
        await acall("await __anext__()", nx)
        await acall("await it again", nx)
        await acall("await __anext__()", ag.__anext__())
        nx = ag.__anext__()
        await acall("await __anext__() at the end", nx)
        await acall("await it again", nx)


asyncio.run(ReuseAwaitable().main())
