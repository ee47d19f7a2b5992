# gen_013 (P0): re-entrant next()/send()/throw()/close() on a running generator raises
# ValueError('generator already executing'); gi_running is True only while it executes; the
# generator keeps working afterwards.
from _support import call


def g():
    print("running inside:", gen.gi_running)
    call("reentrant next", lambda: next(gen))
    call("reentrant send", lambda: gen.send(1))
    call("reentrant throw", lambda: gen.throw(ValueError("x")))
    call("reentrant close", lambda: gen.close())
    x = yield 1
    print("resumed with", x)
    yield 2


gen = g()
print("running before:", gen.gi_running)
call("next", lambda: next(gen))
print("running after:", gen.gi_running)
call("send('v')", lambda: gen.send("v"))
call("next", lambda: next(gen))
