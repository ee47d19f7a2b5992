# The seeds' asynchronous context manager (seed 003).
import asyncio


class AsyncDB:
    async def __aenter__(self):
        print("Connecting...")
        await asyncio.sleep(0.5)  # establishing the connection
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        print("Disconnecting...")
        await asyncio.sleep(0.1)  # closing the connection
        return False

    async def query(self, sql):
        await asyncio.sleep(0.1)
        return f"Result of: {sql}"


async def main():
    async with AsyncDB() as db:
        result = await db.query("SELECT * FROM users")
        print(result)


asyncio.run(main())
