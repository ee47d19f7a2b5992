# Child processes with asyncio.create_subprocess_exec, small /bin/sh programs (so that the Java
# twin runs the very same children). 1. A child prints 5 numbered lines, 0.05 s apart; the parent reads them with
# readline() as they come while a ticker task keeps running on the same loop (the ticks are
# counted, not printed, so that the output does not depend on timing). 2. A child that exits with
# code 3. 3. A child whose stdin is a pipe: the parent writes two lines, closes stdin, and reads
# back what the child wrote, uppercased.
import asyncio

COUNT_LINES = 'for i in 1 2 3 4 5; do echo "line $i"; sleep 0.05; done'

UPPERCASE = "tr a-z A-Z"


async def ticker(ticks):
    while True:
        await asyncio.sleep(0.01)
        ticks.append(1)  # print("tick") here would interleave differently on every run


async def read_lines():
    ticks = []
    tick_task = asyncio.create_task(ticker(ticks))
    proc = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", COUNT_LINES, stdout=asyncio.subprocess.PIPE)
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print(f"got: {line.decode().rstrip()}")
    returncode = await proc.wait()
    tick_task.cancel()
    print(f"ticks > 0: {len(ticks) > 0}")
    print(f"returncode: {returncode}")


async def exit_code():
    proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", "exit 3")
    await proc.wait()
    print(f"returncode: {proc.returncode}")


async def uppercase():
    proc = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", UPPERCASE,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    for line in ["hello, child\n", "bye now\n"]:
        print(f"send: {line.rstrip()}")
        proc.stdin.write(line.encode())
    await proc.stdin.drain()
    proc.stdin.close()
    output = await proc.stdout.read()
    for line in output.decode().splitlines():
        print(f"got: {line}")
    print(f"returncode: {await proc.wait()}")


async def main():
    await read_lines()
    await exit_code()
    await uppercase()


asyncio.run(main())
