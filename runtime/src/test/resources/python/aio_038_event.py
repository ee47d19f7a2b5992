# aio_038 (P0): set() wakes ALL waiters (in FIFO order) and wait() returns True; wait() on a set
# event returns at once without suspending; clear() right after set() in the same tick does not
# un-wake the waiters already released.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    print(name, "woke:", await ev.wait())


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set then clear; is_set:", ev.is_set())
    await asyncio.gather(*tasks)

    ev.set()

    async def other():
        print("other task ran")

    t = asyncio.create_task(other())
    print("wait on a set event:", await ev.wait(), "| other ran first:", t.done())
    await t


asyncio.run(main())
