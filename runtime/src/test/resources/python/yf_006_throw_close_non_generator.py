# yf_006 (P1): throw() while delegating to an iterator without throw(): the exception is raised in
# the delegator at the yield from, WITHOUT calling the iterator's close(); close() on the
# delegator calls the iterator's close() (if it has one) before GeneratorExit is raised in the
# delegator. (Java: an Iterator that is also AutoCloseable plays the iterator with close().)
from _support import call, close, exc, state


class Counter:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i

    def close(self):
        print("Counter.close called")


def delegator():
    try:
        yield from Counter()
    except ValueError as e:
        print("delegator caught", exc(e))
        yield "handled"
    except GeneratorExit:
        print("delegator got GeneratorExit")
        raise


g = delegator()
call("next", lambda: next(g))
call("next", lambda: next(g))
call("throw", lambda: g.throw(ValueError("boom")))
call("next", lambda: next(g))

h = delegator()
call("next", lambda: next(h))
call("close", lambda: close(h))
print("state:", state(h))
