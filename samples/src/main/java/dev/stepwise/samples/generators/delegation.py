# The seeds' outer/inner program (seed 004), with outer returning "hi" as its traceback shows.
def inner():
    a = yield 1
    print(a)
    return "done"


def outer():
    yield 2
    val = yield from inner()
    print(val)
    yield 4
    return "hi"


g = outer()
print(next(g))
print(next(g))
print(g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print(f"StopIteration: {e.value}")
