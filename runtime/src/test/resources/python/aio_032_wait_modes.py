# aio_032 (P0): asyncio.wait returns (done, pending) sets, never raises the tasks' exceptions and
# never cancels the pending ones: FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED; a timeout just
# returns with pending non-empty; bare coroutines -> TypeError (3.11+); empty -> ValueError.
import asyncio
from _support import exc


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    a = asyncio.create_task(work("a", 0.1), name="a")
    b = asyncio.create_task(work("b", 0.2, fail=True), name="b")
    c = asyncio.create_task(work("c", 0.5), name="c")
    done, pending = await asyncio.wait({a, b, c}, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait({a, b, c}, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", names(done), "pending:", names(pending))
    print("b's exception is kept:", exc(b.exception()))
    done, pending = await asyncio.wait({a, b, c}, timeout=0.1)
    print("timeout done:", names(done), "pending:", names(pending), "c cancelled:", c.cancelled())
    done, pending = await asyncio.wait({a, b, c})
    print("ALL_COMPLETED done:", names(done), "pending:", names(pending))
    d = asyncio.create_task(work("d", 0.1, fail=True), name="d")
    e = asyncio.create_task(work("e", 0.2), name="e")
    done, pending = await asyncio.wait([d, e], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION when one fails:", names(done), "pending:", names(pending))
    await e
    try:
        await asyncio.wait([])
    except ValueError as err:
        print("empty ->", exc(err))
    coro = work("z", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as err:
        print("coroutine ->", exc(err))
    coro.close()


asyncio.run(main())
