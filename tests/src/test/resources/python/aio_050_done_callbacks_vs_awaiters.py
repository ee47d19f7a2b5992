# aio_050 (P1): a task awaiting a future is one more done-callback on it: after set_result the
# plain callbacks and the awaiting tasks run in registration order, all in the next iteration, and
# each task's continuation runs there and then (what it schedules runs one iteration later).
import asyncio


class Order:
    async def waiter(self, name, fut):
        r = await fut
        print(name, "resumed with", r)
        asyncio.get_running_loop().call_soon(print, "scheduled by", name)

    async def main(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        fut.add_done_callback(lambda f: print("callback 1"))
        a = asyncio.create_task(self.waiter("task A", fut))
        await asyncio.sleep(0)
        fut.add_done_callback(lambda f: print("callback 2"))
        b = asyncio.create_task(self.waiter("task B", fut))
        await asyncio.sleep(0)
        fut.add_done_callback(lambda f: print("callback 3"))
        loop.call_soon(print, "call_soon queued before set_result")
        fut.set_result("r")
        loop.call_soon(print, "call_soon queued after set_result")
        print("set_result returned; nothing has run yet")
        await asyncio.sleep(0)
        print("main resumed")
        await asyncio.sleep(0)
        print("one iteration later")
        await a
        await b
        print("done")


asyncio.run(Order().main())
