# gen_007 (P0): yielding after GeneratorExit (from except or finally) makes close() raise
# RuntimeError; the generator stays SUSPENDED; resuming the finally-yield re-raises the pending
# GeneratorExit. (CPython's finalizer repeating the close on `del` is CPython timing: here the
# repeated close is explicit.)
from _support import call, close, state


def from_except():
    try:
        yield 1
    except GeneratorExit:
        print("except: yielding again")
        yield 2
    print("after except")
    yield 3


def from_finally():
    try:
        yield 1
    finally:
        print("finally: yielding")
        yield 2
        print("finally: resumed")


a = from_except()
call("next", lambda: next(a))
call("close", lambda: close(a))
print("state:", state(a))
call("close again", lambda: close(a))
print("state:", state(a))

b = from_finally()
call("next", lambda: next(b))
call("close", lambda: close(b))
print("state:", state(b))
call("next", lambda: next(b))
print("state:", state(b))

c = from_except()
call("next", lambda: next(c))
call("close", lambda: close(c))
call("next", lambda: next(c))
call("next", lambda: next(c))
