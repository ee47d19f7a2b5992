# gen_020 (P1): yields in argument lists and nested expressions evaluate left to right;
# `x = yield` and `(yield) + (yield)`; a function whose yield is unreachable is still a generator.
# ("yield inside a lambda makes a generator" has no counterpart: Stepwise rejects a step keyword
# inside a lambda at compile time.)
from _support import call


def f(a, b):
    return "f(%s, %s)" % (a, b)


def arguments():
    print("result:", f((yield "first"), (yield "second")))


def nested():
    x = yield ((yield 1) * 10)
    print("x =", x)


def added():
    total = (yield) + (yield)
    print("sum:", total)


def unreachable():
    print("body runs")
    return "early"
    yield


g = arguments()
call("next", lambda: next(g))
call("send('a')", lambda: g.send("a"))
call("send('b')", lambda: g.send("b"))

n = nested()
call("next", lambda: next(n))
call("send(4)", lambda: n.send(4))
call("send(5)", lambda: n.send(5))

s = added()
call("next", lambda: next(s))
call("send(3)", lambda: s.send(3))
call("send(4)", lambda: s.send(4))

u = unreachable()
print("created without running")
call("next", lambda: next(u))
