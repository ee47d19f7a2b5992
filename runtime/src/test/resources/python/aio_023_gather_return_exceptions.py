# aio_023 (P0): with return_exceptions=True every outcome is an element of the result list, in
# argument order: results, exceptions, and a new CancelledError('') for a cancelled child. (For a
# child task the message is '' even when it was cancelled with one: gather reads the message of
# the task's Future, which Task.__step cancels without a message; awaiting the task directly gives
# its own CancelledError, message included. A plain future keeps its message.)
import asyncio
from _support import exc, show


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    victim = asyncio.create_task(asyncio.sleep(10))
    stopped = asyncio.create_task(asyncio.sleep(10))
    loop.call_later(0.05, victim.cancel)
    loop.call_later(0.05, stopped.cancel, "stop")
    fut = loop.create_future()
    loop.call_later(0.05, fut.cancel, "future message")
    results = await asyncio.gather(value(1, 0.2), boom(0.1), victim, stopped, fut, value("x", 0),
                                   return_exceptions=True)
    print("results:", [show(r) for r in results])
    print("cancelled children:", victim.cancelled(), stopped.cancelled())
    for t in (victim, stopped):
        try:
            await t
        except asyncio.CancelledError as e:
            print("awaiting the cancelled child directly:", exc(e))


asyncio.run(main())
