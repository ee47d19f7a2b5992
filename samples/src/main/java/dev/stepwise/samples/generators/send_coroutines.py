# The seeds' send()-based coroutines (seed 002 "coro", seed 004 "Generator 통신하기").
def coro():
    print("시작")
    x = yield
    print(f"받은 값: {x}")
    y = yield
    print(f"받은 값: {y}")


c = coro()
next(c)  # runs to the first yield
c.send(10)
try:
    c.send(20)
except StopIteration:
    print("StopIteration")


def test():
    a = yield 1
    print(a)
    yield 2


g = test()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")

g = test()
print(next(g))
print(g.send(123))

g = test()
print(next(g))
try:
    g.throw(Exception("thrown in"))
except Exception as e:
    print(f"Exception: {e}")
import inspect
print(inspect.getgeneratorstate(g).replace("GEN_", ""))
