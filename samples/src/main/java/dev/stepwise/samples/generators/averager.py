# The seeds' running average (seeds 000 and 001).
def averager():
    """A coroutine that computes a running average."""
    total = 0.0
    count = 0
    average = None
    while True:
        term = (yield average)  # Receive a value and yield the current average
        total += term
        count += 1
        average = total / count


coro = averager()
next(coro)  # Prime the coroutine by advancing to the first yield
print(coro.send(10))  # 10.0
print(coro.send(20))  # 15.0
print(coro.send(30))  # 20.0
