# gen_003 (P0): the value of a yield expression is what send() passed; next() resumes with None;
# a yield without operand yields None.
from _support import call


def g():
    x = yield 1
    print("x =", x)
    y = yield
    print("y =", y)
    z = yield 3
    print("z =", z)
    w = yield 4
    print("w =", w)


gen = g()
call("next", lambda: next(gen))
call("send('a')", lambda: gen.send("a"))
call("next", lambda: next(gen))
call("send(None)", lambda: gen.send(None))
call("send(42)", lambda: gen.send(42))
