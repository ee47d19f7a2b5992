# agen_017 (P2): when the cleanup of an async generator raises while asyncio.run() closes the
# generators left open (loop.shutdown_asyncgens()), the error goes to the loop's exception handler
# with message 'an error occurred during closing of asynchronous generator <repr>' and the keys
# asyncgen, exception and message, and the shutdown still closes the others; asyncio.run() returns
# normally. A generator that ignores GeneratorExit there is reported the same way, with the
# RuntimeError. Events are printed sorted: shutdown_asyncgens() closes the generators in the
# order of a WeakSet, not deterministic.
import asyncio
from _support import exc

events = []


class ShutdownError:
    async def fails(self):
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            events.append("fails cleanup raises")
            raise ValueError("cleanup failed")

    async def stubborn(self):
        try:
            yield 1
        except GeneratorExit:
            events.append("stubborn yields again")
            yield 2

    async def fine(self):
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            events.append("fine closed")

    async def main(self):
        loop = asyncio.get_running_loop()

        def handler(lp, context):
            ag = context.get("asyncgen")
            message = context["message"]
            prefix = "an error occurred during closing of asynchronous generator "
            print("handler:", message.startswith(prefix), "| repr:", message == prefix + repr(ag))
            events.append("reported " + ag.__qualname__ + ": " + exc(context["exception"])
                          + " | keys: " + str(sorted(context)))

        loop.set_exception_handler(handler)
        kept = [self.fails(), self.stubborn(), self.fine()]
        for ag in kept:
            await ag.__anext__()
        events.append("main returns")
        return kept


print("run ->", [type(ag).__name__ for ag in asyncio.run(ShutdownError().main())])
print(sorted(events))
