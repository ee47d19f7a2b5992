# yf_011 (P1): when the delegator is resumed with None (next() or send(None)) the subiterator's
# __next__ is called, never send(None); a non-None value goes to send().
from _support import call


class Recorder:
    def __iter__(self):
        return self

    def __next__(self):
        print("  __next__ called")
        return "n"

    def send(self, v):
        print("  send called with", v)
        return "s"


def delegator():
    yield from Recorder()


g = delegator()
call("next", lambda: next(g))
call("send(None)", lambda: g.send(None))
call("send(5)", lambda: g.send(5))
call("next", lambda: next(g))
