# aio_006 (P0): awaiting a pending future hands the future itself up to whoever drives the
# coroutine (a Task, here a hand driver); once the future is done, resuming makes the await return
# its result; awaiting a done future does not suspend; resuming before the future is done raises
# RuntimeError("await wasn't used with future") at the await.
import asyncio
from _support import call


class FutureAwait:
    async def waits(self, f, label):
        print(label, "awaits")
        v = await f
        print(label, "got", v)
        return v


loop = asyncio.new_event_loop()
f = loop.create_future()
c = FutureAwait().waits(f, "c")
print("send(None) hands up the future:", c.send(None) is f)
f.set_result(5)
call("send(None) after set_result", lambda: c.send(None))

done = loop.create_future()
done.set_result("ready")
d = FutureAwait().waits(done, "d")
call("send(None) with a done future", lambda: d.send(None))

g = loop.create_future()
e = FutureAwait().waits(g, "e")
print("send(None) hands up the future:", e.send(None) is g)
call("send(None) while it is pending", lambda: e.send(None))
print("future still pending:", not g.done())
loop.close()
