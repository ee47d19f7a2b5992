# gen_014 (P1): GEN_CREATED -> GEN_RUNNING -> GEN_SUSPENDED -> GEN_CLOSED; the qualified name comes
# from the function; gi_suspended (3.11+). (gi_frame and __name__ vs __qualname__ have no Java
# counterpart: a Gen has name(), the qualified name.)
from _support import call, state


class States:
    @staticmethod
    def counter():
        print("inside:", state(gen), "suspended:", gen.gi_suspended)
        yield 1
        yield 2


gen = States.counter()
print("qualname:", gen.__qualname__)
print("repr:", repr(gen).split(" at ")[0] + ">")
print("created:", state(gen), "suspended:", gen.gi_suspended)
call("next", lambda: next(gen))
print("after next:", state(gen), "suspended:", gen.gi_suspended)
call("next", lambda: next(gen))
call("next", lambda: next(gen))
print("finished:", state(gen), "suspended:", gen.gi_suspended)

gen = States.counter()
next(gen)
gen.close()
print("closed:", state(gen))
