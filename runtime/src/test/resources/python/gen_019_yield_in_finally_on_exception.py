# gen_019 (P1): a yield inside finally while an exception propagates suspends the generator;
# resuming continues the propagation; `return` in finally swallows the exception, and also the
# GeneratorExit of close(). Stepwise follows Python 3.13, whose close() then returns the value
# (3.11/3.12 return None); _support.close emulates 3.13 on older interpreters.
from _support import call, close, state


def propagating():
    try:
        yield 1
        raise ValueError("boom")
    finally:
        print("finally: yielding")
        yield 2
        print("finally: done")


def swallowing():
    try:
        yield 1
        raise ValueError("boom")
    finally:
        return "swallowed"


def swallowing_close():
    try:
        yield 1
    finally:
        return "swallowed"


a = propagating()
call("next", lambda: next(a))
call("next", lambda: next(a))
print("state:", state(a))
call("next", lambda: next(a))
print("state:", state(a))

b = swallowing()
call("next", lambda: next(b))
call("next", lambda: next(b))

c = swallowing_close()
call("next", lambda: next(c))
call("close with return-in-finally", lambda: close(c))
print("state:", state(c))
