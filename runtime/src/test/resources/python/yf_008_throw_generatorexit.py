# yf_008 (P1): throw(GeneratorExit) into a delegator closes the subiterator (close() semantics):
# if the subgenerator swallows it and returns, GeneratorExit is STILL raised in the delegator (the
# return value is dropped); if it yields, RuntimeError('generator ignored GeneratorExit')
# surfaces in the delegator; another exception replaces it.
from _support import call, exc, state


def returns():
    try:
        yield 1
    except GeneratorExit:
        print("sub caught GeneratorExit, returning")
        return "dropped"


def yields():
    try:
        yield 1
    except GeneratorExit:
        print("sub caught GeneratorExit, yielding")
        yield 2


def raises():
    try:
        yield 1
    except GeneratorExit:
        print("sub raising ValueError")
        raise ValueError("from sub")


def delegator(sub):
    try:
        r = yield from sub
        print("delegator got", r)
    except BaseException as e:
        print("delegator sees", exc(e))
        raise


for maker in (returns, yields, raises):
    print("--", maker.__name__)
    sub = maker()
    g = delegator(sub)
    call("next", lambda: next(g))
    call("throw(GeneratorExit)", lambda: g.throw(GeneratorExit()))
    print("states:", state(g), state(sub))
