# yf_101 (Stepwise): chains of yield from several levels deep behave level by level as PEP 380
# says, however the runtime resumes them: sent values reach the innermost generator, a finishing
# generator resumes the one above it with its return value (several levels can finish in one
# step), exceptions climb level by level, every level is running while the innermost runs,
# re-entrant calls raise ValueError at the call, and generators driven directly or shared by two
# delegators stay consistent with the chains they are in.
from _support import call, state, exc

levels = {}


def leaf(name, count):
    got = []
    for i in range(count):
        x = yield "%s%d" % (name, i)
        got.append(x)
    return "%s%s" % (name, got)


def level(name, below, after):
    r = yield from below
    print(" ", name, "got", r, "| running:", [n for n, g in levels.items() if g.gi_running])
    if after:
        x = yield name + "-after"
        return "%s(%s,%s)" % (name, r, x)
    return "%s(%s)" % (name, r)


print("-- sends reach the innermost; finished levels resume the one above")
levels.clear()
g = leaf("L", 2)
for name, after in [("d5", False), ("d4", True), ("d3", False), ("d2", False), ("d1", True)]:
    g = level(name, g, after)
    levels[name] = g
root = g
call("next", lambda: next(root))
call("send('a')", lambda: root.send("a"))
call("send('b')", lambda: root.send("b"))
call("send('c')", lambda: root.send("c"))
call("send('d')", lambda: root.send("d"))
print("states:", [state(x) for x in levels.values()])


print("-- every level is running while the innermost runs; re-entrant calls raise at the call")
levels.clear()


def watcher():
    print("  running:", [n for n, g in levels.items() if g.gi_running])
    call("  next(mid)", lambda: next(levels["mid"]))
    call("  mid.throw", lambda: levels["mid"].throw(KeyError("k")))
    call("  mid.close", lambda: levels["mid"].close())
    call("  next(top)", lambda: next(levels["top"]))
    x = yield "w0"
    print("  watcher got", x, "| states:", [state(g) for g in levels.values()])
    yield "w1"
    return "watched"


levels["bottom"] = level("bottom", watcher(), True)
levels["mid"] = level("mid", levels["bottom"], False)
levels["top"] = level("top", levels["mid"], True)
top = levels["top"]
call("next", lambda: next(top))
print("yieldfrom chain:", top.gi_yieldfrom is levels["mid"], levels["mid"].gi_yieldfrom is levels["bottom"])
call("send('x')", lambda: top.send("x"))
call("next", lambda: next(top))
call("next", lambda: next(top))
call("next", lambda: next(top))


print("-- an exception climbs level by level")
levels.clear()


def raiser():
    yield "r0"
    raise ValueError("deep failure")


def guarded(below):
    try:
        r = yield from below
        print("  guarded got", r)
    except ValueError as e:
        print("  guarded caught", exc(e))
        yield "guarded recovered"
    return "guarded done"


def passing(name, below):
    try:
        return (yield from below)
    finally:
        print("  finally of", name)


top = passing("p1", guarded(passing("p3", passing("p4", raiser()))))
call("next", lambda: next(top))
call("next", lambda: next(top))
call("next", lambda: next(top))


print("-- a generator in the middle driven directly between operations on the top")
levels.clear()
mid = level("mid", leaf("M", 2), True)
levels["mid"] = mid
top = level("top", mid, False)
levels["top"] = top
call("next(top)", lambda: next(top))
call("send(mid, 'm')", lambda: mid.send("m"))
call("send(mid, 'n')", lambda: mid.send("n"))
call("send(top, 't')", lambda: top.send("t"))


print("-- a generator in the middle closed directly")
levels.clear()


def noisy(name, below):
    try:
        r = yield from below
        print("  ", name, "got", r)
    finally:
        print("  finally of", name)
    return name


mid = noisy("mid", noisy("low", leaf("C", 3)))
top = noisy("top", mid)
call("next(top)", lambda: next(top))
call("close(mid)", lambda: mid.close())
print("states:", state(top), state(mid))
call("next(top)", lambda: next(top))


print("-- one generator shared by two delegators")
levels.clear()
shared = level("shared", leaf("S", 2), True)
levels["shared"] = shared


def user(name):
    try:
        r = yield from shared
        print("  ", name, "got", r)
    except ValueError as e:
        print("  ", name, "caught", exc(e))
        x = yield name + " recovered"
        print("  ", name, "resumed with", x)
    yield name + " end"
    return name


a = user("a")
b = user("b")
levels["a"] = a
levels["b"] = b
call("next(a)", lambda: next(a))
call("next(b)", lambda: next(b))
call("send(a, 1)", lambda: a.send(1))
call("send(b, 2)", lambda: b.send(2))
call("next(a)", lambda: next(a))
call("next(b)", lambda: next(b))
call("next(a)", lambda: next(a))


print("-- a shared generator re-entered through its other delegator")
levels.clear()


def calls_b():
    yield "c0"
    call("  next(b) inside", lambda: next(b))
    call("  next(a) inside", lambda: next(a))
    yield "c1"
    return "calls_b done"


shared = level("shared", calls_b(), False)
a = user("a")
b = user("b")
call("next(a)", lambda: next(a))
call("next(a)", lambda: next(a))
call("next(b)", lambda: next(b))
call("send(b, 'again')", lambda: b.send("again"))
call("next(a)", lambda: next(a))
call("next(a)", lambda: next(a))


print("-- two delegators of one generator resumed in turn, then a re-entrant call")


def reenters():
    for i in range(4):
        yield "e%d" % i
    print("  shared running:", shared.gi_running, "| a running:", a.gi_running, "| b running:", b.gi_running)
    call("  next(shared) inside", lambda: next(shared))
    yield "e4"
    return "reenters done"


shared = level("shared", reenters(), False)
a = user("a")
b = user("b")
for label, g in [("next(a)", a), ("next(b)", b), ("next(a)", a), ("next(b)", b), ("next(a)", a)]:
    call(label, lambda: next(g))
call("next(b)", lambda: next(b))
call("next(a)", lambda: next(a))


print("-- throw into the top reaches the innermost")
levels.clear()


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  catcher caught", exc(e))
            yield "caught"
            return "catcher done"


top = passing("t1", passing("t2", passing("t3", catcher())))
call("next", lambda: next(top))
call("throw", lambda: top.throw(ValueError("k")))
call("next", lambda: next(top))


print("-- 200 levels")


def countdown(n):
    if n == 0:
        x = yield "bottom"
        return x
    r = yield from countdown(n - 1)
    return r + 1


deep = countdown(200)
call("next", lambda: next(deep))
call("send(0)", lambda: deep.send(0))
