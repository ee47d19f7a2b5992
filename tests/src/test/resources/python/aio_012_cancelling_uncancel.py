# aio_012 (P1): every cancel() of a task that is not done counts in cancelling(); several cancel()
# calls before the task resumes deliver ONE CancelledError (with the first message); uncancel()
# decrements and returns the new count (never below 0); cancel() of a done task returns False and
# does not count; a task cancelled three times before its first step never runs.
import asyncio
from _support import exc


class Cancelling:
    async def catcher(self, fut):
        try:
            await fut
        except asyncio.CancelledError as e:
            me = asyncio.current_task()
            print("caught one CancelledError:", exc(e), "| cancelling():", me.cancelling())
            for _ in range(4):
                print("uncancel() ->", me.uncancel())
        await asyncio.sleep(0)
        print("no second CancelledError")
        return "survived"

    async def never(self):
        print("never printed")

    async def main(self):
        fut = asyncio.get_running_loop().create_future()
        t = asyncio.create_task(self.catcher(fut))
        await asyncio.sleep(0)
        for m in ("one", "two", "three"):
            print("cancel(%r) ->" % m, t.cancel(m), "| cancelling():", t.cancelling())
        print("the awaited future is cancelled:", fut.cancelled())
        print("result:", await t)
        print("cancel() of the done task ->", t.cancel(), "| cancelling():", t.cancelling())

        u = asyncio.create_task(self.never())
        for m in ("a", "b", "c"):
            u.cancel(m)
        print("unstarted task cancelling():", u.cancelling())
        try:
            await u
        except asyncio.CancelledError as e:
            print("awaiting it:", exc(e))
        print("cancelled:", u.cancelled(), "| cancelling():", u.cancelling())


asyncio.run(Cancelling().main())
