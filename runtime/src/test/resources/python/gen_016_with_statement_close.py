# gen_016 (P1): on close(), a suspended `with` block's __exit__ receives GeneratorExit; nested
# blocks unwind innermost first. (The Java twin writes PEP 343's expansion of `with`, since
# AutoCloseable.close() is not told the exception.)
from _support import call, close, state


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        print("exit", self.name, "with", exc_type.__name__ if exc_type else None)
        return False


def g():
    try:
        with Managed("outer"):
            with Managed("inner"):
                yield 1
                yield 2
    finally:
        print("finally")


gen = g()
call("next", lambda: next(gen))
call("close", lambda: close(gen))
print("state:", state(gen))

done = g()
print("drained:", list(done))
