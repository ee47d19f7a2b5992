# aio_015 (P0): CancelledError is a BaseException, not an Exception, so `except Exception` does not
# swallow a cancellation; InvalidStateError and TimeoutError are Exceptions. (In Java:
# CancelledError extends Error, so `catch (Exception e)` does not catch it.)
import asyncio


class BaseExceptionCancel:
    async def careless(self):
        try:
            await asyncio.sleep(10)
        except Exception:
            print("except Exception caught it (wrong)")
            return "swallowed"
        return "not reached"

    async def main(self):
        print("CancelledError is an Exception:", issubclass(asyncio.CancelledError, Exception))
        print("CancelledError is a BaseException:", issubclass(asyncio.CancelledError, BaseException))
        print("InvalidStateError is an Exception:", issubclass(asyncio.InvalidStateError, Exception))
        print("TimeoutError is an Exception:", issubclass(asyncio.TimeoutError, Exception))
        t = asyncio.create_task(self.careless())
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("the cancellation went through `except Exception`:", t.cancelled())


asyncio.run(BaseExceptionCancel().main())
