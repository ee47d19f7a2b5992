# aio_055 (P2): if, on timeout, the inner coroutine catches CancelledError and returns a value,
# wait_for returns that value instead of raising TimeoutError (3.11, 3.12 and 3.13 agree), and the
# caller is left with cancelling() == 0.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("stubborn: swallowing the cancellation")
        return "swallowed"


async def main():
    try:
        print("wait_for ->", await asyncio.wait_for(stubborn(), timeout=0.1))
    except TimeoutError:
        print("TimeoutError")
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
