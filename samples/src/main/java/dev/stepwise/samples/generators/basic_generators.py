# The seeds' basic generators (seed 002 "gen", seed 004 "test" and the return value example).
def gen():
    print("시작")
    yield 1
    print("중간")
    yield 2
    print("끝")


g = gen()  # nothing runs yet
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")


def test():
    yield 1
    yield 2
    yield 3
    yield 4


a = test()
for _ in range(4):
    print(next(a))
try:
    next(a)
except StopIteration:
    print("StopIteration")


def with_return():
    yield 1
    return "hello"


r = with_return()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print(e.value)
