# aio_003 (P0): a Future goes from pending to done or cancelled; result()/exception() of a pending
# future raise InvalidStateError; setting twice raises InvalidStateError('invalid state');
# cancel() returns True once and False once done; result() of a cancelled future raises
# CancelledError. A StopIteration given to set_exception: 3.11 and 3.12 raise TypeError, 3.13
# stores a RuntimeError caused by it; Stepwise follows 3.13, and this program prints 3.13's
# result on every version.
import asyncio
import sys
from _support import call, exc


def set_stop_iteration(f):
    if sys.version_info >= (3, 13):
        f.set_exception(StopIteration())
        return
    try:
        f.set_exception(StopIteration())
    except TypeError:
        pass
    e = RuntimeError("StopIteration interacts badly with generators and cannot be raised into a Future")
    e.__cause__ = StopIteration()
    f.set_exception(e)


class FutureStates:
    async def main(self):
        loop = asyncio.get_running_loop()
        f = loop.create_future()
        print("pending: done", f.done(), "cancelled", f.cancelled())
        call("result()", f.result)
        call("exception()", f.exception)
        f.set_result(42)
        print("after set_result: done", f.done(), "result", f.result(), "exception", f.exception())
        call("set_result again", lambda: f.set_result(1))
        call("set_exception after a result", lambda: f.set_exception(ValueError("late")))
        call("cancel() of a done future", f.cancel)

        g = loop.create_future()
        g.set_exception(ValueError("bad"))
        call("result() of a failed future", g.result)
        print("exception():", exc(g.exception()))

        c = loop.create_future()
        call("cancel()", c.cancel)
        call("cancel() again", c.cancel)
        print("cancelled:", c.cancelled(), "done:", c.done())
        call("result() of a cancelled future", c.result)
        call("exception() of a cancelled future", c.exception)
        call("set_result on a cancelled future", lambda: c.set_result(1))

        s = loop.create_future()
        set_stop_iteration(s)
        print("set_exception(StopIteration) stored:", exc(s.exception()), "| cause:", type(s.exception().__cause__).__name__)


asyncio.run(FutureStates().main())
