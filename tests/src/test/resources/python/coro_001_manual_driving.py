# coro_001 (P0): calling an async def runs nothing; send(None) runs the coroutine to its first
# suspension; what the innermost awaitable yields surfaces from send(); what the driver sends
# travels down to it; the return value arrives as StopIteration.value.
import types
from _support import call, state


@types.coroutine
def probe(label):
    got = yield label
    print("probe", label, "got", got)
    return got


class ManualDriving:
    async def inner(self, x):
        print("inner started with", x)
        a = await probe("first")
        b = await probe("second")
        print("inner returns", a + b)
        return a + b

    async def outer(self):
        print("outer started")
        r = await self.inner(1)
        print("outer got", r)
        return r * 2


c = ManualDriving().outer()
print("created:", state(c))
call("send(None)", lambda: c.send(None))
print("after the first send:", state(c))
call("send(10)", lambda: c.send(10))
call("send(5)", lambda: c.send(5))
print("finished:", state(c))

d = ManualDriving().outer()
call("send(None)", lambda: d.send(None))
call("throw(ValueError)", lambda: d.throw(ValueError("thrown in")))
print("after the throw:", state(d))

e = ManualDriving().outer()
call("send(None)", lambda: e.send(None))
call("close()", lambda: e.close())
print("after close:", state(e))
