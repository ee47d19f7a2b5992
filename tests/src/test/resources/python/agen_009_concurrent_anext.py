# agen_009 (P1): while one operation is suspended inside the generator (in an await of its body),
# the generator is running: ag_running is True and ag_await is what it awaits, and starting
# another operation raises RuntimeError at once, without touching the generator: 'anext():
# asynchronous generator is already running', 'athrow(): ...' and 'aclose(): ...' (asend() says
# 'anext(): ...' too: that is in agen_101). The first operation then completes normally.
import asyncio
from _support import acall, typename


class ConcurrentAnext:
    async def gen(self, gate):
        try:
            yield 1
            print("gen waits for the gate")
            await gate.wait()
            print("gen passed the gate")
            yield 2
        finally:
            print("gen finally")

    async def consume(self, ag):
        return await ag.__anext__()

    async def main(self):
        gate = asyncio.Event()
        ag = self.gen(gate)
        await acall("__anext__()", ag.__anext__())
        print("ag_running:", ag.ag_running, "| ag_await:", ag.ag_await)
        task = asyncio.create_task(self.consume(ag))
        await asyncio.sleep(0)
        print("ag_running:", ag.ag_running, "| ag_await:", typename(ag.ag_await))
        await acall("__anext__()", ag.__anext__())
        await acall("athrow(ValueError)", ag.athrow(ValueError("v")))
        await acall("aclose()", ag.aclose())
        gate.set()
        await acall("the first __anext__()", task)
        print("ag_running:", ag.ag_running, "| ag_await:", ag.ag_await)
        await acall("aclose()", ag.aclose())


asyncio.run(ConcurrentAnext().main())
