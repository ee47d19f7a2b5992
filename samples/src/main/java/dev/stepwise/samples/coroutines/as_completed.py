# The seeds' as_completed (seed 003, "as_completed: 완료 순서대로 처리"). The fetches take
# different times so that the completion order is fixed and differs from the argument order.
import asyncio


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"Data from {url}"


async def main():
    urls = ["a.com", "b.com", "c.com"]
    delays = [0.3, 0.1, 0.2]
    tasks = [fetch(url, delay) for url, delay in zip(urls, delays)]
    for coro in asyncio.as_completed(tasks):
        result = await coro
        print(f"Got: {result}")  # 빨리 끝나는 것부터


asyncio.run(main())
