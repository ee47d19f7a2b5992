# gen_011 (P0): an uncaught thrown exception propagates out of throw() (after finally) and closes
# the generator; caught-then-return makes throw() raise StopIteration(value).
from _support import call, exc, state


def uncaught():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


def returns():
    try:
        yield 1
    except ValueError as e:
        print("caught", exc(e))
        return "handled"
    yield 2


a = uncaught()
call("next", lambda: next(a))
call("throw", lambda: a.throw(ValueError("boom")))
print("state:", state(a))
call("next", lambda: next(a))

b = returns()
call("next", lambda: next(b))
call("throw", lambda: b.throw(ValueError("boom")))
print("state:", state(b))
call("next", lambda: next(b))
