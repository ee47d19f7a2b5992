# gen_006 (P1): a generator that catches GeneratorExit and returns normally -> close() succeeds.
# Stepwise follows Python 3.13, whose close() returns that return value (3.11/3.12 return None);
# _support.close emulates 3.13 on older interpreters.
from _support import call, close, state


def g():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit, returning 99")
        return 99
    yield 2


gen = g()
call("next", lambda: next(gen))
call("close", lambda: close(gen))
print("state:", state(gen))
call("next", lambda: next(gen))


def plain():
    try:
        yield 1
    finally:
        print("finally")


p = plain()
next(p)
call("close without return", lambda: close(p))
