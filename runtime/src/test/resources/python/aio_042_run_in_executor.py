# aio_042 (P1): run_in_executor runs the function in a worker thread (not the loop's) and the
# awaitable resolves to its return value; an exception in it is re-raised at the await; to_thread
# runs in a worker thread too. (Context variables, which to_thread copies, have no Java twin.)
import asyncio
import threading
from _support import exc


def blocking(x):
    return threading.current_thread() is not threading.main_thread(), x * 2


def failing():
    raise ValueError("in thread")


async def main():
    loop = asyncio.get_running_loop()
    print("run_in_executor:", await loop.run_in_executor(None, blocking, 21))
    try:
        await loop.run_in_executor(None, failing)
    except ValueError as e:
        print("raised at the await:", exc(e))
    print("to_thread:", await asyncio.to_thread(blocking, 5))
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print("gathered:", results)


asyncio.run(main())
