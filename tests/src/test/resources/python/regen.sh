#!/bin/sh
# Regenerates the expected traces <case>.out from the Python programs <case>.py of the coro_, aio_
# and agen_ cases of the tests module (CoroConformanceTest, AioConformanceTest, AgenConformanceTest).
# Reference interpreter: CPython 3.11.7. Where 3.13 changed a behaviour (aio_003: a StopIteration
# given to Future.set_exception is stored as a RuntimeError instead of raising TypeError) the
# program prints the 3.13 result on every version and says so; every program prints the same on
# 3.11.7, 3.12.1 and 3.13.0.
# Usage: tests/src/test/resources/python/regen.sh [python-interpreter]
set -eu
cd "$(dirname "$0")"
PY="${1:-python3}"
for f in coro_*.py aio_*.py agen_*.py; do
  "$PY" -B "$f" > "${f%.py}.out"
done
echo "regenerated $(ls coro_*.out aio_*.out agen_*.out | wc -l) traces with $("$PY" --version 2>&1)"
