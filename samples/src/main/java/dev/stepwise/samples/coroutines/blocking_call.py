# The seeds' good(): a blocking call delegated to the thread pool with run_in_executor (seed 003,
# "동기 블로킹 호출"). A ticker task shows that the loop keeps running meanwhile: its three ticks
# (at 0.1, 0.2 and 0.3 s) all come while the 0.4 s blocking call runs.
import asyncio
import threading
import time


def blocking_io(finished):
    time.sleep(0.4)  # called directly in a coroutine, this would block the whole event loop
    finished.set()
    return "blocking call done"


async def ticker(finished):
    during = 0
    for i in range(1, 4):
        await asyncio.sleep(0.1)
        if not finished.is_set():
            during += 1
        print(f"tick {i}")
    return during


async def good():
    loop = asyncio.get_event_loop()
    finished = threading.Event()
    ticks = asyncio.create_task(ticker(finished))

    result = await loop.run_in_executor(None, blocking_io, finished)  # 스레드 풀에 위임
    during = await ticks
    print(result)
    print(f"ticks while the blocking call ran: {during}")


asyncio.run(good())
