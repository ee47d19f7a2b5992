# coro_008 (P1): send(non-None) to a just-started coroutine raises TypeError and leaves it
# unstarted; throw() and close() reach a suspended coroutine at its await; the CORO_* states,
# cr_running / cr_suspended, and cr_await (the awaited object while suspended, None otherwise).
import inspect
import types
from _support import call, state, exc


@types.coroutine
def probe(label):
    got = yield label
    print("probe", label, "got", got)
    return got


class States:
    async def body(self):
        print("body started")
        try:
            r = await probe("first")
            print("body got", r)
        except ValueError as e:
            print("body caught", exc(e))
            r = await probe("after the throw")
        finally:
            print("body finally")
        return r

    async def introspect(self, box):
        c = box[0]
        print("while running:", state(c), "| cr_running:", c.cr_running,
              "| cr_suspended:", c.cr_suspended, "| cr_await:", c.cr_await)
        return "introspected"


def show(label, c):
    aw = c.cr_await
    print(label, state(c), "| cr_running:", c.cr_running, "| cr_suspended:", c.cr_suspended,
          "| cr_await:", None if aw is None else type(aw).__name__)


s = States()
c = s.body()
show("created:", c)
call("send(1) to the just-started coroutine", lambda: c.send(1))
show("after the refused send:", c)
call("send(None)", lambda: c.send(None))
show("suspended:", c)
call("throw(ValueError)", lambda: c.throw(ValueError("thrown in")))
show("after the caught throw:", c)
call("close()", lambda: c.close())
show("after close():", c)
call("send(None) after close()", lambda: c.send(None))

d = s.body()
call("send(None)", lambda: d.send(None))
call("throw(RuntimeError), not caught", lambda: d.throw(RuntimeError("uncaught")))
show("after the uncaught throw:", d)

e = s.body()
call("send(None)", lambda: e.send(None))
call("send(5)", lambda: e.send(5))
show("after it returned:", e)

box = [None]
me = s.introspect(box)
box[0] = me
call("send(None) to the introspecting coroutine", lambda: me.send(None))
show("after it returned:", me)
