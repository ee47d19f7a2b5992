# agen_002 (P0): __anext__() returns an awaitable and runs nothing until it is driven. Driven by
# hand with send(None), no event loop involved: what the generator's awaits hand up surfaces from
# send() (and what is sent travels down to them), the generator's `yield v` ends the awaitable with
# StopIteration(v), and a generator that has ended makes the next __anext__() raise
# StopAsyncIteration. A finished awaitable cannot be sent to again.
import types
from _support import call, typename


@types.coroutine
def probe(label):
    got = yield label
    print("probe", label, "got", got)
    return got


class AnextDriving:
    async def gen(self):
        print("gen started")
        a = await probe("first await")
        print("gen yields", a)
        yield a
        b = await probe("second await")
        c = await probe("third await")
        print("gen yields", b + c)
        yield b + c
        print("gen ends")


ag = AnextDriving().gen()
nx = ag.__anext__()
print("__anext__() made a", typename(nx), "and ran nothing")
call("send(None)", lambda: nx.send(None))
call("send('A')", lambda: nx.send("A"))
call("send(None) to the finished awaitable", lambda: nx.send(None))
nx = ag.__anext__()
call("send(None)", lambda: nx.send(None))
call("send('B')", lambda: nx.send("B"))
call("send('C')", lambda: nx.send("C"))
nx = ag.__anext__()
call("send(None)", lambda: nx.send(None))
nx = ag.__anext__()
call("send(None) after the end", lambda: nx.send(None))

ag = AnextDriving().gen()
nx = ag.__anext__()
call("send(None)", lambda: nx.send(None))
call("throw(ValueError) into the awaitable", lambda: nx.throw(ValueError("thrown in")))
nx = ag.__anext__()
call("send(None) after the generator raised", lambda: nx.send(None))
