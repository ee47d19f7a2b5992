# aio_043 (P0): the StreamReader limit, fed by hand with feed_data/feed_eof (no socket). The limit
# counts the bytes before the separator: a line of exactly `limit` bytes plus its separator is
# fine. readline() over the limit DISCARDS data: with the separator in the buffer it raises
# ValueError('Separator is found, but chunk is longer than limit') and drops that whole line,
# separator included (the next readline returns the following line); with no separator in an
# over-limit buffer it raises ValueError('Separator is not found, and chunk exceed the limit') and
# clears the buffer, so the rest of that over-long line later comes back as a line of its own; a
# readline already waiting fails as soon as a feed_data takes the buffer over the limit.
# readuntil() raises LimitOverrunError (not a ValueError) with .consumed (the separator's offset
# when found, else the bytes that cannot start a separator: len(buffer) + 1 - len(separator)) and
# KEEPS the data. An empty separator -> ValueError; limit <= 0 -> ValueError.
import asyncio
from _support import exc


class ReadlineLimit:
    async def show(self, label, aw):
        try:
            print(label, "->", await aw)
        except Exception as e:
            extra = " | consumed: %d" % e.consumed if isinstance(e, asyncio.LimitOverrunError) else ""
            print(label, "->", exc(e) + extra)

    def fed(self, limit, *chunks, eof=False):
        r = asyncio.StreamReader(limit=limit)
        for c in chunks:
            r.feed_data(c)
        if eof:
            r.feed_eof()
        return r

    async def main(self):
        # readline
        r = self.fed(5, b"abcde\nabcdef\nnext\n")
        await self.show("limit=5: readline() of 5 bytes + separator", r.readline())
        await self.show("limit=5: readline() of 6 bytes + separator", r.readline())
        await self.show("the next readline() (the long line is gone)", r.readline())

        r = self.fed(5, b"abcdefgh")
        await self.show("limit=5: readline() with 8 bytes and no separator", r.readline())
        r.feed_data(b"ijk\nlast\n")
        await self.show("after feeding b'ijk\\nlast\\n': readline()", r.readline())
        await self.show("readline()", r.readline())
        r.feed_eof()
        print("at_eof():", r.at_eof())

        r = self.fed(5, b"abc")
        waiting = asyncio.create_task(self.show("limit=5: waiting readline()", r.readline()))
        await asyncio.sleep(0)
        print("readline() is waiting for data:", not waiting.done())
        r.feed_data(b"def")
        await waiting
        r.feed_data(b"gh\n")
        await self.show("after feeding b'gh\\n': readline()", r.readline())

        # readuntil
        r = self.fed(10, b"0123456789|0123456789abc|rest", eof=True)
        await self.show("limit=10: readuntil(b'|') of 10 bytes + separator", r.readuntil(b"|"))
        try:
            await r.readuntil(b"|")
        except asyncio.LimitOverrunError as e:
            print("limit=10: readuntil(b'|') of 13 bytes + separator ->", exc(e),
                  "| consumed:", e.consumed, "| is a ValueError:", isinstance(e, ValueError))
        await self.show("the data is kept: read(-1)", r.read(-1))

        r = self.fed(10, b"0123456789AB", eof=True)
        await self.show("limit=10: readuntil(b'|') with 12 bytes and no separator", r.readuntil(b"|"))
        await self.show("the data is kept: read(-1)", r.read(-1))

        r = self.fed(10, b"0123456789ABC", eof=True)
        await self.show("limit=10: readuntil(b'END') with 13 bytes and no separator", r.readuntil(b"END"))
        await self.show("the data is kept: read(-1)", r.read(-1))

        r = self.fed(10, b"0123456789\r\n", eof=True)
        await self.show("limit=10: readuntil(b'\\r\\n') of 10 bytes + separator", r.readuntil(b"\r\n"))

        r = self.fed(10, b"data\n")
        await self.show("readuntil(b'')", r.readuntil(b""))
        try:
            asyncio.StreamReader(limit=0)
        except ValueError as e:
            print("StreamReader(limit=0) ->", exc(e))


asyncio.run(ReadlineLimit().main())
