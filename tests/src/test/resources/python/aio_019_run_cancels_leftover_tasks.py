# aio_019 (P0): when main() returns, asyncio.run() cancels the tasks still pending and runs the
# loop until they finish, so their finally blocks run, awaits included; the loop is closed
# afterwards and every run() has a fresh loop. The order in which leftovers are cancelled is not
# deterministic in CPython (a WeakSet), so events are printed sorted.
import asyncio

events = []
loops = []


class Leftovers:
    async def leftover(self, name):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            events.append(name + " cancelled")
            raise
        finally:
            await asyncio.sleep(0)
            events.append(name + " cleanup after an await")

    async def main(self):
        loops.append(asyncio.get_running_loop())
        asyncio.create_task(self.leftover("a"))
        asyncio.create_task(self.leftover("b"))
        await asyncio.sleep(0)
        print("main returns with", len(asyncio.all_tasks()) - 1, "tasks pending")
        return "main result"


print("run ->", asyncio.run(Leftovers().main()))
print(sorted(events))
print("loop closed:", loops[0].is_closed())
asyncio.run(Leftovers().main())
print("a fresh loop per run:", loops[0] is not loops[1])
