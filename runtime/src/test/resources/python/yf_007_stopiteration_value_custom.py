# yf_007 (P0): a custom iterator's StopIteration(value) becomes the value of `yield from`;
# StopIteration() without a value gives None. (StopIteration(1, 2) giving its first argument is
# Python-only: Java's StopIteration carries one value.)
from _support import call


class Ends:
    """Yields 1 and 2, then raises StopIteration(*args)."""

    def __init__(self, *args):
        self.n = 0
        self.args = args

    def __iter__(self):
        return self

    def __next__(self):
        if self.n < 2:
            self.n += 1
            return self.n
        raise StopIteration(*self.args)


def delegator():
    r = yield from Ends(42)
    print("with value ->", r)
    r = yield from Ends()
    print("without value ->", r)
    r = yield from Ends("text")
    print("with text ->", r)


print("yielded:", list(delegator()))
