# aio_044 (P0): a StreamReader at EOF, fed by hand. readexactly(n) with fewer bytes before EOF ->
# IncompleteReadError (an EOFError) '<k> bytes read on a total of <n> expected bytes' with
# .partial and .expected, and the buffer is emptied; readuntil() without the separator before EOF
# -> IncompleteReadError with expected None ('... of undefined expected bytes'), the partial data
# may end with part of the separator; readline() at EOF returns the partial line, then b'' (and
# async for stops); read(n) returns what is buffered, at most n bytes, without waiting for more;
# read(0) -> b'' at once; read(-1) / read() reads until EOF; at_eof() is true only once EOF was
# fed AND the buffer is empty; readexactly(0) -> b''; readexactly(-1) -> ValueError.
import asyncio
from _support import exc


class EofIncomplete:
    async def show(self, label, aw):
        try:
            print(label, "->", await aw)
        except Exception as e:
            extra = ""
            if isinstance(e, asyncio.IncompleteReadError):
                extra = " | partial: %r | expected: %r | is an EOFError: %s" % (
                    e.partial, e.expected, isinstance(e, EOFError))
            print(label, "->", exc(e) + extra)

    async def main(self):
        r = asyncio.StreamReader()
        r.feed_data(b"abcd")
        r.feed_eof()
        await self.show("readexactly(10) with 4 bytes before EOF", r.readexactly(10))
        print("buffer emptied, at_eof():", r.at_eof())
        await self.show("readexactly(10) again", r.readexactly(10))

        r = asyncio.StreamReader()
        r.feed_data(b"no separator here\r")
        r.feed_eof()
        await self.show("readuntil(b'\\r\\n') before EOF", r.readuntil(b"\r\n"))
        await self.show("readuntil(b'\\r\\n') again", r.readuntil(b"\r\n"))

        r = asyncio.StreamReader()
        r.feed_data(b"line 1\npartial")
        r.feed_eof()
        await self.show("readline()", r.readline())
        await self.show("readline()", r.readline())
        await self.show("readline()", r.readline())
        r = asyncio.StreamReader()
        r.feed_data(b"x\ny\nz")
        r.feed_eof()
        print("async for:", [line async for line in r])

        r = asyncio.StreamReader()
        r.feed_data(b"abc")
        await self.show("read(0)", r.read(0))
        await self.show("read(2) of 3 buffered bytes", r.read(2))
        await self.show("read(10) of 1 buffered byte", r.read(10))
        r.feed_data(b"de")
        r.feed_data(b"fg")
        await self.show("read(10) after two feeds", r.read(10))
        print("at_eof() with an empty buffer, no EOF:", r.at_eof())
        r.feed_data(b"h")
        r.feed_eof()
        print("at_eof() with EOF fed, 1 byte buffered:", r.at_eof())
        await self.show("read(10)", r.read(10))
        print("at_eof() with EOF fed, empty buffer:", r.at_eof())
        await self.show("read(10) at EOF", r.read(10))
        await self.show("read() at EOF", r.read())

        r = asyncio.StreamReader(limit=4)

        async def feeder():
            for chunk in (b"one ", b"two ", b"three"):
                await asyncio.sleep(0)
                print("feeding", chunk)
                r.feed_data(chunk)
            await asyncio.sleep(0)
            print("feeding EOF")
            r.feed_eof()

        t = asyncio.create_task(feeder())
        await self.show("read(-1) (limit=4) waits for EOF", r.read(-1))
        await t

        r = asyncio.StreamReader()
        r.feed_data(b"xy")
        await self.show("readexactly(0)", r.readexactly(0))
        await self.show("readexactly(-1)", r.readexactly(-1))
        await self.show("readexactly(2)", r.readexactly(2))


asyncio.run(EofIncomplete().main())
