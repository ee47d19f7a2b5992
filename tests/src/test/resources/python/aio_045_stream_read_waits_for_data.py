# aio_045 (P1): a read on an empty StreamReader suspends the task until feed_data() or feed_eof()
# wakes it (in the next loop iteration, not inside feed_data); a readline() keeps waiting across
# feeds until the separator arrives. A second reader while one is waiting -> RuntimeError
# '<method>() called while another coroutine is already waiting for incoming data', where
# <method> is the internal waiter's name: readline() reports 'readuntil()'; the first reader is
# not disturbed. set_exception(exc) raises exc in the pending read and in every later read (even
# with data buffered); exception() returns it.
import asyncio
from _support import exc


class ReadWaits:
    async def reader(self, r, label, aw):
        print(label, "starts")
        try:
            print(label, "got", await aw)
        except Exception as e:
            print(label, "raised", exc(e))

    async def main(self):
        r = asyncio.StreamReader()
        t = asyncio.create_task(self.reader(r, "read(100)", r.read(100)))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print("the reader is still waiting:", not t.done())
        print("feed_data(b'hello')")
        r.feed_data(b"hello")
        print("feed_data returned")
        await asyncio.sleep(0)
        print("after one iteration, done:", t.done())

        t = asyncio.create_task(self.reader(r, "read(100)", r.read(100)))
        await asyncio.sleep(0)
        print("feed_eof()")
        r.feed_eof()
        await t

        r = asyncio.StreamReader()
        t = asyncio.create_task(self.reader(r, "readline()", r.readline()))
        await asyncio.sleep(0)
        for chunk in (b"par", b"tial ", b"line\nmore"):
            print("feed_data(%r)" % chunk)
            r.feed_data(chunk)
            await asyncio.sleep(0)
        await t

        r = asyncio.StreamReader()
        first = asyncio.create_task(self.reader(r, "first read()", r.read(10)))
        await asyncio.sleep(0)
        await self.reader(r, "second read()", r.read(10))
        await self.reader(r, "readline()", r.readline())
        await self.reader(r, "readexactly(3)", r.readexactly(3))
        print("feed_data(b'data')")
        r.feed_data(b"data")
        await first

        r = asyncio.StreamReader()
        t = asyncio.create_task(self.reader(r, "pending readline()", r.readline()))
        await asyncio.sleep(0)
        r.feed_data(b"buffered, no newline")
        await asyncio.sleep(0)
        boom = ConnectionResetError("peer went away")
        print("set_exception(ConnectionResetError('peer went away'))")
        r.set_exception(boom)
        await t
        print("exception() is it:", r.exception() is boom)
        await self.reader(r, "later read(5)", r.read(5))
        await self.reader(r, "later read(0)", r.read(0))
        await self.reader(r, "later readexactly(1)", r.readexactly(1))
        r.feed_eof()
        await self.reader(r, "later readline() after feed_eof()", r.readline())


asyncio.run(ReadWaits().main())
