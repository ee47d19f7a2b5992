# The seeds' exception handling (seed 002, "예외 처리"; seed 003, gather with return_exceptions).
# The seed's "�았다" is restored as "잡았다". fetch(n) returns "data<n>" so the last result is the
# seed's ["data1", ValueError("에러!"), "data3"]; it is printed like a list's repr, with ValueError
# under the name of the exception the Java sample raises (IllegalArgumentException).
import asyncio

JAVA_NAMES = {ValueError: "IllegalArgumentException"}


def show(value):
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, BaseException):
        return f"{JAVA_NAMES.get(type(value), type(value).__name__)}({str(value)!r})"
    return repr(value)


async def fetch(n):
    await asyncio.sleep(0.1)
    return f"data{n}"


async def risky():
    raise ValueError("에러!")


async def main():
    # 단일 코루틴
    try:
        await risky()
    except ValueError as e:
        print(f"잡았다: {e}")

    # 기본: 하나라도 실패하면 전체 실패
    try:
        results = await asyncio.gather(
            fetch(1),
            risky(),  # 에러 발생!
            fetch(3),
        )
        print(show(results))
    except ValueError:
        print("실패!")

    # return_exceptions=True: 예외도 결과로 반환
    results = await asyncio.gather(
        fetch(1),
        risky(),
        fetch(3),
        return_exceptions=True
    )
    print(show(results))  # ["data1", ValueError("에러!"), "data3"]


asyncio.run(main())
