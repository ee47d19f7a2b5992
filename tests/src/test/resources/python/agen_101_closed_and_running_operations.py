# agen_101 (Stepwise's own): what each operation does when it cannot run the generator. On a
# generator that has finished (exhausted, closed by aclose(), or ended by an exception):
# asend()/__anext__() raise StopAsyncIteration, while athrow(e) and aclose() evaluate to None
# (athrow does not raise e). CPython's ag_closed flag: once aclose() was called, even one that
# failed with 'async generator ignored GeneratorExit', a later aclose() or athrow() raises
# StopAsyncIteration without running the generator, which stays suspended (its finally does not
# run), while __anext__() still resumes it. While an operation is suspended in the generator,
# asend() is refused with the same message as __anext__(): 'anext(): asynchronous generator is
# already running'. The same on CPython 3.11.7, 3.12.1 and 3.13.0.
import asyncio
from _support import acall, agstate


class ClosedOperations:
    async def gen(self):
        yield 1

    async def fails(self):
        yield 1
        raise ValueError("escaped")

    async def stubborn(self):
        try:
            yield 1
        except GeneratorExit:
            yield "ignored"
        try:
            yield "after"
        finally:
            print("stubborn finally")
        yield "last"

    async def waits(self, gate):
        yield 1
        await gate.wait()
        yield 2

    async def main(self):
        for how in ("exhausted", "closed by aclose()", "closed before the start", "ended by an exception"):
            ag = self.fails() if how == "ended by an exception" else self.gen()
            if how == "closed before the start":
                await ag.aclose()
            else:
                await ag.__anext__()
                if how == "closed by aclose()":
                    await ag.aclose()
                else:
                    try:
                        await ag.__anext__()
                    except (StopAsyncIteration, ValueError):
                        pass
            print(how + ":", agstate(ag))
            await acall("  asend(None)", ag.asend(None))
            await acall("  __anext__()", ag.__anext__())
            await acall("  athrow(ValueError)", ag.athrow(ValueError("v")))
            await acall("  aclose()", ag.aclose())

        ag = self.stubborn()
        await acall("__anext__()", ag.__anext__())
        await acall("aclose()", ag.aclose())
        await acall("__anext__()", ag.__anext__())
        print("resumed after the failed aclose:", agstate(ag))
        await acall("aclose() again", ag.aclose())
        await acall("athrow(ValueError)", ag.athrow(ValueError("v")))
        print("the generator was not touched:", agstate(ag))
        await acall("__anext__()", ag.__anext__())
        await acall("__anext__()", ag.__anext__())
        print("ended:", agstate(ag))

        gate = asyncio.Event()
        ag = self.waits(gate)
        await ag.__anext__()
        task = asyncio.create_task(ag.__anext__())
        await asyncio.sleep(0)
        await acall("asend(None) while running", ag.asend(None))
        await acall("asend(5) while running", ag.asend(5))
        gate.set()
        await acall("the first __anext__()", task)


asyncio.run(ClosedOperations().main())
