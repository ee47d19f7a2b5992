# aio_041 (P2): PriorityQueue returns the smallest item first (heapq); LifoQueue the last one put.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in (5, 1, 4, 2, 3):
        await pq.put(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for item in ("a", "b", "c"):
        lq.put_nowait(item)
    print("lifo:", [await lq.get() for _ in range(lq.qsize())])
    pq2 = asyncio.PriorityQueue(maxsize=1)

    async def getter():
        print("getter got", await pq2.get())

    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    await pq2.put(7)
    await t


asyncio.run(main())
