# The seeds' fetches awaited one by one, then run concurrently with gather (seed 003 section 1,
# seed 002 "순차 실행 vs gather"). Elapsed times are measured with the loop's clock.
import asyncio


async def fetch(url):
    await asyncio.sleep(1)  # I/O 대기 중 다른 작업 가능
    return f"Data from {url}"


async def main():
    loop = asyncio.get_running_loop()

    # 순차 실행: 3초 소요
    start = loop.time()
    for url in ["a.com", "b.com", "c.com"]:
        print(await fetch(url))
    print(f"sequential: {loop.time() - start:.1f} s")

    # 동시 실행: ~1초 소요
    start = loop.time()
    results = await asyncio.gather(
        fetch("a.com"),
        fetch("b.com"),
        fetch("c.com"),
    )
    print(results)
    print(f"gather: {loop.time() - start:.1f} s")


asyncio.run(main())
