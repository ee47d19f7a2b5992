# aio_009 (P0): sleep(0) gives way for exactly one loop iteration: tasks looping on sleep(0)
# interleave in strict round robin; sleep(0, result) and sleep(d, result) return result.
import asyncio

order = []


class RoundRobin:
    async def worker(self, name, n):
        for i in range(n):
            order.append(name + str(i))
            await asyncio.sleep(0)

    async def main(self):
        await asyncio.gather(self.worker("a", 3), self.worker("b", 3), self.worker("c", 2))
        print(order)
        print("sleep(0, result) ->", await asyncio.sleep(0, "zero"))
        print("sleep(0.1, result) ->", await asyncio.sleep(0.1, "later"))


asyncio.run(RoundRobin().main())
