# aio_025 (P1): a child cancelled from outside makes gather raise CancelledError (without
# return_exceptions) while the gather future is not cancelled; the siblings keep running.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print("child", name, "finished")
        return name
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise


async def main():
    a = asyncio.create_task(child("a", 0.3))
    b = asyncio.create_task(child("b", 1))
    g = asyncio.gather(a, b)
    asyncio.get_running_loop().call_later(0.1, b.cancel)
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather done:", g.done(), "cancelled:", g.cancelled())
    print("a done:", a.done())
    print("a:", await a)
    print("main still running, cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
