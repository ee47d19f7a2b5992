# yf_003 (P0): throw() is forwarded to the subgenerator; if it handles it and yields, throw()
# returns that value; if it returns, that becomes the value of `yield from`; if it lets it
# propagate, the exception surfaces at the `yield from` in the delegator.
from _support import call, exc


def handles_and_yields():
    try:
        yield "sub waiting"
    except ValueError as e:
        print("sub caught", exc(e))
        yield "sub after catch"
    return "r1"


def handles_and_returns():
    try:
        yield "sub waiting"
    except ValueError as e:
        print("sub caught", exc(e))
        return "returned from handler"


def propagates():
    try:
        yield "sub waiting"
    finally:
        print("sub finally")


def delegator(sub):
    try:
        r = yield from sub
        print("delegator got", r)
        yield "delegator continues"
    except ValueError as e:
        print("delegator caught", exc(e))
        yield "delegator handled"


for maker in (handles_and_yields, handles_and_returns, propagates):
    print("--", maker.__name__)
    g = delegator(maker())
    call("next", lambda: next(g))
    call("throw", lambda: g.throw(ValueError("boom")))
    call("next", lambda: next(g))
    call("next", lambda: next(g))
