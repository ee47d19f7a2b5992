# aio_047 (P1): streams over real loopback TCP (127.0.0.1, ephemeral port). start_server() is
# serving at once and open_connection() returns a (reader, writer) pair; a write()/drain() then
# readline() round trip echoes lines, also two lines sent in one write(). write_eof() half-closes:
# the peer's readline()/read() return b'' and its at_eof() turns true, while the peer can still
# answer and the half-closed side still reads the answer. writer.close() makes is_closing() true
# and wait_closed() returns once the connection is gone. server.close() stops serving
# (is_serving() false, no sockets left) and wait_closed() returns; `async with server` does the
# same on exit. The peer's address is ('127.0.0.1', port): only the host is printed.
import asyncio


class LoopbackEcho:
    def __init__(self):
        self.done = None

    async def echo(self, reader, writer):
        lines = 0
        while True:
            line = await reader.readline()
            if not line:
                break
            lines += 1
            print("server got", line)
            writer.write(line)
            await writer.drain()
        print("server: readline() -> b'' | at_eof():", reader.at_eof(), "| read() ->", await reader.read())
        print("server: the client's host:", writer.get_extra_info("peername")[0])
        writer.write(b"bye after %d lines\n" % lines)
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        self.done.set_result(lines)

    async def round_trip(self, port, lines):
        self.done = asyncio.get_running_loop().create_future()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("client: the server's host:", writer.get_extra_info("peername")[0],
              "| own host:", writer.get_extra_info("sockname")[0])
        for data in lines:
            print("client sends", data)
            writer.write(data)
            await writer.drain()
            for _ in range(data.count(b"\n")):
                print("client got", await reader.readline())
        print("client: can_write_eof():", writer.can_write_eof())
        writer.write_eof()
        print("client: write_eof() sent")
        print("client got", await reader.readline())
        print("client: read() ->", await reader.read(), "| at_eof():", reader.at_eof())
        print("client: is_closing() before close():", writer.is_closing())
        writer.close()
        print("client: is_closing() after close():", writer.is_closing())
        await writer.wait_closed()
        print("client: wait_closed() returned")
        print("server handler finished after", await self.done, "lines")

    async def main(self):
        server = await asyncio.start_server(self.echo, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        print("is_serving():", server.is_serving(), "| sockets:", len(server.sockets),
              "| host:", server.sockets[0].getsockname()[0])
        await self.round_trip(port, [b"hello\n", b"two\nlines\n"])
        server.close()
        print("after close(): is_serving():", server.is_serving(), "| sockets:", len(server.sockets))
        await server.wait_closed()
        print("wait_closed() returned")

        server = await asyncio.start_server(self.echo, "127.0.0.1", 0)
        async with server:
            print("in async with: is_serving():", server.is_serving())
            await self.round_trip(server.sockets[0].getsockname()[1], [b"once more\n"])
        print("after async with: is_serving():", server.is_serving(), "| sockets:", len(server.sockets))


asyncio.run(LoopbackEcho().main())
