# aio_024 (P0): cancelling the gather future cancels every unfinished child; awaiting it raises
# CancelledError; children that already finished keep their results. Cancelling a task that awaits
# gather cancels the children the same way.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print("child", name, "finished")
        return name
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise


def outcome(t):
    return "cancelled" if t.cancelled() else t.result()


async def main():
    tasks = [asyncio.create_task(child(n, d)) for n, d in (("a", 0.1), ("b", 1), ("c", 1))]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.2)
    print("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting gather raised CancelledError")
    print("children:", [outcome(t) for t in tasks])
    print("cancel again ->", g.cancel())

    async def waiter():
        return await asyncio.gather(child("d", 1), child("e", 1))

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled:", w.cancelled())


asyncio.run(main())
