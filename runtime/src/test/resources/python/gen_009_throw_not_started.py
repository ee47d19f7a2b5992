# gen_009 (P0): throw() into an unstarted generator raises the exception at the caller at once;
# no body code (not even finally) runs; the generator is closed.
from _support import call, state


class Boom(Exception):
    pass


def g():
    print("body runs")
    try:
        yield 1
    finally:
        print("finally")


gen = g()
call("throw", lambda: gen.throw(ValueError("boom")))
print("state:", state(gen))
call("next", lambda: next(gen))
call("throw again", lambda: gen.throw(Boom("second")))

exhausted = g()
print("drained:", list(exhausted))
call("throw into exhausted", lambda: exhausted.throw(ValueError("late")))
print("state:", state(exhausted))
