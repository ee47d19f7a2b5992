# agen_010 (P0): an async generator left suspended when main() returns (a break out of async for
# with a reference kept, or a bare __anext__()) is finalized by asyncio.run() through
# loop.shutdown_asyncgens(): its finally, with an await, runs after main() returned and after the
# leftover tasks were cancelled, before asyncio.run() returns. A generator that was never iterated
# is not registered with the loop, so it is not closed (and its body never runs); one that
# finished is not closed again. The order in which shutdown_asyncgens() closes the generators is
# that of a WeakSet, not deterministic: events are printed sorted.
import asyncio

events = []
kept = []


class Shutdown:
    async def counting(self, name):
        try:
            i = 0
            while True:
                yield i
                i += 1
        finally:
            events.append(name + " finally starts")
            await asyncio.sleep(0)
            events.append(name + " finally after an await")

    async def leftover_task(self):
        try:
            await asyncio.sleep(10)
        finally:
            events.append("leftover task cancelled")

    async def main(self):
        asyncio.create_task(self.leftover_task())
        first = self.counting("first")
        kept.append(first)
        async for i in first:
            if i == 2:
                break
        second = self.counting("second")
        kept.append(second)
        print("second ->", await second.__anext__())
        finished = self.counting("finished")
        await finished.__anext__()
        await finished.aclose()
        kept.append(finished)
        kept.append(self.counting("never iterated"))
        await asyncio.sleep(0)
        events.append("main returns")
        print("main returns with the generators suspended")


asyncio.run(Shutdown().main())
cut = events.index("leftover task cancelled") + 1
print("in order:", events[:cut])
print("then, sorted:", sorted(events[cut:]))
