# aio_036 (P0): waiters acquire the lock in FIFO order; a newcomer does not barge ahead of queued
# waiters, even right after release(); a cancelled waiter is skipped; release() of an unlocked
# lock -> RuntimeError('Lock is not acquired.').
import asyncio
from _support import exc


async def worker(lock, name):
    print(name, "waiting")
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(0.01)
            print(name, "releasing")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    print("acquire free lock:", await lock.acquire(), "locked:", lock.locked())
    tasks = [asyncio.create_task(worker(lock, n)) for n in "abc"]
    await asyncio.sleep(0)
    tasks[1].cancel()
    lock.release()
    print("released; locked:", lock.locked())
    print("main (a newcomer after release) acquires:", await lock.acquire(),
          "| workers done by then:", [n for n, t in zip("abc", tasks) if t.done()])
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("b cancelled:", tasks[1].cancelled())
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked ->", exc(e))


asyncio.run(main())
