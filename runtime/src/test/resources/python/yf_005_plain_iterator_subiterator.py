# yf_005 (P0): `yield from` a plain iterator: next() and send(None) call __next__; send(non-None)
# looks up .send and raises AttributeError inside the delegator (at the yield from), which closes
# the delegator. (The message names the iterator's class, which differs between the languages;
# the trace checks the class of the error and the end of its message.)
from _support import call, exc, state


def delegator():
    try:
        r = yield from iter([1, 2, 3])
        print("result", r)
    except AttributeError as e:
        print("delegator sees", type(e).__name__, "| no attribute 'send':",
              str(e).endswith("object has no attribute 'send'"))
        raise
    finally:
        print("delegator finally")


g = delegator()
call("next", lambda: next(g))
call("send(None)", lambda: g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("send('x') ->", type(e).__name__)
print("state:", state(g))
call("next", lambda: next(g))

h = delegator()
print("drained:", list(h))
