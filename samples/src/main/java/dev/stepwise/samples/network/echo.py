# The asyncio documentation's "TCP echo client and server using streams", in one program: the
# server listens on 127.0.0.1 with an ephemeral port (port 0) instead of 8888, echoes a line back,
# and the client sends 'Hello World!' as a line. The server prints "from client" where the docs
# print the peer's address, so that the output is the same on every run.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.readline()
    message = data.decode().rstrip("\n")
    print(f"Received {message!r} from client")

    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()

    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    print(f"Send: {message!r}")
    writer.write(message.encode() + b"\n")
    await writer.drain()

    data = await reader.readline()
    print(f"Received: {data.decode().rstrip()!r}")

    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("Serving on 127.0.0.1")

    async with server:
        await tcp_echo_client("Hello World!", port)
    print("Server closed")


asyncio.run(main())
