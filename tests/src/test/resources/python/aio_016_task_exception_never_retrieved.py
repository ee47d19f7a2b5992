# aio_016 (P0): a Task or Future that finished with an exception nobody retrieved is reported to
# the loop's exception handler with message 'Task exception was never retrieved' / 'Future
# exception was never retrieved' and the keys exception, future, message; retrieving it (await,
# result() or exception()) means no report. CPython reports when the object is collected,
# Stepwise when the loop closes: the program collects them at the end of main.
import asyncio
import gc
from _support import Recorder


class NeverRetrieved:
    async def fails(self, label):
        raise ValueError(label)

    async def main(self):
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(Recorder())
        t = asyncio.create_task(self.fails("never retrieved"))
        await asyncio.sleep(0)
        awaited = asyncio.create_task(self.fails("awaited"))
        try:
            await awaited
        except ValueError as e:
            print("awaited:", e)
        checked = asyncio.create_task(self.fails("exception() called"))
        await asyncio.sleep(0)
        print("exception():", checked.exception())
        f = loop.create_future()
        f.set_exception(ValueError("future"))
        print("all failed:", t.done(), awaited.done(), checked.done(), f.done())
        del t, awaited, checked
        gc.collect()
        del f
        gc.collect()


asyncio.run(NeverRetrieved().main())
