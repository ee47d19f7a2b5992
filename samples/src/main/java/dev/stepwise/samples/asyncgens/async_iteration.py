# The seeds' asynchronous iteration: an async iterator class (AsyncCounter, with __aiter__ and
# __anext__), the simpler async generator (async_range), and the async generator consumed by
# async for with sleeps between the values.
import asyncio


class AsyncCounter:
    def __init__(self, stop):
        self.stop = stop
        self.current = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)  # simulated asynchronous I/O
        self.current += 1
        return self.current


async def async_range(stop):
    for i in range(stop):
        await asyncio.sleep(0.1)
        yield i


async def async_generator():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i


async def main():
    print("AsyncCounter(5):")
    async for num in AsyncCounter(5):
        print(num)
    print("async_range(5):")
    async for num in async_range(5):
        print(num)
    print("async_generator():")
    async for item in async_generator():
        print(item)


asyncio.run(main())
