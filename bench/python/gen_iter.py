"""G1: iterating a generator of 10M ints, written idiomatically; ns per element.

Usage: python3 gen_iter.py [N] [RUNS]   (one warm-up run, then RUNS timed ones)
"""
import sys
import time

from _common import result


def count(n):
    for i in range(n):
        yield i


def consume(n):
    total = 0
    for x in count(n):
        total += x
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    consume(n // 10)
    for _ in range(runs):
        t0 = time.perf_counter()
        total = consume(n)
        t = time.perf_counter() - t0
        assert total == n * (n - 1) // 2
        result(workload="G1", contender="cpython", n=n, ns_per_op=t * 1e9 / n)


main()
