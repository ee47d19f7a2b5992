# coro_004 (P0): a finished coroutine cannot be awaited or sent to again: RuntimeError('cannot
# reuse already awaited coroutine'), also after it raised; close() on it is silent; throw() into
# it raises what was thrown.
import asyncio
from _support import call, exc


class Reuse:
    async def ok(self):
        return "ok"

    async def fails(self):
        raise ValueError("failed")

    async def main(self):
        c = self.ok()
        print("first await:", await c)
        try:
            await c
        except RuntimeError as e:
            print("second await:", exc(e))
        f = self.fails()
        try:
            await f
        except ValueError as e:
            print("first await:", exc(e))
        try:
            await f
        except RuntimeError as e:
            print("await after it raised:", exc(e))
        call("send(None) to the finished coroutine", lambda: c.send(None))
        call("close() of the finished coroutine", lambda: c.close())
        call("throw() into the finished coroutine", lambda: c.throw(KeyError("k")))


asyncio.run(Reuse().main())
