# yf_004 (P0): close() on the delegator closes the innermost subgenerator first, then raises
# GeneratorExit in the delegators; finally blocks run innermost first; an exception raised by the
# inner cleanup replaces the GeneratorExit.
from _support import call, close, exc, state


def inner():
    try:
        yield 1
    finally:
        print("inner finally")


def middle(sub):
    try:
        yield from sub
    finally:
        print("middle finally")


def outer(mid):
    try:
        yield from mid
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")


i = inner()
m = middle(i)
o = outer(m)
call("next", lambda: next(o))
call("close", lambda: close(o))
print("states:", state(o), state(m), state(i))


def bad_inner():
    try:
        yield 1
    finally:
        print("bad_inner cleanup raising")
        raise ValueError("inner cleanup failed")


def outer2(sub):
    try:
        yield from sub
    except GeneratorExit:
        print("outer2 got GeneratorExit")
        raise
    except ValueError as e:
        print("outer2 got", exc(e))
        raise


b = bad_inner()
o2 = outer2(b)
call("next", lambda: next(o2))
call("close", lambda: close(o2))
print("states:", state(o2), state(b))
