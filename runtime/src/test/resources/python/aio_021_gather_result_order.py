# aio_021 (P0): gather returns results in argument order whatever the completion order; coroutines
# are wrapped in tasks that start in argument order; plain futures are accepted; gather() of
# nothing gives [].
import asyncio


async def work(name, delay, result):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return result


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.25, fut.set_result, "future")
    results = await asyncio.gather(work("a", 0.3, 1), work("b", 0.1, 2), fut, work("c", 0.2, 3))
    print("results:", results)
    print("empty:", await asyncio.gather())


asyncio.run(main())
