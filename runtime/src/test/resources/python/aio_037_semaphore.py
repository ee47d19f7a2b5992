# aio_037 (P0): at most N holders; waiters acquire in FIFO order; newcomers queue behind waiters;
# locked() when no slot is free (or others wait); BoundedSemaphore over-release -> ValueError;
# Semaphore(-1) -> ValueError.
import asyncio
from _support import exc


async def worker(sem, name, hold):
    async with sem:
        print(name, "in; locked:", sem.locked())
        await asyncio.sleep(hold)
        print(name, "out")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    tasks = [asyncio.create_task(worker(sem, n, h)) for n, h in (("a", 0.4), ("b", 2.0), ("c", 0.4), ("d", 0.4))]
    # Events are 0.4 s apart or more, so CPython's order holds on a loaded machine too.
    await asyncio.sleep(0.2)
    print("two holders, two waiters; locked:", sem.locked())
    tasks.append(asyncio.create_task(worker(sem, "e", 0.4)))
    await asyncio.gather(*tasks)
    print("locked:", sem.locked())

    one = asyncio.Semaphore(1)
    await one.acquire()
    waiter = asyncio.create_task(worker(one, "w", 0))
    await asyncio.sleep(0)
    one.release()
    print("released with a waiter queued; locked:", one.locked())
    newcomer = asyncio.create_task(worker(one, "n", 0))
    await asyncio.gather(waiter, newcomer)

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("over-release ->", exc(e))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("Semaphore(-1) ->", exc(e))


asyncio.run(main())
