# aio_048 (P0): a finished Task can be awaited any number of times, by any number of awaiters,
# each getting the same result, or the same exception instance raised again; a bare coroutine
# cannot be awaited twice.
import asyncio


class AwaitTaskMany:
    async def value(self):
        await asyncio.sleep(0.1)
        return "value"

    async def fails(self):
        await asyncio.sleep(0.1)
        raise ValueError("failed once")

    async def awaiter(self, t, name):
        print(name, "got", await t)

    async def main(self):
        t = asyncio.create_task(self.value())
        await asyncio.gather(self.awaiter(t, "first"), self.awaiter(t, "second"))
        print("again:", await t, await t)
        f = asyncio.create_task(self.fails())
        caught = []
        for i in range(3):
            try:
                await f
            except ValueError as e:
                caught.append(e)
        print("raised", len(caught), "times, the same instance:", caught[0] is caught[1] is caught[2])
        c = self.value()
        print("coroutine:", await c)
        try:
            await c
        except RuntimeError as e:
            print("coroutine again:", e)


asyncio.run(AwaitTaskMany().main())
