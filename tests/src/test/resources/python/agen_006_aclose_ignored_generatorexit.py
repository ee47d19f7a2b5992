# agen_006 (P0): a generator that yields while aclose() closes it (from except GeneratorExit, or
# from finally, also after an await there) makes aclose raise RuntimeError('async generator
# ignored GeneratorExit'); the generator is then suspended at that yield and __anext__ resumes it
# there: after an except it goes on, in a finally the pending GeneratorExit is raised again when
# the finally ends (a second aclose() of such a generator is agen_014's). Another exception raised
# during the cleanup propagates from aclose unchanged, and the generator is closed.
import asyncio
from _support import acall, agstate


class IgnoredExit:
    async def stubborn(self):
        try:
            yield 1
        except GeneratorExit:
            print("stubborn caught GeneratorExit and yields")
            yield "from except"
            print("stubborn resumed after the yield")
        yield "after"

    async def yields_in_finally(self):
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            print("finally awaited and yields")
            yield "from finally"

    async def fails_in_cleanup(self):
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            raise ValueError("cleanup failed")

    async def main(self):
        ag = self.stubborn()
        await acall("__anext__()", ag.__anext__())
        await acall("aclose()", ag.aclose())
        print("state:", agstate(ag))
        await acall("__anext__()", ag.__anext__())
        await acall("__anext__()", ag.__anext__())
        print("state:", agstate(ag))

        ag = self.yields_in_finally()
        await acall("__anext__()", ag.__anext__())
        await acall("aclose()", ag.aclose())
        print("state:", agstate(ag))
        await acall("__anext__()", ag.__anext__())
        print("state:", agstate(ag))

        ag = self.fails_in_cleanup()
        await acall("__anext__()", ag.__anext__())
        await acall("aclose()", ag.aclose())
        print("state:", agstate(ag))
        await acall("aclose() again", ag.aclose())


asyncio.run(IgnoredExit().main())
