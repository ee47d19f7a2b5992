# yf_009 (P0): an exception raised by the subgenerator propagates into the delegator at the
# yield from (catchable there), also from the first next(); the subgenerator is finished.
from _support import call, exc, state


def fails_later():
    yield 1
    raise ValueError("sub failed")


def fails_at_once():
    raise ValueError("at once")
    yield


def delegator(sub):
    try:
        yield from sub
    except ValueError as e:
        print("caught at yield from:", exc(e), "| sub:", state(sub))
    yield "after"


g = delegator(fails_later())
call("next", lambda: next(g))
call("next", lambda: next(g))
call("next", lambda: next(g))

h = delegator(fails_at_once())
call("next", lambda: next(h))


def uncaught(sub):
    yield from sub
    yield "not reached"


u = uncaught(fails_later())
call("next", lambda: next(u))
call("next", lambda: next(u))
print("state:", state(u))
