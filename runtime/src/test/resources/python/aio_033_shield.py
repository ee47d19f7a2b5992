# aio_033 (P0): cancelling the task that awaits shield(inner) raises CancelledError in it, but the
# inner task goes on to completion; cancelling the inner task itself propagates CancelledError
# through the shield.
import asyncio


async def inner_work(name):
    try:
        await asyncio.sleep(0.2)
        print(name, "finished")
        return name + " result"
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def outer(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("outer: CancelledError at the shield")
        raise


async def main():
    inner = asyncio.create_task(inner_work("inner"))
    o = asyncio.create_task(outer(inner))
    await asyncio.sleep(0.1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled:", o.cancelled())
    print("inner done:", inner.done())
    print("inner result:", await inner)

    inner2 = asyncio.create_task(inner_work("inner2"))
    o2 = asyncio.create_task(outer(inner2))
    await asyncio.sleep(0.1)
    inner2.cancel()
    try:
        await o2
    except asyncio.CancelledError:
        print("outer2 cancelled:", o2.cancelled(), "inner2 cancelled:", inner2.cancelled())

    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print("shield of a done future is the future itself:", asyncio.shield(done) is done)


asyncio.run(main())
