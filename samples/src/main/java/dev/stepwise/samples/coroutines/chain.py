# The seeds' coroutine chain (seed 004, from the Python 3.5 asyncio documentation).
import asyncio


async def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    await asyncio.sleep(1.0)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print("%s + %s = %s" % (x, y, result))


asyncio.run(print_sum(1, 2))
