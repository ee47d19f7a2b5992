"""Helpers shared by the conformance programs; each has a twin in the Java test class Py.

Trace lines print values with str() and exceptions as "Name: message" (or "Name" when the
message is empty); a StopIteration prints its value instead: "StopIteration (value=...)".
"""
import inspect


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
    except BaseException as e:  # GeneratorExit and CancelledError too
        print(label, "->", exc(e))


def state(c):
    """inspect.getcoroutinestate(c): CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return inspect.getcoroutinestate(c)


async def acall(label, awaitable):
    """call() for an awaitable: awaits it and prints 'label -> result' or 'label -> exception'."""
    try:
        print(label, "->", await awaitable)
    except BaseException as e:  # GeneratorExit and CancelledError too
        print(label, "->", exc(e))


def agstate(ag):
    """inspect.getasyncgenstate(ag) (3.12+): AGEN_CREATED, AGEN_RUNNING (also while the generator is
    suspended in an await of an operation: ag_running), AGEN_SUSPENDED or AGEN_CLOSED. 3.11 has
    neither the function nor ag_suspended: there a frame that has not started has not gone past
    its first instruction (f_lasti 0; the generator methods of the programs have no closures)."""
    if hasattr(inspect, "getasyncgenstate"):
        return inspect.getasyncgenstate(ag)
    if ag.ag_running:
        return "AGEN_RUNNING"
    if ag.ag_frame is None:
        return "AGEN_CLOSED"
    return "AGEN_CREATED" if ag.ag_frame.f_lasti == 0 else "AGEN_SUSPENDED"


def typename(o):
    """type(o).__name__."""
    return type(o).__name__


class Recorder:
    """An event loop exception handler that prints what it receives as one line: the message and
    the sorted keys of the context, with the exception as exc()."""

    def __call__(self, loop, context):
        e = context.get("exception")
        print("handler:", context["message"], "| keys:", sorted(context),
              "| exception:", exc(e) if e is not None else None)
