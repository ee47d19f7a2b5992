# coro_010 (P1): awaiting a coroutine that is suspended inside another await raises
# RuntimeError('coroutine is being awaited already') in the second awaiter and leaves the first
# one undisturbed; a coroutine that awaits itself gets ValueError('coroutine already executing').
import asyncio
import types
from _support import call, state, exc


@types.coroutine
def probe(label):
    got = yield label
    print("probe", label, "got", got)
    return got


class AwaitedAlready:
    async def inner(self):
        return await probe("inner")

    async def first(self, c):
        return await c

    async def second(self, c):
        print("second awaits the same coroutine")
        return await c

    async def selfish(self, box):
        print("selfish awaits itself")
        return await box[0]

    async def sleeper(self):
        await asyncio.sleep(0)
        return "slept"

    async def awaiter(self, label, c):
        try:
            print(label, "got", await c)
        except RuntimeError as e:
            print(label, "failed:", exc(e))

    async def main(self):
        c = self.sleeper()
        t1 = asyncio.create_task(self.awaiter("task 1", c))
        t2 = asyncio.create_task(self.awaiter("task 2", c))
        await asyncio.gather(t1, t2)


s = AwaitedAlready()
c = s.inner()
a = s.first(c)
call("a.send(None)", lambda: a.send(None))
b = s.second(c)
call("b.send(None)", lambda: b.send(None))
print("states: a", state(a), "| b", state(b), "| c", state(c))
call("a.send(3)", lambda: a.send(3))
print("states: a", state(a), "| c", state(c))

box = [None]
me = s.selfish(box)
box[0] = me
call("me.send(None)", lambda: me.send(None))
print("me:", state(me))

asyncio.run(s.main())
