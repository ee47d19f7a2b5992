# coro_009 (P1): while a chain outer -> middle -> inner -> generator is suspended, cr_await can be
# walked from the outermost coroutine down to the innermost awaitable iterator; cr_await is None
# while a coroutine runs and after it has finished.
import inspect
import types
from _support import call, state


@types.coroutine
def probe(label):
    got = yield label
    print("probe", label, "got", got)
    return got


class Chain:
    async def inner(self):
        return await probe("deep")

    async def middle(self):
        return await self.inner()

    async def outer(self, box):
        me = box[0]
        print("outer running: cr_await is None:", me.cr_await is None)
        r = await self.middle()
        print("outer resumed: cr_await is None:", me.cr_await is None)
        return r


def walk(c):
    x = c
    while x is not None:
        if inspect.iscoroutine(x):
            print("  coroutine", x.__qualname__, state(x))
            x = x.cr_await
        else:
            print("  innermost:", type(x).__name__)
            x = None


box = [None]
c = Chain().outer(box)
box[0] = c
print("created: cr_await is None:", c.cr_await is None)
call("send(None)", lambda: c.send(None))
print("the chain while suspended:")
walk(c)
middle = c.cr_await
inner = middle.cr_await
call("send(7)", lambda: c.send(7))
print("after it finished:", state(c), state(middle), state(inner),
      "| cr_await:", c.cr_await, middle.cr_await, inner.cr_await)
