# aio_028 (P2): wait_for(done_future, 0) returns its result; wait_for(coro, 0) raises TimeoutError
# without ever running the coroutine, even one that would finish without suspending (it is
# wrapped in a task and cancelled before its first step). Same in 3.11, 3.12 and 3.13.
import asyncio


async def quick():
    print("quick ran")
    return 1


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(5)
    print("done future, timeout 0:", await asyncio.wait_for(f, 0))
    for timeout in (0, -1):
        try:
            await asyncio.wait_for(quick(), timeout)
            print("no TimeoutError (wrong)")
        except TimeoutError as e:
            print("timeout", timeout, "-> TimeoutError, cause:", type(e.__cause__).__name__)
    print("a positive timeout runs it:", await asyncio.wait_for(quick(), 1))


asyncio.run(main())
