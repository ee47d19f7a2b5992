#!/usr/bin/env python3
"""Writes BENCHMARKS.md (to stdout) from one bench/run.sh run: bench/target/results/<time>/.

Every cell is the median with min-max over all samples of the run (JMH measurement iterations of
every repetition's fork; each timed Python run; each repetition's process for C3 and N1), and the
ratio of its median to the median of the row's baseline, measured in the same run.
"""
import glob
import json
import os
import re
import statistics
import sys

OUT = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_meta():
    meta = {}
    with open(os.path.join(OUT, "meta.txt")) as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("=")
            meta[k] = v
    return meta


def read_jmh():
    """(jdk, 'Class.method', params tuple) -> list of per-iteration scores (ns/op)."""
    data, info = {}, {}
    for path in sorted(glob.glob(os.path.join(OUT, "jmh-*.json"))):
        jdk = os.path.basename(path).split("-")[1]
        try:
            with open(path) as f:
                entries = json.load(f)
        except (ValueError, OSError):
            continue
        for e in entries:
            name = ".".join(e["benchmark"].split(".")[-2:])
            params = tuple(sorted((e.get("params") or {}).items()))
            vals = [v for fork in e["primaryMetric"]["rawData"] for v in fork]
            data.setdefault((jdk, name, params), []).extend(vals)
            info[jdk] = (e.get("vmName", ""), e.get("vmVersion", ""), e.get("jdkVersion", ""))
    return data, info


def read_results():
    rows = []
    with open(os.path.join(OUT, "results.txt")) as f:
        for line in f:
            if line.startswith("RESULT "):
                rows.append(json.loads(line[7:]))
    return rows


META = read_meta()
JMH, JMH_INFO = read_jmh()
RES = read_results()


def jmh(jdk, name, **params):
    key = (jdk, name, tuple(sorted((k, str(v)) for k, v in params.items())))
    return JMH.get(key, [])


def res(workload, **match):
    return [r for r in RES if r.get("workload") == workload and all(r.get(k) == v for k, v in match.items())]


def med(vals):
    return statistics.median(vals) if vals else None


def num(x):
    if x is None:
        return "—"
    a = abs(x)
    if a >= 1000:
        return f"{x:,.0f}"
    if a >= 100:
        return f"{x:.0f}"
    if a >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def ratio_text(r):
    if r is None:
        return ""
    return f"{r:.2f}x" if r < 10 else f"{r:.0f}x" if r < 1000 else f"{r:,.0f}x"


def cell(vals, base=None, baseline=False):
    """'median (min–max)' and the ratio to the baseline's median; '—' when there is no sample."""
    if not vals:
        return "—"
    m = med(vals)
    s = f"{num(m)} ({num(min(vals))}–{num(max(vals))})"
    if baseline:
        return s + " **1.00x**"
    if base:
        return s + " " + ratio_text(m / base)
    return s


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    return "\n".join(lines)


def rowcells(cols, base_vals):
    """cols: list of sample lists; the ratio of each to base_vals' median."""
    b = med(base_vals)
    return [cell(v, b, baseline=(v is base_vals)) for v in cols]


out = []
TARGETS = []  # (workload, target, measured, met)


def target(workload, text, measured, met):
    TARGETS.append((workload, text, measured, "—" if met is None else ("**met**" if met else "**missed**")))


def r_of(a, b):
    ma, mb = med(a), med(b)
    return None if ma is None or mb is None or mb == 0 else ma / mb


def pom_version(prop):
    with open(os.path.join(ROOT, "bench", "pom.xml")) as f:
        m = re.search(rf"<{prop}>([^<]+)</{prop}>", f.read())
    return m.group(1) if m else "?"


# ---------------------------------------------------------------- header
out.append("# Benchmarks")
out.append("")
out.append(
    f"One full run of `bench/run.sh` (issue 6), started {META.get('started')}, "
    f"{int(META.get('duration_s', '0')) // 60} min, with `{META.get('jmh_args')}` for JMH. Written by `bench/report.py`; raw data in "
    f"`bench/target/results/` of the machine that ran it.")
out.append("")
out.append(
    "Load average (on 2 cores) at the start " + str(META.get('load_start')) + ", at the end "
    + str(META.get('load_end')) + "; per repetition: "
    + "; ".join(f"repetition {k[8:]}: {v}" for k, v in META.items() if k.startswith("load_rep"))
    + ". The benchmark itself loads the machine; a load well above 2 means other work shared it and "
    "absolute times are inflated. What to read is the **ratio** to each row's baseline, measured in "
    "the same run, with contenders interleaved between repetitions.")
out.append("")
out.append("Each cell: median (min–max) over every sample of the run, then the ratio of that median to "
           "the median of the row's baseline (marked **1.00x**). Samples: JMH measurement iterations "
           f"of every repetition's fork ({META.get('reps')} repetitions, JMH `{META.get('jmh_args')}`), "
           "each timed Python run (one warm-up run first, 2 timed runs per repetition), each repetition's process "
           "for C3 and N1.")
out.append("")
out.append("## Setup")
out.append("")
dirty = META.get("dirty", "0").strip()
out.append(f"- Code: commit `{META.get('commit')}`" + (
    f" plus the uncommitted changes then in the work tree under annotations/runtime/processor ({dirty} file(s); "
    "others were editing them)" if dirty not in ("", "0") else "") + ".")
out.append(f"- Machine: {META.get('cpu')}, Linux {META.get('kernel')}.")
out.append(f"- JDK 17: {META.get('jdk17').strip()}; JDK 25: {META.get('jdk25').strip()}.")
out.append(f"- JMH 1.37; Kotlin {pom_version('kotlin.version')}, kotlinx-coroutines "
           f"{pom_version('kotlinx.coroutines.version')}; Netty {pom_version('netty.version')} (bench module only).")
out.append(f"- Python: {META.get('python')}; uvloop: {META.get('uvloop')}.")
out.append("- Flags: JVMs run with their defaults (G1, default heap). The virtual-thread JMH benchmarks run "
           "with `-Djdk.virtualThreadScheduler.parallelism=1` (one carrier, like one event loop); the "
           "virtual-thread C3 and N1 processes use the default scheduler (2 carriers).")
out.append(f"- N1: {META.get('n1')}; the load client is one Java program (JDK 25, its own Selector, one "
           "message in flight per connection) shared by every server; server CPU is utime+stime of "
           "/proc/PID/stat over the measured window. Client and servers share the 2 cores.")
out.append("")

# ---------------------------------------------------------------- G1
out.append("## G1: generator iteration, 10M ints (ns per element)")
out.append("")
out.append("Every JVM contender is consumed by the same `hasNext`/`next` loop summing the ints "
           "(`GenIteration.drain`); the thread hand-offs move 20k ints per invocation through a "
           "`SynchronousQueue`. CPython: `for x in count(n): total += x` with `def count(n): for i in range(n): yield i`. "
           "Ratio: to the hand-written `Iterator<Integer>`.")
out.append("")
hdr = ["JDK", "hand-written Iterator", "Stepwise @Generator", "Kotlin sequence", "platform-thread hand-off",
       "virtual-thread hand-off", "CPython generator"]
py_g1 = [r["ns_per_op"] for r in res("G1", contender="cpython")]
rows = []
for jdk in ("25", "17"):
    base = jmh(jdk, "GenIteration.handWrittenIterator")
    cols = [base, jmh(jdk, "GenIteration.stepwise"), jmh(jdk, "GenIteration.kotlinSequence"),
            jmh(jdk, "GenIteration.platformThreadHandoff"), jmh(jdk, "VirtualThreads.virtualThreadHandoff"),
            py_g1 if jdk == "25" else []]
    rows.append([jdk] + rowcells(cols, base))
out.append(table(hdr, rows))
out.append("")
for jdk in ("25", "17"):
    sw, it, kt = jmh(jdk, "GenIteration.stepwise"), jmh(jdk, "GenIteration.handWrittenIterator"), jmh(jdk, "GenIteration.kotlinSequence")
    r = r_of(sw, it)
    target("G1", f"≤ 2x the hand-written iterator (JDK {jdk})", f"{ratio_text(r)}", None if r is None else r <= 2)
    r = r_of(sw, kt)
    target("G1", f"faster than Kotlin's sequence (JDK {jdk})", f"Stepwise/Kotlin {ratio_text(r)}", None if r is None else r < 1)
    r = r_of(py_g1, sw)
    target("G1", f"≥ 10x faster than CPython (JDK {jdk})", f"CPython/Stepwise {ratio_text(r)}", None if r is None else r >= 10)

# ---------------------------------------------------------------- G2
out.append("## G2: `Yield.from` chain (ns per element)")
out.append("")
out.append("A chain of `depth` `@Generator`s, each `Yield.from` the next; the innermost yields 1M ints. "
           "Ratio: to depth 1 of the same JDK. Flat means depth 100 within 1.25x of depth 1.")
out.append("")
rows = []
for d in ("1", "10", "100"):
    row = [d]
    for jdk in ("25", "17"):
        base = jmh(jdk, "YieldFromChain.stepwise", depth=1)
        v = jmh(jdk, "YieldFromChain.stepwise", depth=d)
        row.append(cell(v, med(base), baseline=(d == "1" and bool(v))))
    rows.append(row)
out.append(table(["depth", "Stepwise, JDK 25", "Stepwise, JDK 17"], rows))
out.append("")
for jdk in ("25", "17"):
    r = r_of(jmh(jdk, "YieldFromChain.stepwise", depth=100), jmh(jdk, "YieldFromChain.stepwise", depth=1))
    target("G2", f"flat in depth (depth 100 / depth 1 ≤ 1.25, JDK {jdk})", ratio_text(r), None if r is None else r <= 1.25)

# ---------------------------------------------------------------- C1
out.append("## C1: `await sleep(0)` switches (ns per switch)")
out.append("")
out.append("`tasks` tasks each switching 500,000/`tasks` times, created, run and gathered per invocation on a "
           "loop kept across invocations. Stepwise: `await(Aio.sleep(0))`; Kotlin: `yield()` in coroutines "
           "`launch`ed in `runBlocking` (single-threaded event loop); virtual threads: `Thread.yield()` on one "
           "carrier; asyncio/uvloop: `await asyncio.sleep(0)` under `asyncio.gather`. Ratio: to Stepwise on JDK 25 "
           "(above 1 means slower than Stepwise).")
out.append("")
rows = []
for t in (1, 100, 10000):
    base = jmh("25", "Switch.stepwise", tasks=t)
    cols = [base, jmh("17", "Switch.stepwise", tasks=t), jmh("25", "Switch.kotlinYield", tasks=t),
            jmh("17", "Switch.kotlinYield", tasks=t), jmh("25", "VirtualThreads.threadYield", tasks=t),
            [r["ns_per_op"] for r in res("C1", contender="asyncio", tasks=t)],
            [r["ns_per_op"] for r in res("C1", contender="uvloop", tasks=t)]]
    rows.append([f"{t:,}"] + rowcells(cols, base))
out.append(table(["tasks", "Stepwise, JDK 25", "Stepwise, JDK 17", "Kotlin yield(), JDK 25", "Kotlin yield(), JDK 17",
                  "virtual threads Thread.yield, JDK 25", "asyncio", "uvloop"], rows))
out.append("")
for t in (1, 100, 10000):
    for jdk in ("25", "17"):
        sw = jmh(jdk, "Switch.stepwise", tasks=t)
        r = r_of(sw, jmh(jdk, "Switch.kotlinYield", tasks=t))
        target("C1", f"≤ Kotlin's, {t:,} tasks (JDK {jdk})", f"Stepwise/Kotlin {ratio_text(r)}", None if r is None else r <= 1)
        r = r_of([x["ns_per_op"] for x in res("C1", contender="asyncio", tasks=t)], sw)
        target("C1", f"≥ 30x faster than asyncio, {t:,} tasks (JDK {jdk})", f"asyncio/Stepwise {ratio_text(r)}", None if r is None else r >= 30)

# ---------------------------------------------------------------- C2
out.append("## C2: await chain, innermost suspends (ns per resume)")
out.append("")
out.append("`AwaitChain.resumeInnermost`: a task runs a chain of `depth` `@Coroutine`s whose innermost awaits "
           "`sleep(0)` 10,000 times; `callSoonReschedule` is a bare trip through the loop, the floor (see "
           "bench/README.md). Ratio: to depth 1 of the same JDK.")
out.append("")
rows = []
for d in ("1", "10", "100"):
    row = [d]
    for jdk in ("25", "17"):
        base = jmh(jdk, "AwaitChain.resumeInnermost", depth=1)
        v = jmh(jdk, "AwaitChain.resumeInnermost", depth=d)
        row.append(cell(v, med(base), baseline=(d == "1" and bool(v))))
    rows.append(row)
row = ["bare `callSoon` trip"]
for jdk in ("25", "17"):
    row.append(cell(jmh(jdk, "AwaitChain.callSoonReschedule"), med(jmh(jdk, "AwaitChain.resumeInnermost", depth=1))))
rows.append(row)
out.append(table(["depth", "JDK 25", "JDK 17"], rows))
out.append("")
for jdk in ("25", "17"):
    r = r_of(jmh(jdk, "AwaitChain.resumeInnermost", depth=100), jmh(jdk, "AwaitChain.resumeInnermost", depth=1))
    target("C2", f"flat in depth (depth 100 / depth 1 ≤ 1.25, JDK {jdk})", ratio_text(r), None if r is None else r <= 1.25)

# ---------------------------------------------------------------- C3
C3_COLS = [("Stepwise, JDK 25", "stepwise", "25"), ("Stepwise, JDK 17", "stepwise", "17"),
           ("Kotlin launch+delay, JDK 25", "kotlin", "25"), ("virtual threads, JDK 25", "vthreads", "25"),
           ("asyncio", "asyncio", None), ("uvloop", "uvloop", None)]


def c3(contender, jdk, n, metric):
    def pick(nn):
        rs = res("C3", contender=contender, n=nn)
        if jdk is not None:
            rs = [r for r in rs if str(r.get("jdk", "")).split(".")[0].split("+")[0] == jdk]
        return rs
    if metric == "spawn":
        return [r["spawn_ns"] / 1e6 for r in pick(n)]
    base = med([r[metric] for r in pick(1)])
    if base is None:
        return []
    return [(r[metric] - base) / n for r in pick(n)]


out.append("## C3: tasks each sleeping 1 s: memory per task and spawn time")
out.append("")
out.append("One process per contender, task count and repetition (JDK 25 unless marked). Each spawns N tasks "
           "sleeping 1 s, yields once so that all have started, then measures and exits with them still asleep. "
           "Bytes per task = (value with N − median value with 1 task) / N. JVM live memory: heap used after "
           "`System.gc()`; Python: RSS after `gc.collect()` (CPython has no separate heap figure). Peak: VmHWM "
           "(for a JVM it includes garbage not yet collected and heap sizing, so it overstates). Spawn: from "
           "before the first spawn until all have started (cold JVM: includes JIT warm-up). Ratio: to Stepwise "
           "on JDK 25 (above 1 means more than Stepwise).")
out.append("")
NS = sorted({r["n"] for r in res("C3")} - {1})
for title, metric, unit in (("live memory per task", "live", "bytes"), ("peak RSS per task", "peak_rss", "bytes"),
                            ("spawn time", "spawn", "ms")):
    rows = []
    for n in NS:
        cols = []
        for _, c, jdk in C3_COLS:
            m = metric
            if metric == "live":
                m = "rss" if jdk is None else "heap_after_gc"
            cols.append(c3(c, jdk, n, m))
        rows.append([f"{n:,}"] + rowcells(cols, cols[0]))
    out.append(f"**{title}** ({unit})")
    out.append("")
    out.append(table(["tasks"] + [c[0] for c in C3_COLS], rows))
    out.append("")
not_alive = [r for r in res("C3") if r.get("alive") != r.get("n")]
if not_alive:
    groups = {}
    for r in not_alive:
        groups.setdefault((r["contender"], r["n"]), []).append(r["alive"])
    out.append("Some processes measured with tasks already finished, because spawning took longer than the "
               "1 s sleep (their bytes per task are therefore understated; peak RSS is the fairer figure): " +
               "; ".join(f"{c} {n:,}: {min(a):,}–{max(a):,} of {n:,} still asleep in {len(a)} of the runs"
                         for (c, n), a in groups.items()) + ".")
else:
    out.append("Every process measured with all N tasks still asleep.")
out.append("")
for n in NS:
    for jdk in ("25", "17"):
        v = c3("stepwise", jdk, n, "heap_after_gc")
        m = med(v)
        target("C3", f"≤ 250 bytes per task (live heap), {n:,} tasks (JDK {jdk})", f"{num(m)} B", None if m is None else m <= 250)
        v = c3("stepwise", jdk, n, "peak_rss")
        m = med(v)
        target("C3", f"≤ 250 bytes per task (peak RSS), {n:,} tasks (JDK {jdk})", f"{num(m)} B", None if m is None else m <= 250)
for jdk in ("25", "17"):
    v = c3("stepwise", jdk, 1000000, "spawn")
    m = med(v)
    target("C3", f"spawning 1M in under 1 s (JDK {jdk})", f"{num(m)} ms", None if m is None else m < 1000)

# ---------------------------------------------------------------- N1
N1_COLS = [("hand-written Selector", "selector"), ("Stepwise streams, JDK 25", "stepwise"),
           ("Stepwise streams, JDK 17", "stepwise-jdk17"), ("Netty one loop", "netty"),
           ("virtual threads, blocking", "vthreads"), ("asyncio streams", "asyncio-streams"),
           ("asyncio protocol", "asyncio-protocol"), ("uvloop streams", "uvloop-streams"),
           ("uvloop protocol", "uvloop-protocol")]
out.append("## N1: TCP echo on 127.0.0.1, 50 connections, 32-byte messages")
out.append("")
out.append("The same Java load client against each server (Java servers on JDK 25 unless marked). Ratio: to the "
           "hand-written single-thread `Selector` echo, the floor (above 1 means more than the floor).")
out.append("")
rows = []
for title, key in (("round trips per second", "rt_per_s"), ("round trips per server CPU-second", "rt_per_cpu_s"),
                   ("server CPU-seconds per second", "cpu_share")):
    cols = []
    for _, label in N1_COLS:
        rs = res("N1", contender=label)
        if key == "cpu_share":
            cols.append([r["server_cpu_s"] / r["seconds"] for r in rs])
        else:
            cols.append([r[key] for r in rs])
    rows.append([title] + rowcells(cols, cols[0]))
out.append(table([""] + [c[0] for c in N1_COLS], rows))
out.append("")


N1_ONE_CORE_COLS = [("hand-written Selector", "selector-1cpu"), ("Stepwise streams, JDK 25", "stepwise-1cpu"),
                    ("Stepwise streams, JDK 17", "stepwise-jdk17-1cpu"), ("Netty one loop", "netty-1cpu"),
                    ("asyncio streams", "asyncio-streams-1cpu"), ("uvloop protocol", "uvloop-protocol-1cpu")]
out.append("### N1 with server and client on one core")
out.append("")
out.append("The same, with the server and the load client both pinned to CPU 0 (`taskset -c 0`): each round trip "
           "pays for the client's work too, so no server gets a core of its own. Ratio: to the hand-written "
           "`Selector` echo.")
out.append("")
rows = []
for title, key in (("round trips per second", "rt_per_s"), ("round trips per server CPU-second", "rt_per_cpu_s")):
    cols = [[r[key] for r in res("N1", contender=label)] for _, label in N1_ONE_CORE_COLS]
    rows.append([title] + rowcells(cols, cols[0]))
out.append(table([""] + [c[0] for c in N1_ONE_CORE_COLS], rows))
out.append("")


def n1(label, key="rt_per_cpu_s"):
    return [r[key] for r in res("N1", contender=label)]


for lab, jdk in (("stepwise", "25"), ("stepwise-jdk17", "17")):
    for key, what in (("rt_per_cpu_s", "per server CPU-second"), ("rt_per_s", "per second")):
        r = r_of(n1(lab, key), n1("netty", key))
        target("N1", f"≥ Netty's, round trips {what} (JDK {jdk})", f"Stepwise/Netty {ratio_text(r)}", None if r is None else r >= 1)
        r = r_of(n1(lab, key), n1("selector", key))
        target("N1", f"≥ 0.9x the hand-written selector, round trips {what} (JDK {jdk})", f"Stepwise/selector {ratio_text(r)}",
               None if r is None else r >= 0.9)
for lab, jdk in (("stepwise-1cpu", "25"), ("stepwise-jdk17-1cpu", "17")):
    r = r_of(n1(lab, "rt_per_s"), n1("netty-1cpu", "rt_per_s"))
    target("N1", f"≥ Netty's, round trips per second, one core (JDK {jdk})", f"Stepwise/Netty {ratio_text(r)}",
           None if r is None else r >= 1)
    r = r_of(n1(lab, "rt_per_s"), n1("selector-1cpu", "rt_per_s"))
    target("N1", f"≥ 0.9x the hand-written selector, round trips per second, one core (JDK {jdk})",
           f"Stepwise/selector {ratio_text(r)}", None if r is None else r >= 0.9)

# ---------------------------------------------------------------- P1
out.append("## P1: processor overhead (compile time, ms)")
out.append("")
out.append("100 annotated methods (10 `@Generator` and 10 `@Coroutine` interfaces of 5 methods each: loops, "
           "try/finally or try/catch, `Yield.from`/`await` of a sibling) compiled by JDK 17's javac with the "
           "Stepwise processor, and the same sources with `-proc:none`. Warm: the Compiler API in one JVM after 3 "
           "warm-up pairs; cold: a fresh `javac` process each time; with and without interleaved. Ratio: to "
           "without the processor.")
out.append("")
rows = []
for mode in ("warm", "cold"):
    base = [r["ms"] for r in res("P1", mode=mode, contender="no-processor")]
    cols = [base, [r["ms"] for r in res("P1", mode=mode, contender="processor")]]
    rows.append([mode] + rowcells(cols, base))
    r = r_of(cols[1], base)
    target("P1", f"processor overhead under 2x ({mode})", ratio_text(r), None if r is None else r < 2)
out.append(table(["", "without the processor", "with the processor"], rows))
out.append("")

# ---------------------------------------------------------------- targets
out.append("## Targets (issue 6)")
out.append("")
out.append(table(["workload", "target", "measured (ratio of medians)", ""], [list(t) for t in TARGETS],
                 align=["---", "---", "---", "---"]))
out.append("")
findings = os.path.join(ROOT, "bench", "FINDINGS.md")
if os.path.exists(findings):
    with open(findings) as f:
        out.append(f.read().rstrip())
    out.append("")
out.append("## Reproduce")
out.append("")
out.append("```\nbench/run.sh\n```")
out.append("")
out.append("It installs `python3-uvloop` if it can, builds annotations/runtime/processor and the bench module "
           "(`-Pbench`), runs everything, and rewrites this file. `REPS=1 QUICK=1 bench/run.sh` is a few-minute "
           "smoke run.")
print("\n".join(out))
