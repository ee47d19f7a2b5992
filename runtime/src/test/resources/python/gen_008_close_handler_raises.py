# gen_008 (P1): an exception other than GeneratorExit/StopIteration raised while closing
# propagates from close(); the generator is closed. (Python also sets its __context__ to the
# GeneratorExit: Java has no implicit exception context, so that part is not traced.)
from _support import call, close, state


def g():
    try:
        yield 1
    except GeneratorExit:
        print("handler raising ValueError")
        raise ValueError("cleanup failed")
    finally:
        print("finally")


gen = g()
call("next", lambda: next(gen))
call("close", lambda: close(gen))
print("state:", state(gen))
call("next", lambda: next(gen))
call("close again", lambda: close(gen))
