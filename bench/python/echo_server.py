"""N1: an echo server on 127.0.0.1, idiomatic asyncio, with streams or with a Protocol.
Prints READY <port>, serves for at most SECONDS, then exits.

Usage: python3 echo_server.py asyncio|uvloop streams|protocol PORT SECONDS
"""
import asyncio
import signal
import sys

from _common import install_loop


async def handle(reader, writer):
    while True:
        data = await reader.read(4096)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


class EchoProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)


async def main(style, port, seconds):
    if style == "streams":
        server = await asyncio.start_server(handle, "127.0.0.1", port)
    else:
        server = await asyncio.get_running_loop().create_server(EchoProtocol, "127.0.0.1", port)
    print("READY", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await asyncio.sleep(seconds)


signal.alarm(int(float(sys.argv[4])) + 5)  # a hard bound, whatever the loop does
install_loop(sys.argv[1])
asyncio.run(main(sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
