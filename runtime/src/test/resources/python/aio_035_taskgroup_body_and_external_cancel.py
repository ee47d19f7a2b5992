# aio_035 (P1): an exception raised in the async-with body cancels all children and is re-raised
# inside an ExceptionGroup; an external cancel() of the parent cancels the children and propagates
# as a plain CancelledError (no group); create_task on a finished group -> RuntimeError. TaskGroup
# keeps children in a set: cancellation order is not deterministic, so events are printed sorted.
import asyncio
from _support import exc

events = []


async def sleeper(name):
    try:
        await asyncio.sleep(1)
        events.append(name + " finished")
    except asyncio.CancelledError:
        events.append(name + " cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("x1"))
            tg.create_task(sleeper("x2"))
            await asyncio.sleep(0.1)
            raise ValueError("body")
    except ExceptionGroup as eg:
        print(exc(eg), [exc(e) for e in eg.exceptions])
    print("events:", sorted(events))
    events.clear()

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("y1"))
            tg.create_task(sleeper("y2"))
            await asyncio.sleep(1)

    t = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent raised a plain CancelledError; cancelled:", t.cancelled())
    except BaseExceptionGroup as eg:
        print("group (wrong):", exc(eg))
    print("events:", sorted(events))

    async with asyncio.TaskGroup() as tg:
        pass
    coro = sleeper("late")
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("create_task after exit ->", exc(e))
    finally:
        coro.close()  # 3.13 closes it itself; 3.11 leaves it to the caller


asyncio.run(main())
