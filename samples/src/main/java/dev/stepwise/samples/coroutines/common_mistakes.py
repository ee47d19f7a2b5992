# Two of the seeds' common mistakes (seed 002 "흔한 실수들" 1 and 5, seed 003 "흔한 실수들" 1 and 3):
# a coroutine never awaited, and asyncio.run() called from a running event loop.
#
# Adapted to be comparable with the Java sample: the coroutines are methods of a class named like
# the Java interface (so their qualified names match), the coroutine's address is left out of its
# repr, RuntimeError is printed under the name of the exception Java throws, and the
# RuntimeWarnings are recorded and printed on stdout once the loop has finished (Stepwise reports
# never-awaited coroutines through the loop's exception handler when the loop closes).
import asyncio
import re
import warnings

JAVA_NAMES = {RuntimeError: "RuntimeException"}


class CommonMistakes:
    async def fetch(self):
        return "data"

    async def inner(self):
        return 42

    async def forget_await(self):
        # ❌ await 빼먹음
        wrong = self.fetch()
        print(re.sub(r" at 0x[0-9a-f]+", "", repr(wrong)))  # <coroutine object CommonMistakes.fetch>

        # ✅ 올바른 사용
        result = await self.fetch()
        print(result)  # data

    async def nested_run(self):
        try:
            # ❌ 이미 이벤트 루프 실행 중인데 또 run()
            result = asyncio.run(self.inner())
            print(result)
        except RuntimeError as e:
            print(f"{JAVA_NAMES[type(e)]}: {e}")

        # ✅ 그냥 await
        result = await self.inner()
        print(result)  # 42

    async def main(self):
        await self.forget_await()
        await self.nested_run()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.run(CommonMistakes().main())
for w in caught:
    print(f"warning: {w.message}")
