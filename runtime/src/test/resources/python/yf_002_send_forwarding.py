# yf_002 (P0): send(v) to the delegating generator is forwarded to the subgenerator's send(); the
# delegator does not see it.
from _support import call


def inner():
    while True:
        x = yield "inner waiting"
        print("inner got", x)
        if x == "stop":
            return "inner done"


def outer():
    r = yield from inner()
    print("outer got", r)
    y = yield "outer waiting"
    print("outer y", y)


g = outer()
call("next", lambda: next(g))
call("send('a')", lambda: g.send("a"))
call("send('b')", lambda: g.send("b"))
call("send('stop')", lambda: g.send("stop"))
call("send('z')", lambda: g.send("z"))
