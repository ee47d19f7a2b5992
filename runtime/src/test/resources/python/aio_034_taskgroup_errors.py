# aio_034 (P0): the first failing child cancels the others (they see CancelledError); __aexit__
# waits for all of them, cleanup included; then an ExceptionGroup('unhandled errors in a TaskGroup
# (N sub-exceptions)') holds every error that is not a cancellation; except* splits it. A group
# whose children all succeed just waits for them. TaskGroup keeps children in a set, so sibling
# cancellation order is not deterministic: events and sub-exceptions are printed sorted.
import asyncio
from _support import exc

events = []


async def fail(name, delay):
    await asyncio.sleep(delay)
    events.append(name + " raises")
    raise ValueError(name)


async def slow_cleanup(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append(name + " cancelled")
        await asyncio.sleep(0.1)
        events.append(name + " cleanup done")
        raise


async def bad_cleanup(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append(name + " cancelled")
        raise TypeError(name + " failed while cancelled")


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("f", 0.1))
            tg.create_task(slow_cleanup("s"))
            tg.create_task(bad_cleanup("b"))
            print("body done")
    except ExceptionGroup as eg:
        print("raised after the cleanup:", "s cleanup done" in events)
        print(exc(eg))
        print("sub-exceptions:", sorted(exc(e) for e in eg.exceptions))
    print("events:", sorted(events))
    # Not printed: asyncio.current_task().cancelling() is 1 here on 3.11/3.12 and 0 on 3.13, where
    # __aexit__ withdraws the group's cancellation of the parent after waiting for the children
    # (gh-117407). Stepwise follows 3.13 (TaskGroupTest pins it).

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("g", 0.1))
            tg.create_task(bad_cleanup("h"))
    except* ValueError as eg:
        print("except* ValueError:", [exc(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("except* TypeError:", [exc(e) for e in eg.exceptions])

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(value(1, 0.2))
        t2 = tg.create_task(value(2, 0.1))
    print("all succeeded:", t1.result(), t2.result())


asyncio.run(main())
