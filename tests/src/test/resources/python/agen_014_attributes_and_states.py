# agen_014 (P2): the state of an async generator over its life, as inspect.getasyncgenstate (3.12)
# tells it, with ag_running and ag_await: created; running inside its body and its finally;
# suspended at a yield; running (ag_running True) and awaiting a coroutine (ag_await: the
# program's own, as Stepwise's Aio.sleep is an awaitable but not a coroutine object) while an
# operation is suspended in an await of the body; closed at the end, after aclose(), or after an
# exception escaped it. (What operations do on a closed generator is agen_101's.)
# Left out: ag_frame (Stepwise has no frames; its state() is the state above) and the inspect
# predicates isasyncgen/isasyncgenfunction (static types in Java).
import asyncio
from _support import acall, agstate, typename


def show(label, ag):
    aw = ag.ag_await
    print(label, agstate(ag), "| ag_running:", ag.ag_running,
          "| ag_await:", None if aw is None else typename(aw))


class AgenStates:
    async def pause(self):
        await asyncio.sleep(0)

    async def gen(self, box):
        show("inside the body:", box[0])
        try:
            yield 1
            await self.pause()
            yield 2
        finally:
            show("in its finally:", box[0])

    def make(self):
        box = [None]
        box[0] = self.gen(box)
        return box[0]

    async def fails(self):
        yield 1
        raise ValueError("escaped")

    async def main(self):
        ag = self.make()
        show("created:", ag)
        await acall("__anext__()", ag.__anext__())
        show("at the yield:", ag)
        task = asyncio.create_task(ag.__anext__())
        await asyncio.sleep(0)
        show("in an await of the body:", ag)
        await acall("the task", task)
        show("at the next yield:", ag)
        await acall("__anext__()", ag.__anext__())
        show("ended:", ag)

        ag = self.make()
        await acall("aclose() before the start", ag.aclose())
        show("after aclose():", ag)

        ag = self.make()
        await acall("__anext__()", ag.__anext__())
        await acall("aclose()", ag.aclose())
        show("after aclose():", ag)

        ag = self.fails()
        await acall("__anext__()", ag.__anext__())
        await acall("__anext__()", ag.__anext__())
        show("after the exception:", ag)


asyncio.run(AgenStates().main())
