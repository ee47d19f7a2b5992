# gen_002 (P0): send(non-None) to a just-started generator raises TypeError and neither starts
# nor closes it; send(None) primes it like next().
from _support import call, state


def echo():
    print("body starts")
    while True:
        x = yield "ready"
        print("got", x)


g = echo()
call("send(1)", lambda: g.send(1))
print("state:", state(g))
call("send(None)", lambda: g.send(None))
print("state:", state(g))
call("send(2)", lambda: g.send(2))
call("next", lambda: next(g))
g.close()

h = echo()
call("next primes too", lambda: next(h))
call("send(3)", lambda: h.send(3))
h.close()
