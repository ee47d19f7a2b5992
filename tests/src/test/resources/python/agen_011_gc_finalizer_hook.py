# agen_011 (P1): the event loop's async generator hooks (sys.set_asyncgen_hooks). firstiter is
# called on a generator's first __anext__(), not when it is created, and registers it with the
# loop. When an unfinished generator is garbage-collected inside a running loop, the finalizer
# hook does not close it synchronously: it schedules aclose() as a task through
# call_soon_threadsafe(create_task, ag.aclose()), so the create_task callback runs in the next
# loop iteration and the aclose task takes its first step one iteration after that, interleaved
# with the other tasks as shown. CPython-specific: loop._asyncgens (internal) and refcounting,
# which collects the generator at `del`; Stepwise has no twin of this program (its generators are
# finalized through a java.lang.ref.Cleaner when the garbage collector gets to them).
import asyncio
import gc
import sys


class GcFinalizer:
    async def gen(self, name):
        try:
            yield 1
            yield 2
        finally:
            print(name, "finally runs")
            await asyncio.sleep(0)
            print(name, "finally after an await")

    async def main(self):
        loop = asyncio.get_running_loop()
        firstiter, finalizer = sys.get_asyncgen_hooks()

        def my_firstiter(ag):
            print("firstiter hook:", ag.__qualname__)
            firstiter(ag)

        def my_finalizer(ag):
            print("finalizer hook:", ag.__qualname__)
            finalizer(ag)

        sys.set_asyncgen_hooks(my_firstiter, my_finalizer)
        ag = self.gen("dropped")
        print("created; registered with the loop:", ag in loop._asyncgens)
        print("__anext__() ->", await ag.__anext__())
        print("registered with the loop:", ag in loop._asyncgens)
        del ag
        gc.collect()
        print("dropped; its finally has not run yet")
        for i in range(4):
            print("main, iteration", i)
            await asyncio.sleep(0)
        print("registered generators left:", len(loop._asyncgens))


asyncio.run(GcFinalizer().main())
