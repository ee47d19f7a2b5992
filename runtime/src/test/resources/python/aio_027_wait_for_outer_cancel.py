# aio_027 (P1): cancelling the task that is inside wait_for cancels the inner awaitable too; the
# outer task ends cancelled (no TimeoutError).
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("outer: CancelledError from wait_for")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting outer raised CancelledError")
    print("outer cancelled:", t.cancelled())


asyncio.run(main())
