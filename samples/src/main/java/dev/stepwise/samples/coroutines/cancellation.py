# The seeds' task cancellation (seed 002, "Task 취소"). The seed's Korean strings lost a few
# syllables in transmission ("취소�! 정리 �업...", "태스�� 취소 완료"); they are restored here.
import asyncio


async def long_task():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("취소됨! 정리 작업...")
        raise  # 취소 예외 다시 발생


async def main():
    task = asyncio.create_task(long_task())

    await asyncio.sleep(1)
    task.cancel()  # 취소 요청

    try:
        await task
    except asyncio.CancelledError:
        print("태스크 취소 완료")


asyncio.run(main())
