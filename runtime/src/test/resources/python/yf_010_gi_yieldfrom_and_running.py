# yf_010 (P1): gi_yieldfrom is the current subiterator (None otherwise); while the subgenerator
# runs the delegator is running too; delegating into a running generator raises
# ValueError('generator already executing').
from _support import call, state


def sub():
    print("in sub: delegator running:", outer.gi_running, "| sub running:", inner.gi_running)
    yield 1
    yield 2


def delegator():
    yield from inner
    yield 3


inner = sub()
outer = delegator()
print("before start:", outer.gi_yieldfrom)
call("next", lambda: next(outer))
print("yieldfrom is sub:", outer.gi_yieldfrom is inner)
call("next", lambda: next(outer))
call("next", lambda: next(outer))
print("after sub finished:", outer.gi_yieldfrom)
outer.close()
print("after close:", outer.gi_yieldfrom)


def a():
    yield from b_gen


def b():
    yield from a_gen


a_gen = a()
b_gen = b()
call("loop", lambda: next(a_gen))
print("states:", state(a_gen), state(b_gen))
