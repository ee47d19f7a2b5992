"""C3: N tasks each sleeping 1 s. Once all have started (one sleep(0) of main), prints spawn time,
RSS and peak RSS (VmHWM), then exits at once with the tasks still asleep.

Usage: python3 mem_tasks.py asyncio|uvloop N
"""
import asyncio
import gc
import os
import sys
import time

from _common import install_loop, result, status_bytes


async def sleeper():
    await asyncio.sleep(1)


async def main(loop_name, n):
    t0 = time.perf_counter()
    tasks = [asyncio.create_task(sleeper()) for _ in range(n)]
    await asyncio.sleep(0)
    spawn = time.perf_counter() - t0
    alive = sum(1 for t in tasks if not t.done())
    gc.collect()
    result(workload="C3", contender=loop_name, n=n, spawn_ns=int(spawn * 1e9),
           rss=status_bytes("VmRSS:"), peak_rss=status_bytes("VmHWM:"), alive=alive)
    os._exit(0)


loop_name = sys.argv[1]
install_loop(loop_name)
asyncio.run(main(loop_name, int(sys.argv[2])))
