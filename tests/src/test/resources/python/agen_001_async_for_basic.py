# agen_001 (P0): an async generator awaits between its yields and is consumed by async for under
# asyncio.run(): nothing runs when it is created, each pass of the loop runs the body to its next
# yield (its awaits suspend the consuming task), the loop ends when the body ends. The type names
# of the generator and of its operations' awaitables; __aiter__() returns the generator itself;
# an async for over an exhausted generator runs no pass.
import asyncio
from _support import typename


class AsyncForBasic:
    async def ticker(self, n, delay):
        print("ticker started")
        for i in range(n):
            await asyncio.sleep(delay)
            print("ticker yields", i * 10)
            yield i * 10
        print("ticker ends")

    async def other(self, name):
        for i in range(3):
            print(name, i)
            await asyncio.sleep(0.2)

    async def main(self):
        loop = asyncio.get_running_loop()
        start = loop.time()
        ag = self.ticker(3, 0.5)
        print("created, nothing ran:", typename(ag))
        print("__aiter__() is the generator:", ag.__aiter__() is ag)
        other = asyncio.create_task(self.other("other task"))
        got = []
        async for x in ag:
            print("got", x, "at", round(loop.time() - start, 1))
            got.append(x)
        print("the loop ended:", got)
        await other
        passes = 0
        async for x in ag:
            passes += 1
        print("async for over the exhausted generator:", passes, "passes")
        fresh = self.ticker(1, 0)
        for label, aw in (("__anext__():", fresh.__anext__()), ("asend(None):", fresh.asend(None)),
                          ("athrow(ValueError()):", fresh.athrow(ValueError())), ("aclose():", fresh.aclose())):
            print(label, typename(aw))
            aw.close()  # 3.13 warns about an operation never awaited


asyncio.run(AsyncForBasic().main())
