# gen_004 (P0): `return v` -> StopIteration.value == v; a tuple is not unpacked; a returned
# StopIteration instance is wrapped; a second next() gives value None.
from _support import call, exc


def returns_int():
    yield 1
    return 42


def returns_tuple():
    yield 1
    return (1, 2)


def returns_stop_iteration():
    yield 1
    return StopIteration(7)


def returns_nothing():
    yield 1


def finish(label, gen):
    next(gen)
    try:
        next(gen)
    except StopIteration as e:
        print(label, "->", exc(e))
        return e.value


finish("returns_int", returns_int())
v = finish("returns_tuple", returns_tuple())
print("tuple length:", len(v))
v = finish("returns_stop_iteration", returns_stop_iteration())
print("value is a StopIteration:", isinstance(v, StopIteration), "with value", v.value)
finish("returns_nothing", returns_nothing())

g = returns_int()
finish("first finish", g)
call("second next", lambda: next(g))
