# yf_001 (P0): values yielded by the subgenerator pass straight to the caller; the value of
# `yield from` is the subgenerator's return value; `yield from` an empty iterable, or a finished
# generator (value None), or one that returns at once, evaluates immediately.
from _support import call


def inner():
    print("inner starts")
    a = yield 1
    print("inner got", a)
    yield 2
    return "inner result"


def returns_at_once(v):
    return v
    yield


def exhausted():
    g = returns_at_once(5)
    for _ in g:
        pass
    return g


def outer():
    print("outer starts")
    r = yield from inner()
    print("yield from inner ->", r)
    r = yield from []
    print("yield from [] ->", r)
    r = yield from exhausted()
    print("yield from exhausted ->", r)
    r = yield from returns_at_once(7)
    print("yield from returns_at_once ->", r)
    yield 3
    return "outer result"


g = outer()
print("created")
call("next", lambda: next(g))
call("send('a')", lambda: g.send("a"))
call("next", lambda: next(g))
call("next", lambda: next(g))
