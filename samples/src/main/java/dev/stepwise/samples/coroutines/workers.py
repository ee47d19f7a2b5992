# The seeds' two workers as tasks (seed 003, "Task: 코루틴을 이벤트 루프에 등록").
# The seed's comment says "B started, A started"; CPython starts the tasks in creation order.
import asyncio


async def worker(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return f"{name} result"


async def main():
    # Task 생성 → 즉시 스케줄링됨
    task1 = asyncio.create_task(worker("A", 2))
    task2 = asyncio.create_task(worker("B", 1))

    # 두 Task가 동시에 실행됨
    result1 = await task1
    result2 = await task2
    print(result1, result2)


asyncio.run(main())
