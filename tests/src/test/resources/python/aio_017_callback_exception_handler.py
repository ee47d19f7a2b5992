# aio_017 (P0): an exception raised by a call_soon callback does not stop the loop: the exception
# handler receives a context whose message starts with 'Exception in callback', with the keys
# exception, handle and message, and the callbacks queued after it still run. An exception raised
# by the handler itself is logged ('Unhandled error in exception handler') and swallowed.
import asyncio
import logging
from _support import exc


class Capture(logging.Handler):
    def emit(self, record):
        print("logged:", record.getMessage().splitlines()[0])


class CallbackErrors:
    async def main(self):
        loop = asyncio.get_running_loop()
        seen = []

        def handler(lp, context):
            seen.append(context)
            print("handler: message starts with 'Exception in callback':",
                  context["message"].startswith("Exception in callback"),
                  "| keys:", sorted(context), "| exception:", exc(context["exception"]))

        def boom():
            raise ValueError("callback failed")

        loop.set_exception_handler(handler)
        loop.call_soon(boom)
        loop.call_soon(print, "the next callback still runs")
        await asyncio.sleep(0)
        await asyncio.sleep(0)

        def bad_handler(lp, context):
            raise RuntimeError("the handler failed")

        logger = logging.getLogger("asyncio")
        capture = Capture()
        logger.addHandler(capture)
        logger.propagate = False
        loop.set_exception_handler(bad_handler)
        loop.call_soon(boom)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        logger.removeHandler(capture)
        print("the loop is still running:", loop.is_running())


asyncio.run(CallbackErrors().main())
