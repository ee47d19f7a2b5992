# coro_013 (P0): a @types.coroutine generator may be awaited; its bare `yield` surfaces None to
# the driver of the outermost coroutine, and what the driver sends is returned into the generator.
# Under a Task a bare yield just reschedules (that is asyncio.sleep(0)).
import asyncio
import types
from _support import call


@types.coroutine
def bare(label):
    got = yield
    print(label, "received", got)
    return got


class BareYield:
    async def middle(self):
        a = await bare("first")
        b = await bare("second")
        return [a, b]

    async def outer(self):
        r = await self.middle()
        print("outer got", r)
        return len(r)

    async def main(self):
        print("under a task:", await self.middle())


c = BareYield().outer()
call("send(None)", lambda: c.send(None))
call("send('x')", lambda: c.send("x"))
call("send('y')", lambda: c.send("y"))
asyncio.run(BareYield().main())
