#!/usr/bin/env bash
# The benchmark suite of issue 6: builds the bench module, runs every contender in one go
# (contenders interleaved, REPS repetitions), and writes BENCHMARKS.md at the repository root.
#
#   bench/run.sh                 # the full run (about 20 minutes on the project's 2-core machine)
#   REPS=1 QUICK=1 bench/run.sh  # a smoke run (shorter JMH iterations, 2-second N1 windows, no 1M tasks)
#
# Knobs (environment): REPS (4), JAVA17, JAVA25, PYTHON (/usr/bin/python3, the one Debian's
# python3-uvloop installs for), N1_SECONDS (8, measured, after 2 s of warm-up), SKIP_BUILD=1.
# Results: bench/target/results/<UTC time>/ (raw RESULT lines, JMH JSON, logs) and BENCHMARKS.md.
# Every load loop is bounded in count and time, every process runs under a timeout or bounds
# itself, and all network traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

REPS=${REPS:-4}
QUICK=${QUICK:-}
J17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
J25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PY=${PYTHON:-/usr/bin/python3}
N1_SECONDS=${N1_SECONDS:-8}
N1_WARMUP=2
JMH_ARGS=(-f 1 -wi 2 -w 500ms -i 4 -r 500ms)
C3_NS=(1 100000 1000000)
if [[ -n "$QUICK" ]]; then
  JMH_ARGS=(-f 1 -wi 1 -w 200ms -i 2 -r 200ms)
  N1_SECONDS=2; N1_WARMUP=1
  C3_NS=(1 100000)
fi

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/bench/target/results/$STAMP
mkdir -p "$OUT"
LOG=$OUT/run.log
RESULTS=$OUT/results.txt
META=$OUT/meta.txt
: > "$RESULTS"
START=$(date +%s)

say() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$LOG"; }
meta() { echo "$1=$2" >> "$META"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

meta started "$(date -u '+%Y-%m-%d %H:%M UTC')"
meta load_start "$(loadavg)"
meta reps "$REPS"
meta quick "${QUICK:-0}"
meta jmh_args "${JMH_ARGS[*]}"
meta n1 "50 connections, 32-byte messages, ${N1_WARMUP} s warm-up then ${N1_SECONDS} s measured"
meta commit "$(git rev-parse --short HEAD)"
meta dirty "$(git status --porcelain -- annotations runtime processor | wc -l)"
meta cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') x $(nproc)"
meta kernel "$(uname -r)"
meta jdk17 "$("$J17" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.name|java.runtime.version/{printf "%s ", $2}')"
meta jdk25 "$("$J25" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.name|java.runtime.version/{printf "%s ", $2}')"

# uvloop: Debian's python3-uvloop, for /usr/bin/python3. Only this script installs it; nothing
# else needs it.
if ! "$PY" -c 'import uvloop' 2>/dev/null; then
  say "installing python3-uvloop"
  { apt-get install -y -qq python3-uvloop || { apt-get update -qq && apt-get install -y -qq python3-uvloop; }; } >> "$LOG" 2>&1 || true
fi
HAVE_UVLOOP=0
if "$PY" -c 'import uvloop' 2>/dev/null; then HAVE_UVLOOP=1; fi
meta python "$("$PY" -c 'import sys, platform; print(platform.python_implementation(), sys.version.replace(chr(10), " "))') ($PY, Debian package $(dpkg-query -W -f='${Package} ${Version}' "$(basename "$(readlink -f "$PY")")" 2>/dev/null || echo '?'))"
if [[ $HAVE_UVLOOP == 1 ]]; then
  meta uvloop "$("$PY" -c 'import uvloop; print(uvloop.__version__)') (Debian $(dpkg-query -W -f='${Version}' python3-uvloop 2>/dev/null || echo '?'))"
else
  meta uvloop "not available (apt-get install python3-uvloop failed; see run.log)"
fi

# Build: the current annotations/runtime/processor into the local repository, then the bench jar.
if [[ -z "${SKIP_BUILD:-}" ]]; then
  say "building"
  mvn -B -q install -DskipTests -pl annotations,runtime,processor >> "$LOG" 2>&1
  mvn -B -q -Pbench -DskipTests package -pl bench >> "$LOG" 2>&1
fi
JAR=$ROOT/bench/target/benchmarks.jar
meta built "$(date -u '+%Y-%m-%d %H:%M UTC')"

# Runs a command under a time limit and keeps its RESULT lines.
collect() {
  local limit=$1; shift
  timeout --kill-after=5 "$limit" "$@" 2>>"$LOG" | tee -a "$LOG" | { grep '^RESULT ' || true; } >> "$RESULTS" || say "FAILED or timed out: $*"
}

jmh() {  # jmh JDK_LABEL JAVA REP PATTERN...
  local label=$1 java=$2 rep=$3; shift 3
  say "JMH on JDK $label, repetition $rep"
  timeout --kill-after=10 1200 "$java" -jar "$JAR" "${JMH_ARGS[@]}" -rf json -rff "$OUT/jmh-$label-$rep.json" "$@" >> "$LOG" 2>&1 \
    || say "JMH on JDK $label, repetition $rep: FAILED"
}

# N1: one server, the shared load client, the server killed afterwards (it also ends by itself).
# With PIN set (a CPU number), server and client both run on that one CPU.
n1() {  # n1 LABEL COMMAND...
  local label=$1; shift
  local pin=()
  if [[ -n "${PIN:-}" ]]; then pin=(taskset -c "$PIN"); label="$label-1cpu"; fi
  local srv=$OUT/server-$label-$rep.out
  : > "$srv"
  "${pin[@]}" "$@" > "$srv" 2>&1 &
  local pid=$!
  local port=""
  for _ in $(seq 100); do
    port=$(awk '/^READY/{print $2; exit}' "$srv" 2>/dev/null || true)
    [[ -n "$port" ]] && break
    sleep 0.1
  done
  if [[ -z "$port" ]]; then
    say "N1 $label: the server did not start"; cat "$srv" >> "$LOG"
  else
    collect $((N1_WARMUP + N1_SECONDS + 30)) "${pin[@]}" "$J25" -cp "$JAR" dev.stepwise.bench.EchoLoad "$port" 50 32 "$N1_WARMUP" "$N1_SECONDS" "$pid" "$label" "$(getconf CLK_TCK)"
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

SERVE=$((N1_WARMUP + N1_SECONDS + 20))
for rep in $(seq "$REPS"); do
  say "=== repetition $rep of $REPS (load $(loadavg))"
  echo "load_rep$rep=$(loadavg)" >> "$META"

  # In-JVM figures (JMH): everything on JDK 25, and Stepwise with its JVM baselines on JDK 17.
  jmh 25 "$J25" "$rep" 'GenIteration' 'YieldFromChain' 'Switch\.' 'VirtualThreads' 'AwaitChain\.(resumeInnermost|callSoonReschedule)'
  jmh 17 "$J17" "$rep" 'GenIteration\.(handWrittenIterator|stepwise|kotlinSequence)' 'YieldFromChain' 'Switch\.' 'AwaitChain\.(resumeInnermost|callSoonReschedule)'

  # The Python contenders of G1 and C1.
  say "Python G1 and C1"
  (cd bench/python && collect 300 "$PY" gen_iter.py 10000000 2)
  (cd bench/python && collect 300 "$PY" switches.py asyncio 2)
  if [[ $HAVE_UVLOOP == 1 ]]; then (cd bench/python && collect 300 "$PY" switches.py uvloop 2); fi

  # C3: one process per contender and task count (1 is the baseline subtracted).
  say "C3"
  for n in "${C3_NS[@]}"; do
    collect 120 "$J25" -cp "$JAR" dev.stepwise.bench.MemTasks stepwise "$n"
    collect 120 "$J17" -cp "$JAR" dev.stepwise.bench.MemTasks stepwise "$n"
    collect 120 "$J25" -cp "$JAR" dev.stepwise.bench.MemTasks kotlin "$n"
    collect 120 "$J25" -cp "$JAR" dev.stepwise.bench.MemTasks vthreads "$n"
    (cd bench/python && collect 180 "$PY" mem_tasks.py asyncio "$n")
    if [[ $HAVE_UVLOOP == 1 ]]; then (cd bench/python && collect 180 "$PY" mem_tasks.py uvloop "$n"); fi
  done

  # N1: TCP echo, the same load client against each server.
  say "N1"
  n1 selector "$J25" -cp "$JAR" dev.stepwise.bench.EchoServers selector 0 "$SERVE"
  n1 stepwise "$J25" -cp "$JAR" dev.stepwise.bench.EchoServers stepwise 0 "$SERVE"
  n1 stepwise-jdk17 "$J17" -cp "$JAR" dev.stepwise.bench.EchoServers stepwise 0 "$SERVE"
  n1 netty "$J25" -cp "$JAR" dev.stepwise.bench.EchoServers netty 0 "$SERVE"
  n1 vthreads "$J25" -cp "$JAR" dev.stepwise.bench.EchoServers vthreads 0 "$SERVE"
  n1 asyncio-streams "$PY" bench/python/echo_server.py asyncio streams 0 "$SERVE"
  n1 asyncio-protocol "$PY" bench/python/echo_server.py asyncio protocol 0 "$SERVE"
  if [[ $HAVE_UVLOOP == 1 ]]; then
    n1 uvloop-streams "$PY" bench/python/echo_server.py uvloop streams 0 "$SERVE"
    n1 uvloop-protocol "$PY" bench/python/echo_server.py uvloop protocol 0 "$SERVE"
  fi
  # The same with server and client sharing one core (no contender gets a core of its own).
  say "N1 on one core"
  PIN=0 n1 selector "$J25" -cp "$JAR" dev.stepwise.bench.EchoServers selector 0 "$SERVE"
  PIN=0 n1 stepwise "$J25" -cp "$JAR" dev.stepwise.bench.EchoServers stepwise 0 "$SERVE"
  PIN=0 n1 stepwise-jdk17 "$J17" -cp "$JAR" dev.stepwise.bench.EchoServers stepwise 0 "$SERVE"
  PIN=0 n1 netty "$J25" -cp "$JAR" dev.stepwise.bench.EchoServers netty 0 "$SERVE"
  PIN=0 n1 asyncio-streams "$PY" bench/python/echo_server.py asyncio streams 0 "$SERVE"
  if [[ $HAVE_UVLOOP == 1 ]]; then
    PIN=0 n1 uvloop-protocol "$PY" bench/python/echo_server.py uvloop protocol 0 "$SERVE"
  fi
done

# P1: the processor's compile-time overhead (interleaved within the one process; JDK 17's javac).
say "P1"
if [[ -n "$QUICK" ]]; then P1=(2 1); else P1=(5 3); fi
collect 900 "$J17" -cp "$JAR" dev.stepwise.bench.ProcessorOverhead "$ROOT/bench/target/bench.classpath" "${P1[@]}"

meta load_end "$(loadavg)"
meta duration_s "$(( $(date +%s) - START ))"
say "writing BENCHMARKS.md"
"$PY" bench/report.py "$OUT" > "$ROOT/BENCHMARKS.md"
say "done in $(( ($(date +%s) - START) / 60 )) min: BENCHMARKS.md (raw data in $OUT)"
