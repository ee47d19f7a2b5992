# aio_053 (P1): run_until_complete() returns the coroutine's result or raises its exception;
# stop() before the future completes -> RuntimeError('Event loop stopped before Future
# completed.'); close() from inside the running loop -> RuntimeError('Cannot close a running
# event loop'); a closed loop refuses work with RuntimeError('Event loop is closed'); close() of a
# closed loop does nothing.
import asyncio
from _support import call


class Loops:
    async def work(self):
        await asyncio.sleep(0)
        return "result"

    async def fails(self):
        await asyncio.sleep(0)
        raise ValueError("failed")

    async def closer(self, loop):
        loop.close()


s = Loops()
loop = asyncio.new_event_loop()
call("run_until_complete(work())", lambda: loop.run_until_complete(s.work()))
call("run_until_complete(fails())", lambda: loop.run_until_complete(s.fails()))
fut = loop.create_future()
loop.call_soon(loop.stop)
call("run_until_complete(fut) with stop() first", lambda: loop.run_until_complete(fut))
print("the future is still pending:", not fut.done())
call("close() inside the running loop", lambda: loop.run_until_complete(s.closer(loop)))
print("closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
c = s.work()
call("run_until_complete() on the closed loop", lambda: loop.run_until_complete(c))
c.close()
call("call_soon() on the closed loop", lambda: loop.call_soon(print))
call("close() again", loop.close)
