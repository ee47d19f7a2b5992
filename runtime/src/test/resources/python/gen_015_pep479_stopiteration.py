# gen_015 (P0): a StopIteration raised inside a generator body (explicitly, by an inner next(), or
# thrown in) becomes RuntimeError('generator raised StopIteration') with __cause__ the
# StopIteration; the generator is closed. A StopIteration caught inside the body is fine.
from _support import call, exc, state


def explicit():
    yield 1
    raise StopIteration("explicit")


def empty():
    return
    yield


def inner_next():
    it = empty()
    yield 1
    next(it)
    yield 2


def caught():
    try:
        raise StopIteration("caught")
    except StopIteration as e:
        print("caught inside:", exc(e))
    yield "after"


def one():
    yield 1


for maker in (explicit, inner_next):
    g = maker()
    call("next", lambda: next(g))
    try:
        next(g)
    except RuntimeError as e:
        print(maker.__name__, "->", exc(e), "| cause:", exc(e.__cause__))
    print("state:", state(g))
    call("next", lambda: next(g))

c = caught()
call("next", lambda: next(c))

t = one()
next(t)
try:
    t.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("throw into suspended ->", exc(e), "| cause:", exc(e.__cause__))

u = one()
try:
    u.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("throw into unstarted ->", exc(e), "| cause:", exc(e.__cause__))
print("state:", state(u))
call("throw into closed", lambda: u.throw(StopIteration("late")))
