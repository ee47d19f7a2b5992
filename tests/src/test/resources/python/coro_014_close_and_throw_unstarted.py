# coro_014 (P1): throw() into an unstarted coroutine raises at once without running any of the
# body (not even finally) and closes it; awaiting it afterwards raises RuntimeError('cannot reuse
# already awaited coroutine'); close() of an unstarted one runs nothing either; close() of the
# coroutine that is running raises ValueError('coroutine already executing').
import asyncio
from _support import call, state, exc


class Unstarted:
    async def body(self):
        print("body ran")
        try:
            await asyncio.sleep(0)
        finally:
            print("finally ran")
        return 1

    async def closer(self, box):
        print("closer closes itself")
        box[0].close()
        return "not reached"

    async def main(self, c):
        try:
            await c
        except RuntimeError as e:
            print("await of the thrown-into coroutine:", exc(e))


s = Unstarted()
c = s.body()
call("throw(ValueError) into the unstarted coroutine", lambda: c.throw(ValueError("early")))
print("after the throw:", state(c))
call("send(None) afterwards", lambda: c.send(None))
asyncio.run(s.main(c))

d = s.body()
call("close() of an unstarted coroutine", lambda: d.close())
print("after close():", state(d))
call("send(None) afterwards", lambda: d.send(None))

box = [None]
me = s.closer(box)
box[0] = me
call("send(None) to a coroutine that closes itself", lambda: me.send(None))
print("after it:", state(me))
