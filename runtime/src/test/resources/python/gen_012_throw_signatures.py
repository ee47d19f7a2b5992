# gen_012 (P1), the portable part: throw(instance) raises that very instance at the yield. The
# throw(Class) and throw(Class, arg[, tb]) forms, and throw(non-exception) -> TypeError, have no
# Java counterpart: throwInto takes a Throwable, so the type system rules them out.
from _support import call, exc


class Boom(Exception):
    pass


def g():
    while True:
        try:
            yield "waiting"
        except Boom as e:
            print("caught", exc(e), "same instance:", e is instance)


gen = g()
instance = Boom("the instance")
call("next", lambda: next(gen))
call("throw(instance)", lambda: gen.throw(instance))
gen.close()
