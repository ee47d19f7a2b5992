#!/bin/sh
# Regenerates the expected traces <case>.out from the Python programs <case>.py.
# Reference interpreter: CPython 3.11.7. Where 3.13 changed a behaviour (close() returning the
# return value: gen_006, gen_019) the programs print the 3.13 result through _support.close.
# The aio_ programs print the same on 3.11.7, 3.12.1 and 3.13.0 (where a result differs, as
# TaskGroup's cancelling() count in aio_034, the program does not print it and says why).
# Usage: runtime/src/test/resources/python/regen.sh [python-interpreter]
set -eu
cd "$(dirname "$0")"
PY="${1:-python3}"
for f in gen_*.py yf_*.py aio_*.py; do
  "$PY" -B "$f" > "${f%.py}.out"
done
echo "regenerated $(ls gen_*.out yf_*.out aio_*.out | wc -l) traces with $("$PY" --version 2>&1)"
