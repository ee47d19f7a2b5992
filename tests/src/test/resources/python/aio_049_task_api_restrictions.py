# aio_049 (P1): a Task's result comes from its coroutine: set_result()/set_exception() raise
# RuntimeError; result()/exception() of a pending task raise InvalidStateError; ensure_future()
# wraps a coroutine or an awaitable in a new Task and returns a future or task unchanged;
# ensure_future(None) is a TypeError. Task(42) and ensure_future(1) (TypeErrors) are left out:
# in Java they do not compile.
import asyncio
import types
from _support import call


@types.coroutine
def bare_then(result):
    yield
    return result


class Awaitable:
    def __await__(self):
        return bare_then("from __await__")


class Restrictions:
    async def work(self):
        return "worked"

    async def main(self):
        loop = asyncio.get_running_loop()
        gate = loop.create_future()
        t = asyncio.create_task(self.wait_gate(gate))
        call("set_result() of a task", lambda: t.set_result(1))
        call("set_exception() of a task", lambda: t.set_exception(ValueError("v")))
        call("result() of a pending task", t.result)
        call("exception() of a pending task", t.exception)
        c = self.work()
        f = asyncio.ensure_future(c)
        print("ensure_future(coroutine) is a new Task:", isinstance(f, asyncio.Task),
              "| get_coro() is the coroutine:", f.get_coro() is c)
        print("ensure_future(future) is the future:", asyncio.ensure_future(gate) is gate)
        print("ensure_future(task) is the task:", asyncio.ensure_future(t) is t)
        a = asyncio.ensure_future(Awaitable())
        print("ensure_future(awaitable) is a Task:", isinstance(a, asyncio.Task))
        call("ensure_future(None)", lambda: asyncio.ensure_future(None))
        print("results:", await f, await a)
        gate.set_result("opened")
        print("task:", await t)

    async def wait_gate(self, gate):
        return await gate


asyncio.run(Restrictions().main())
