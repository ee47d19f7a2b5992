# agen_013 (P1): PEP 530. List, set and dict comprehensions with `async for` consume an async
# generator in a coroutine, with `await` in the element and in the condition; `await` also works in
# a comprehension over a plain iterable. An async generator expression is an async_generator
# object (nothing runs until it is iterated). Stepwise has no comprehensions: the Java twin writes
# each as the async for loop it stands for, and the generator expression as an async generator.
import asyncio
from _support import typename


class Comprehensions:
    async def numbers(self, n):
        for i in range(n):
            await asyncio.sleep(0)
            print("numbers yields", i)
            yield i

    async def double(self, x):
        await asyncio.sleep(0)
        return 2 * x

    async def is_odd(self, x):
        await asyncio.sleep(0)
        return x % 2 == 1

    async def main(self):
        print("list:", [x async for x in self.numbers(3)])
        print("await in the element:", [await self.double(x) async for x in self.numbers(3)])
        print("await in the condition:", [x async for x in self.numbers(5) if await self.is_odd(x)])
        print("set:", sorted({x % 2 async for x in self.numbers(4)}))
        print("dict:", {x: await self.double(x) async for x in self.numbers(3)})
        print("await over a plain iterable:", [await self.double(x) for x in [5, 6]])
        gen = (await self.double(x) async for x in self.numbers(2))
        print("generator expression:", typename(gen))
        got = []
        async for y in gen:
            got.append(y)
        print("consumed:", got)


asyncio.run(Comprehensions().main())
