# aio_101 (streams; a Stepwise case beyond PYTHON-SEMANTICS.md's checklist, hence 1xx): stream
# errors over real loopback TCP (127.0.0.1, ephemeral ports; OS messages such as '[Errno 111]'
# are not printed, only exception types). open_connection() to a port nobody listens on raises
# ConnectionRefusedError (an OSError). A peer that resets the connection (SO_LINGER (1, 0), then
# close) makes the pending readline() on the other side raise ConnectionResetError, and
# wait_closed() raises it too. A peer that sends 4 bytes and closes makes readexactly(10) raise
# IncompleteReadError (partial b'abcd', expected 10). A client_connected_cb coroutine that raises
# is reported to the loop's exception handler with message 'Unhandled exception in
# client_connected_cb' and the keys exception, message, transport; the transport is then closed
# (that client reads EOF) and the server keeps serving other connections. After writer.close(),
# write() is silently dropped (no exception; from the 5th such write on, the asyncio logger warns
# 'socket.send() raised exception.') and drain() raises ConnectionResetError('Connection lost');
# write() after write_eof() raises RuntimeError('Cannot call write() after write_eof()').
import asyncio
import logging
import socket
import struct
from _support import Recorder, exc


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


class StreamErrors:
    def __init__(self):
        self.events = asyncio.Queue()

    async def handler(self, reader, writer):
        kind = await reader.readline()
        if kind == b"reset\n":
            try:
                print("server: readline() ->", await reader.readline())
            except Exception as e:
                print("server: readline() raised", type(e).__name__)
            writer.close()
            try:
                await writer.wait_closed()
            except Exception as e:
                print("server: wait_closed() raised", type(e).__name__)
        elif kind == b"short\n":
            writer.write(b"abcd")
            await writer.drain()
            writer.close()
        elif kind == b"fail\n":
            await self.events.put("handler raises")
            raise ValueError("handler failed")
        elif kind == b"echo\n":
            line = await reader.readline()
            writer.write(line)
            await writer.drain()
            print("server: read after the client closed ->", await reader.read())
            writer.close()
        elif kind == b"closed\n":
            print("server: reads ->", await reader.read(), "| at_eof():", reader.at_eof())
            writer.close()
        if kind != b"reset\n":
            await writer.wait_closed()
        await self.events.put("handler done")

    async def open(self, port, kind):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(kind + b"\n")
        await writer.drain()
        return reader, writer

    async def main(self):
        loop = asyncio.get_running_loop()

        # connection refused
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        free_port = s.getsockname()[1]
        s.close()
        try:
            await asyncio.open_connection("127.0.0.1", free_port)
        except Exception as e:
            print("open_connection() to a closed port raised", type(e).__name__,
                  "| an OSError:", isinstance(e, OSError))

        server = await asyncio.start_server(self.handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]

        # the peer resets the connection while the server is in readline()
        reader, writer = await self.open(port, b"reset")
        writer.write(b"half a line")
        await writer.drain()
        await asyncio.sleep(0.1)
        writer.get_extra_info("socket").setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.close()
        await writer.wait_closed()
        print("event:", await self.events.get())

        # EOF in the middle of a message
        reader, writer = await self.open(port, b"short")
        try:
            await reader.readexactly(10)
        except asyncio.IncompleteReadError as e:
            print("readexactly(10) ->", exc(e), "| partial:", e.partial, "| expected:", e.expected)
        writer.close()
        await writer.wait_closed()
        print("event:", await self.events.get())

        # a failing client_connected_cb, while another connection is served
        loop.set_exception_handler(Recorder())
        other_reader, other_writer = await self.open(port, b"echo")
        reader, writer = await self.open(port, b"fail")
        print("event:", await self.events.get())
        print("the failed handler's client reads:", await reader.read())
        writer.close()
        await writer.wait_closed()
        other_writer.write(b"still served\n")
        await other_writer.drain()
        print("the other client got", await other_reader.readline())
        other_writer.close()
        await other_writer.wait_closed()
        print("event:", await self.events.get())
        loop.set_exception_handler(None)

        # write() and drain() after close()
        reader, writer = await self.open(port, b"closed")
        writer.write(b"last words")
        writer.close()
        logger = logging.getLogger("asyncio")
        capture = Capture()
        logger.addHandler(capture)
        logger.propagate = False
        outcomes = []
        for i in range(1, 7):
            try:
                writer.write(b"after close %d" % i)
                outcomes.append("write %d: returned, logged %s" % (i, capture.messages))
            except Exception as e:
                outcomes.append("write %d: %s" % (i, exc(e)))
            capture.messages.clear()
        logger.removeHandler(capture)
        logger.propagate = True
        for o in outcomes:
            print(o)
        try:
            await writer.drain()
            print("drain() after close() returned")
        except Exception as e:
            print("drain() after close() ->", exc(e))
        await writer.wait_closed()
        print("event:", await self.events.get())

        # write() after write_eof()
        reader, writer = await self.open(port, b"closed")
        writer.write_eof()
        try:
            writer.write(b"more")
            print("write() after write_eof() returned")
        except Exception as e:
            print("write() after write_eof() ->", exc(e))
        print("event:", await self.events.get())
        print("read() ->", await reader.read())
        writer.close()
        await writer.wait_closed()

        server.close()
        await server.wait_closed()


asyncio.run(StreamErrors().main())
