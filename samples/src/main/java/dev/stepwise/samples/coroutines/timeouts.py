# The seeds' time limits (seed 002, "타임아웃"): asyncio.wait_for, then async with
# asyncio.timeout (Python 3.11+), around the same slow operation. Each handler also prints how
# long the operation was allowed to run, on the loop's clock.
import asyncio


async def slow_operation():
    await asyncio.sleep(10)
    return "결과"


async def main():
    loop = asyncio.get_running_loop()

    start = loop.time()
    try:
        result = await asyncio.wait_for(
            slow_operation(),
            timeout=2.0
        )
        print(result)
    except asyncio.TimeoutError:
        print(f"wait_for: 시간 초과! ({loop.time() - start:.1f} s)")

    start = loop.time()
    try:
        async with asyncio.timeout(2.0):
            await slow_operation()
    except asyncio.TimeoutError:
        print(f"timeout: 시간 초과! ({loop.time() - start:.1f} s)")


asyncio.run(main())
