# gen_010 (P0): throw() raises at the suspended yield; if the body catches it and yields again,
# throw() returns that value.
from _support import call, exc, state


def g():
    n = 0
    while True:
        try:
            received = yield n
            print("received", received)
        except ValueError as e:
            print("caught", exc(e))
            n += 10
        n += 1


gen = g()
call("next", lambda: next(gen))
call("throw", lambda: gen.throw(ValueError("first")))
call("send('x')", lambda: gen.send("x"))
call("throw", lambda: gen.throw(ValueError("second")))
print("state:", state(gen))
call("next", lambda: next(gen))
gen.close()
