# aio_029 (P0): asyncio.timeout(): expiry cancels the enclosed code and the CM turns the
# CancelledError into TimeoutError (cause: the CancelledError); expired(); when(); timeout(None)
# never expires; reschedule() sets or moves the deadline; the task's cancelling() count is back to
# 0 after the conversion; the CM cannot be entered twice, and reschedule() needs it entered.
import asyncio
from _support import exc


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    cm = asyncio.timeout(0.1)
    print("when - start:", round(cm.when() - start, 3))
    print("repr before entering:", repr(cm))
    try:
        async with cm:
            await asyncio.sleep(10)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError, cause:", type(e.__cause__).__name__)
    print("expired:", cm.expired(), "repr:", repr(cm))
    print("cancelling:", asyncio.current_task().cancelling())

    async with asyncio.timeout(None) as cm2:
        print("when:", cm2.when())
        await asyncio.sleep(0.1)
    print("timeout(None) expired:", cm2.expired(), "repr:", repr(cm2))

    try:
        async with asyncio.timeout(None) as cm3:
            cm3.reschedule(loop.time() + 0.1)
            await asyncio.sleep(10)
    except TimeoutError:
        print("rescheduled from None: expired:", cm3.expired())

    async with asyncio.timeout(0.1) as cm4:
        cm4.reschedule(cm4.when() + 0.2)
        await asyncio.sleep(0.2)
        print("moved deadline: body finished")
    print("expired:", cm4.expired())

    try:
        async with asyncio.timeout(0.1) as cm5:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body saw CancelledError and swallowed it")
        print("after the block: expired:", cm5.expired())
    except TimeoutError:
        print("TimeoutError (wrong)")

    for label, f in (("reschedule before entering", lambda: asyncio.timeout(1).reschedule(None)),
                     ("reschedule after exit", lambda: cm4.reschedule(None)),
                     ("reschedule after expiry", lambda: cm.reschedule(None))):
        try:
            f()
        except RuntimeError as e:
            print(label, "->", exc(e))
    try:
        async with cm4:
            pass
    except RuntimeError as e:
        print("entering twice ->", exc(e))


asyncio.run(main())
