# gen_001 (P0): the body does not run until the first next(); StopIteration at the end; an
# exhausted generator keeps raising StopIteration, with value None.
from _support import call, state


def fib():
    print("body starts")
    a, b = 0, 1
    for _ in range(4):
        yield a
        a, b = b, a + b


g = fib()
print("created:", state(g))
for i in range(5):
    call("next", lambda: next(g))
print("state:", state(g))
call("next again", lambda: next(g))
call("next again", lambda: next(g))
print("for loop:", [x for x in fib()])
