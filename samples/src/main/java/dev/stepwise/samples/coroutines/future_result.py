# The seeds' Future set by another task (seed 003, "Future: 아직 없는 결과의 플레이스홀더").
import asyncio


async def set_future_result(future):
    await asyncio.sleep(1)
    future.set_result("Hello from the future!")


async def main():
    loop = asyncio.get_event_loop()
    future = loop.create_future()

    # 백그라운드에서 결과 설정
    asyncio.create_task(set_future_result(future))

    # 결과가 설정될 때까지 대기
    result = await future
    print(result)


asyncio.run(main())
