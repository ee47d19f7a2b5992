"""Helpers shared by the conformance programs; each has a twin in the Java test class Py.

Trace lines print values with str() and exceptions as "Name: message" (or "Name" when the
message is empty); a StopIteration prints its value instead: "StopIteration (value=...)".
"""
import inspect
import sys


def exc(e):
    """An exception as a trace line."""
    if isinstance(e, StopIteration):
        return "StopIteration (value=%s)" % (e.value,)
    s = str(e)
    return type(e).__name__ + (": " + s if s else "")


def call(label, f):
    """Prints 'label -> result' or 'label -> exception'."""
    try:
        print(label, "->", f())
    except BaseException as e:  # GeneratorExit too
        print(label, "->", exc(e))


def state(g):
    return inspect.getgeneratorstate(g)


def close(g):
    """generator.close() with Python 3.13's result (gh-104770): the value the generator returns
    after catching GeneratorExit, else None. Stepwise follows 3.13 here; on 3.11 and 3.12, whose
    close() always returns None, this emulates 3.13 exactly (close() is throw(GeneratorExit) on a
    suspended generator, and a no-op otherwise)."""
    if sys.version_info >= (3, 13):
        return g.close()
    if state(g) != inspect.GEN_SUSPENDED:
        return g.close()
    try:
        g.throw(GeneratorExit)
    except GeneratorExit:
        return None
    except StopIteration as e:
        return e.value
    raise RuntimeError("generator ignored GeneratorExit")


def show(x):
    """A value as an element of a printed list: exceptions as exc(), anything else as repr()."""
    return exc(x) if isinstance(x, BaseException) else repr(x)
