# aio_004 (P0): set_result() does not run done-callbacks synchronously: they are scheduled with
# call_soon in registration order and each receives the future; a callback added to a future that
# is already done is scheduled too, not run at once; remove_done_callback() returns how many it
# removed; a callback registered twice runs twice.
import asyncio


class FutureCallbacks:
    async def main(self):
        loop = asyncio.get_running_loop()
        events = []
        f = loop.create_future()

        def first(fut):
            events.append("first got the future: %s, result %s" % (fut is f, fut.result()))

        def second(fut):
            events.append("second")

        def removed(fut):
            events.append("removed (wrong)")

        f.add_done_callback(first)
        f.add_done_callback(second)
        f.add_done_callback(removed)
        f.add_done_callback(second)
        f.add_done_callback(removed)
        print("remove_done_callback ->", f.remove_done_callback(removed))
        print("remove_done_callback again ->", f.remove_done_callback(removed))
        f.set_result("r")
        print("right after set_result:", events)
        await asyncio.sleep(0)
        print("one iteration later:", events)
        events.clear()
        f.add_done_callback(lambda fut: events.append("added when done"))
        print("right after adding to a done future:", events)
        await asyncio.sleep(0)
        print("one iteration later:", events)


asyncio.run(FutureCallbacks().main())
