# gen_005 (P0): close() on a suspended generator raises GeneratorExit at the yield (except and
# finally run), then the generator is closed; close() on an unstarted or exhausted generator is a
# no-op; close() is idempotent.
from _support import call, close, state


def g():
    try:
        print("body starts")
        yield 1
        yield 2
    except GeneratorExit as e:
        print("except", type(e).__name__)
        raise
    finally:
        print("finally")


gen = g()
call("next", lambda: next(gen))
call("close", lambda: close(gen))
print("state:", state(gen))
call("close again", lambda: close(gen))
call("next", lambda: next(gen))

unstarted = g()
call("close unstarted", lambda: close(unstarted))
print("state:", state(unstarted))
call("next", lambda: next(unstarted))

exhausted = g()
print("drained:", list(exhausted))
call("close exhausted", lambda: close(exhausted))
print("state:", state(exhausted))
