# A line-based chat over asyncio streams. The server listens on 127.0.0.1 (ephemeral port); a
# client first sends "NAME <name>" and is welcomed, then every line it sends is broadcast to the
# other clients as "<name>: <text>", until it sends "QUIT". Three clients, alice, bob and carol,
# run as concurrent tasks; a script of steps fixes who acts when (each step waits for an
# asyncio.Event set by the step before it), so the output is the same on every run: a receiver
# prints a message once it has arrived, and the next step starts after that.
import asyncio

SCRIPT = [
    ("alice", "Hi everyone!"),
    ("bob", "Hello alice."),
    ("carol", "Hey, both of you."),
    ("carol", "I have to go, bye!"),
    ("carol", "QUIT"),
    ("alice", "Bye carol. Lunch, bob?"),
    ("bob", "Sure, see you there."),
    ("alice", "QUIT"),
    ("bob", "QUIT"),
]
NAMES = ["alice", "bob", "carol"]


class ChatServer:
    def __init__(self):
        self.clients = {}  # name -> StreamWriter, in the order they joined
        self.handlers = []

    async def handle(self, reader, writer):
        self.handlers.append(asyncio.current_task())
        hello = (await reader.readline()).decode().strip()
        name = hello.removeprefix("NAME ")
        self.clients[name] = writer
        print(f"[server] {name} joined ({len(self.clients)} online)")
        writer.write(f"Welcome, {name}! Online: {', '.join(self.clients)}\n".encode())
        await writer.drain()
        while True:
            line = await reader.readline()
            text = line.decode().rstrip("\n")
            if not line or text == "QUIT":
                break
            for other, w in self.clients.items():
                if other != name:
                    w.write(f"{name}: {text}\n".encode())
            for other, w in self.clients.items():
                if other != name:
                    await w.drain()
        del self.clients[name]
        print(f"[server] {name} left ({len(self.clients)} online)")
        writer.close()
        await writer.wait_closed()


def steps():
    """The script as steps: (actor, action, argument); after each message, a 'receive' step for
    every client still online, in the order they joined."""
    result = [(name, "join", None) for name in NAMES]
    online = list(NAMES)
    for name, text in SCRIPT:
        if text == "QUIT":
            result.append((name, "quit", None))
            online.remove(name)
        else:
            result.append((name, "send", text))
            result += [(other, "receive", None) for other in online if other != name]
    return result


async def client(name, port, plan, turns):
    reader = writer = None
    for i, (actor, action, text) in enumerate(plan):
        if actor != name:
            continue
        await turns[i].wait()
        if action == "join":
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(f"NAME {name}\n".encode())
            await writer.drain()
            print(f"{name} <- {(await reader.readline()).decode().strip()}")
        elif action == "send":
            print(f"{name} -> {text}")
            writer.write(f"{text}\n".encode())
            await writer.drain()
        elif action == "receive":
            print(f"{name} <- {(await reader.readline()).decode().strip()}")
        elif action == "quit":
            print(f"{name} -> QUIT")
            writer.write(b"QUIT\n")
            await writer.drain()
            await reader.read()  # b'' once the server has closed the connection
            writer.close()
            await writer.wait_closed()
            print(f"{name} disconnected")
        turns[i + 1].set()


async def main():
    chat = ChatServer()
    server = await asyncio.start_server(chat.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    plan = steps()
    turns = [asyncio.Event() for _ in range(len(plan) + 1)]
    turns[0].set()
    await asyncio.gather(*(client(name, port, plan, turns) for name in NAMES))
    await asyncio.gather(*chat.handlers)
    server.close()
    await server.wait_closed()
    print("[server] closed")


asyncio.run(main())
