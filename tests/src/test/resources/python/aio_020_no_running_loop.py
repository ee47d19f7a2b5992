# aio_020 (P1): get_running_loop(), create_task(), current_task() and all_tasks() outside a running
# loop raise RuntimeError('no running event loop'); inside, current_task() is the running Task and
# all_tasks() holds the unfinished tasks; get_coro() is the task's coroutine; default names are
# 'Task-N', counted from 1 in the order tasks are created. CPython counts per process, Stepwise per
# loop: the names printed are those of the first loop of the program, the same either way.
# create_task() outside a loop leaves the coroutine CREATED in CPython 3.11 and closes it in
# Stepwise (as CPython 3.12+): its state is not printed, and closing it is a no-op in Stepwise.
import asyncio
from _support import call


class NoLoop:
    async def work(self):
        print("never printed")

    async def child(self):
        await asyncio.sleep(0)
        return asyncio.current_task().get_name()

    async def main(self):
        me = asyncio.current_task()
        print("current_task() is a Task:", isinstance(me, asyncio.Task), "| name:", me.get_name())
        print("it is in all_tasks():", me in asyncio.all_tasks())
        c = self.child()
        t = asyncio.create_task(c)
        t2 = asyncio.create_task(self.child(), name="custom")
        print("names:", t.get_name(), t2.get_name(), "| get_coro() is the coroutine:", t.get_coro() is c)
        print("unfinished tasks:", len(asyncio.all_tasks()))
        print("children report:", await t, await t2)
        print("unfinished tasks after they finished:", len(asyncio.all_tasks()))
        t.set_name("renamed")
        print("after set_name:", t.get_name())


call("get_running_loop() outside a loop", asyncio.get_running_loop)
c = NoLoop().work()
call("create_task() outside a loop", lambda: asyncio.create_task(c))
c.close()
call("current_task() outside a loop", asyncio.current_task)
call("all_tasks() outside a loop", asyncio.all_tasks)
asyncio.run(NoLoop().main())
