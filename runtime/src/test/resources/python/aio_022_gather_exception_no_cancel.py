# aio_022 (P0): the first exception of a child propagates to the awaiter of gather at once; the
# other children are not cancelled and run to completion; the gather future is done with that
# exception and is not cancelled.
import asyncio
from _support import exc


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print("finished", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def fail(delay):
    await asyncio.sleep(delay)
    print("raising in fail")
    raise ValueError("boom")


async def main():
    a = asyncio.create_task(ok("a", 0.3))
    b = asyncio.create_task(fail(0.1))
    c = asyncio.create_task(ok("c", 0.2))
    g = asyncio.gather(a, b, c)
    try:
        await g
    except ValueError as e:
        print("gather raised", exc(e))
    print("gather done:", g.done(), "cancelled:", g.cancelled(), "exception:", exc(g.exception()))
    print("a done:", a.done(), "c done:", c.done())
    await asyncio.sleep(0.3)
    print("a:", a.result(), "c:", c.result())


asyncio.run(main())
