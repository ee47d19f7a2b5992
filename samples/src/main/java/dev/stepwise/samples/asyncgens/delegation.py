# requires: Python 3.16 (PEP 828, `yield from` inside `async def` generators)
# No released CPython runs this yet: delegation.out is the behaviour PEP 828 specifies, written
# out by hand (the samples test checks it against CPython only when python3 is 3.16 or newer).
# An asynchronous generator delegates to another asynchronous generator and to a plain
# generator: their values pass through, asend() values reach the innermost generator, and each
# `yield from` evaluates to the subgenerator's return value.
import asyncio


async def header(title):
    await asyncio.sleep(0.1)
    yield f"== {title} =="
    return len(title)


async def numbered(lines):
    for i, line in enumerate(lines, 1):
        await asyncio.sleep(0.1)
        received = yield f"{i}. {line}"
        if received is not None:
            print(f"  (numbered got {received!r})")
    return len(lines)


def footer(count):
    yield f"-- {count} lines --"
    return "end"


async def report(title, lines):
    width = yield from header(title)
    count = yield from numbered(lines)
    end = yield from footer(count)
    print(f"  (report: width={width}, count={count}, footer={end!r})")


async def main():
    gen = report("Fruits", ["apple", "banana", "cherry"])
    print(await gen.asend(None))
    print(await gen.asend(None))
    print(await gen.asend("sent to numbered"))
    async for line in gen:
        print(line)


asyncio.run(main())
