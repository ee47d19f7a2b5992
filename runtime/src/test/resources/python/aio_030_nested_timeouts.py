# aio_030 (P1): with nested timeouts only the one that expired converts CancelledError into
# TimeoutError; an outer expiry passes through the inner CM as CancelledError; a cancel() from
# outside is never converted into TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner expired -> TimeoutError; inner expired:", inner.expired(),
                      "outer expired:", outer.expired())
            print("outer body goes on")
    except TimeoutError:
        print("outer TimeoutError (wrong)")

    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("outer expired: CancelledError passed through the inner CM; inner expired:",
                      inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError; outer expired:", outer.expired())

    async def victim():
        try:
            async with asyncio.timeout(1) as cm:
                await asyncio.sleep(10)
        except TimeoutError:
            print("converted (wrong)")
        except asyncio.CancelledError:
            print("external cancel: CancelledError passed through; expired:", cm.expired())
            raise

    t = asyncio.create_task(victim())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("victim cancelled:", t.cancelled())
    print("main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
