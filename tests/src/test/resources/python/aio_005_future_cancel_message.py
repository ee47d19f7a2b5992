# aio_005 (P1): cancel(msg) makes result() and exception() raise CancelledError(msg) (a second
# cancel() returns False and keeps the first message); the done-callbacks run on cancel, in the
# next iteration; a coroutine awaiting a future cancelled with a message gets CancelledError with
# that message, and so does whoever awaits its task when it re-raises.
import asyncio
from _support import call, exc


class CancelMessage:
    async def waiter(self, fut):
        try:
            await fut
        except asyncio.CancelledError as e:
            print("waiter caught:", exc(e))
            raise

    async def main(self):
        loop = asyncio.get_running_loop()
        f = loop.create_future()
        f.add_done_callback(lambda fut: print("callback: cancelled", fut.cancelled()))
        print("cancel('first') ->", f.cancel("first"))
        print("cancel('second') ->", f.cancel("second"))
        print("callback not run yet")
        call("result()", f.result)
        call("exception()", f.exception)
        await asyncio.sleep(0)
        print("after one iteration")

        g = loop.create_future()
        t = asyncio.create_task(self.waiter(g))
        await asyncio.sleep(0)
        print("g.cancel('stop') ->", g.cancel("stop"))
        try:
            await t
        except asyncio.CancelledError as e:
            print("awaiting the task:", exc(e))
        print("task cancelled:", t.cancelled())

        h = loop.create_future()
        h.cancel()
        call("result() after cancel() without a message", h.result)


asyncio.run(CancelMessage().main())
