# The seeds' Semaphore (seed 003, "Semaphore: 동시 실행 수 제한"): 100 fetches, at most 10 at a
# time. fetch counts how many run at once so the program can show the peak.
import asyncio

sem = asyncio.Semaphore(10)  # 최대 10개 동시 실행
running = 0
peak = 0


async def fetch(url):
    global running, peak
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0.1)
    running -= 1
    return f"Data from {url}"


async def limited_fetch(url):
    async with sem:
        return await fetch(url)


async def main():
    # 100개 요청이지만 동시에 10개씩만
    urls_100 = [f"url{i}" for i in range(100)]
    tasks = [limited_fetch(url) for url in urls_100]
    results = await asyncio.gather(*tasks)
    print(f"{len(results)} results: {results[0]} ... {results[99]}")
    print(f"peak concurrency: {peak}")


asyncio.run(main())
