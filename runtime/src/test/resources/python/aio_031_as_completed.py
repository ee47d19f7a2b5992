# aio_031 (P1): as_completed hands out awaitables in completion order, not argument order; with a
# plain for they are NEW coroutines, not the original tasks (3.11-3.13); on timeout the awaitable
# raises TimeoutError and the work is not cancelled.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(work(n, d)) for n, d in (("slow", 0.3), ("fast", 0.1), ("mid", 0.2))]
    for aw in asyncio.as_completed(tasks):
        print("an original task:", any(aw is t for t in tasks), "| result:", await aw)

    late = asyncio.create_task(work("late", 0.5))
    try:
        for aw in asyncio.as_completed([work("quick", 0.1), late], timeout=0.2):
            print("got", await aw)
    except TimeoutError:
        print("TimeoutError; late cancelled:", late.cancelled(), "done:", late.done())
    print("late finishes anyway:", await late)


asyncio.run(main())
