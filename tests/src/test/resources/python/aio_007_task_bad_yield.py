# aio_007 (P0): a bare `yield` (None) from the awaited iterator makes the Task reschedule itself
# (that is asyncio.sleep(0)); yielding any other object that is not a future makes the Task throw
# RuntimeError('Task got bad yield: ...') into the coroutine at that point, where it can be
# caught. (Yielding a future without _asyncio_future_blocking, 'yield was used instead of yield
# from in task', has no Java form: Stepwise has no such flag.)
import asyncio
import types


@types.coroutine
def bare():
    yield


@types.coroutine
def bad():
    yield 42


class BadYield:
    async def other(self, events):
        events.append("other runs")

    async def yields_none(self, events):
        events.append("before the bare yield")
        await bare()
        events.append("after the bare yield")
        return "rescheduled"

    async def yields_42(self):
        try:
            await bad()
        except RuntimeError as e:
            print("caught at the yield:", e)
        await bad()
        return "not reached"

    async def main(self):
        events = []
        t = asyncio.create_task(self.yields_none(events))
        u = asyncio.create_task(self.other(events))
        print(await t, events)
        v = asyncio.create_task(self.yields_42())
        try:
            await v
        except RuntimeError as e:
            print("task failed:", e)


asyncio.run(BadYield().main())
