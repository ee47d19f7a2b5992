# aio_039 (P1): wait()/notify() need the lock (RuntimeError 'cannot wait on un-acquired lock' /
# 'cannot notify on un-acquired lock'); notify(n) wakes n waiters FIFO, notify_all() the rest; a
# woken waiter returns holding the lock again; wait_for(predicate) re-checks after each wake-up.
import asyncio
from _support import exc


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait ->", exc(e))
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify ->", exc(e))

    async def consumer(name):
        async with cond:
            print(name, "waiting")
            await cond.wait()
            print(name, "notified; holds the lock:", cond.locked())

    tasks = [asyncio.create_task(consumer(n)) for n in "abcd"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)

    state = {"n": 0}
    checks = []

    def ready():
        checks.append(state["n"])
        return state["n"] >= 2

    async def pred_waiter():
        async with cond:
            print("wait_for ->", await cond.wait_for(ready))

    w = asyncio.create_task(pred_waiter())
    for _ in range(2):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await w
    print("predicate checked with:", checks)


asyncio.run(main())
