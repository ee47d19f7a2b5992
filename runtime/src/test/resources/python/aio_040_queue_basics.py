# aio_040 (P0): FIFO order; maxsize makes put() wait until a get(); put_nowait on a full queue ->
# QueueFull; get_nowait on an empty one -> QueueEmpty; task_done() too often -> ValueError; join()
# waits until every item is task_done()'d; blocked getters are served FIFO.
import asyncio
from _support import exc


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize, "qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    await q.put(1)
    await q.put(2)
    print("qsize:", q.qsize(), "full:", q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("put_nowait on a full queue ->", exc(e))

    async def producer():
        print("producer: put(3) waits")
        await q.put(3)
        print("producer: put(3) done")

    p = asyncio.create_task(producer())
    await asyncio.sleep(0)
    print("get ->", await q.get())
    await p
    print("get_nowait ->", q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on an empty queue ->", exc(e))

    for _ in range(3):
        q.task_done()
    print("all three items processed; join returns at once:", await q.join())

    q2 = asyncio.Queue()

    async def getter(name):
        item = await q2.get()
        print(name, "got", item)
        await asyncio.sleep(0.1)
        q2.task_done()
        print(name, "task_done")

    getters = [asyncio.create_task(getter(n)) for n in "abc"]
    await asyncio.sleep(0)
    for item in ("x", "y", "z"):
        q2.put_nowait(item)

    async def joiner():
        await q2.join()
        print("join returned")

    j = asyncio.create_task(joiner())
    await asyncio.gather(*getters, j)
    try:
        q2.task_done()
    except ValueError as e:
        print("task_done too often ->", exc(e))


asyncio.run(main())
