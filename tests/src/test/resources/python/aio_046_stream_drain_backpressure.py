# aio_046 (P1): flow control of a StreamWriter over a real loopback connection (127.0.0.1, an
# ephemeral port, small socket buffers so the kernel cannot absorb the payload). write() never
# blocks: a 4 MiB write() returns at once with most of it in the transport's buffer, far above
# the high-water mark. drain() returns without suspending while the transport is not paused.
# Writing 4 MiB in 64 KiB chunks with a drain() after each: while the peer does not read, a
# drain() stays blocked (the transport called pause_writing() above the high-water mark) and the
# buffer seen after every drain() is at most the high-water mark; once the peer reads, every byte
# arrives intact. Connection loss: a drain() pending when connection_lost(None) runs (here after
# transport.abort()) completes normally, a later drain() raises ConnectionResetError('Connection
# lost') and read() returns b''; after connection_lost(exc) (the peer reset the connection) the
# pending drain() raises exc and a later drain() raises the reader's exception, the same object.
import asyncio
import random
import socket
import struct
import zlib
from _support import call, exc

HIGH = 64 * 1024
LOW = 16 * 1024
CHUNK = 64 * 1024
TOTAL = 4 * 1024 * 1024


class DrainBackpressure:
    def __init__(self):
        self.payload = random.Random(46).randbytes(TOTAL)
        self.handlers = []

    async def handler(self, reader, writer):
        conn = {"reader": reader, "writer": writer, "go": asyncio.Event(),
                "done": asyncio.get_running_loop().create_future()}
        self.handlers.append(conn)
        await conn["go"].wait()
        if conn.get("reset"):
            # SO_LINGER (on, 0): close() sends a RST instead of a FIN
            writer.get_extra_info("socket").setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            conn["done"].set_result(None)
            return
        total, crc = 0, 0
        try:
            while True:
                data = await reader.read(CHUNK)
                if not data:
                    break
                total += len(data)
                crc = zlib.crc32(data, crc)
        except ConnectionError:
            pass
        writer.close()
        conn["done"].set_result((total, crc))

    async def connect(self, port):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 32 * 1024)
        writer.transport.set_write_buffer_limits(high=HIGH, low=LOW)
        while len(self.handlers) < self.expected:
            await asyncio.sleep(0.01)
        return reader, writer, self.handlers[-1]

    async def chunked_writer(self, writer, progress):
        t = writer.transport
        for i in range(0, TOTAL, CHUNK):
            writer.write(self.payload[i:i + CHUNK])
            if t.get_write_buffer_size() > HIGH:
                progress["paused"] += 1
            progress["in_drain"] = True
            await writer.drain()
            progress["in_drain"] = False
            progress["written"] += CHUNK
            progress["max_after_drain"] = max(progress["max_after_drain"], t.get_write_buffer_size())
        writer.write_eof()

    async def main(self):
        ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 32 * 1024)
        ls.bind(("127.0.0.1", 0))
        server = await asyncio.start_server(self.handler, sock=ls)
        port = ls.getsockname()[1]

        # 1. drain() while not paused does not suspend
        self.expected = 1
        reader, writer, conn = await self.connect(port)
        writer.write(b"small")
        c = writer.drain()
        call("drain() with 5 bytes written, first send(None)", lambda: c.send(None))

        # 2. 64 KiB chunks, drain() after each, the peer reads only after 0.3 s
        progress = {"paused": 0, "in_drain": False, "written": 0, "max_after_drain": 0}
        w = asyncio.create_task(self.chunked_writer(writer, progress))
        await asyncio.sleep(0.3)
        print("after 0.3 s without the peer reading: writer blocked in drain():",
              progress["in_drain"] and not w.done(), "| written < 4 MiB:", progress["written"] < TOTAL)
        conn["go"].set()
        await w
        total, crc = await conn["done"]
        print("the peer read", total, "bytes (5 + 4 MiB) | checksum matches:",
              crc == zlib.crc32(b"small" + self.payload))
        print("drain() had to wait:", progress["paused"] > 0,
              "| buffer after each drain() <= high-water mark:", progress["max_after_drain"] <= HIGH)
        print("read() after the peer closed:", await reader.read())
        writer.close()
        await writer.wait_closed()

        # 3. one 4 MiB write(); a drain() pending at connection_lost(None)
        self.expected = 2
        reader, writer, conn = await self.connect(port)
        writer.write(self.payload)
        print("write(4 MiB) returned, buffered above the high-water mark:",
              writer.transport.get_write_buffer_size() > HIGH)
        pending = asyncio.create_task(writer.drain())
        await asyncio.sleep(0.1)
        print("drain() pending:", not pending.done())
        writer.transport.abort()
        print("after abort(): is_closing():", writer.is_closing(), "| drain() still pending:", not pending.done())
        print("the pending drain() returned:", await pending)
        try:
            await writer.drain()
            print("a later drain() returned")
        except Exception as e:
            print("a later drain() ->", exc(e))
        print("read() ->", await reader.read())
        await writer.wait_closed()
        print("wait_closed() returned")
        conn["go"].set()
        await conn["done"]

        # 4. the peer resets the connection while a drain() is pending: connection_lost(exc)
        self.expected = 3
        reader, writer, conn = await self.connect(port)
        writer.write(self.payload)
        pending = asyncio.create_task(writer.drain())
        await asyncio.sleep(0.1)
        print("drain() pending:", not pending.done())
        conn["reset"] = True
        conn["go"].set()
        await conn["done"]
        try:
            await pending
            print("the pending drain() returned")
        except Exception as e:
            first = e
            print("the pending drain() raised", type(e).__name__)
        try:
            await writer.drain()
        except Exception as e:
            print("a later drain() raised", type(e).__name__, "| the same object:", e is first,
                  "| reader.exception() is it:", reader.exception() is e)
        try:
            await reader.read()
        except Exception as e:
            print("read() raised", type(e).__name__)
        writer.close()
        try:
            await writer.wait_closed()
            print("wait_closed() returned")
        except Exception as e:
            print("wait_closed() raised", type(e).__name__)

        server.close()
        await server.wait_closed()


asyncio.run(DrainBackpressure().main())
