"""C1: TASKS tasks each awaiting asyncio.sleep(0) SWITCHES/TASKS times; ns per switch.

Usage: python3 switches.py asyncio|uvloop [RUNS]
One loop (asyncio.run) around everything, as the JMH benchmark keeps its loop; for each task
count one warm-up run, then RUNS timed ones.
"""
import asyncio
import sys
import time

from _common import install_loop, result

SWITCHES = 500_000


async def switcher(k):
    for _ in range(k):
        await asyncio.sleep(0)


async def switch_all(tasks, k):
    await asyncio.gather(*(switcher(k) for _ in range(tasks)))


async def main(loop_name, runs):
    for tasks in (1, 100, 10_000):
        k = SWITCHES // tasks
        await switch_all(tasks, k // 10 or 1)
        for _ in range(runs):
            t0 = time.perf_counter()
            await switch_all(tasks, k)
            t = time.perf_counter() - t0
            result(workload="C1", contender=loop_name, tasks=tasks, ns_per_op=t * 1e9 / (tasks * k))


loop_name = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
install_loop(loop_name)
asyncio.run(main(loop_name, runs))
