# aio_008 (P0): create_task() does not start the coroutine: its first step is queued with
# call_soon; the creator keeps running until it awaits; first steps run in creation order; an
# awaiter resumes only after the task is done, through the task's done-callbacks.
import asyncio

events = []


class CreateTask:
    async def child(self, name, steps):
        events.append(name + " starts")
        for i in range(steps):
            await asyncio.sleep(0)
            events.append(name + " step " + str(i))
        events.append(name + " ends")
        return name

    async def main(self):
        a = asyncio.create_task(self.child("a", 2))
        b = asyncio.create_task(self.child("b", 1))
        events.append("main after create_task, a done: %s" % a.done())
        asyncio.get_running_loop().call_soon(events.append, "call_soon after the tasks")
        events.append("main awaits a")
        r = await a
        events.append("main got " + r + ", b done: %s" % b.done())
        for e in events:
            print(e)


asyncio.run(CreateTask().main())
