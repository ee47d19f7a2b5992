# aio_026 (P0): on timeout wait_for raises TimeoutError (the builtin, which asyncio.TimeoutError
# aliases) whose __cause__ is the CancelledError; the inner coroutine gets CancelledError and its
# cleanup, awaits included, completes BEFORE wait_for raises; timeout=None just awaits.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
        return "never"
    except asyncio.CancelledError:
        print("slow: cancelled, cleaning up")
        await asyncio.sleep(0.1)
        print("slow: cleanup done")
        raise


async def fast(v):
    await asyncio.sleep(0.05)
    return v


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except TimeoutError as e:
        print("wait_for raised", type(e).__name__, "cause:", type(e.__cause__).__name__)
    print("cancelling after the timeout:", asyncio.current_task().cancelling())
    print("no timeout:", await asyncio.wait_for(fast("a"), timeout=None))
    print("in time:", await asyncio.wait_for(fast("b"), timeout=1))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, timeout=0.1)
    except TimeoutError:
        print("a future that times out is cancelled:", fut.cancelled())


asyncio.run(main())
