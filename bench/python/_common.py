"""Shared bits of the Python contenders: the RESULT line, the event loop choice, /proc readings."""
import json
import platform
import sys


def result(**fields):
    """Prints one machine-readable line for bench/report.py."""
    fields.setdefault("python", platform.python_implementation() + " " + platform.python_version())
    print("RESULT " + json.dumps(fields), flush=True)


def install_loop(name):
    """'asyncio' keeps the default loop; 'uvloop' installs uvloop's policy (Debian's python3-uvloop)."""
    if name == "uvloop":
        import asyncio
        import uvloop
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
        return "uvloop " + uvloop.__version__
    if name != "asyncio":
        sys.exit("loop must be asyncio or uvloop, not " + name)
    return "asyncio"


def status_bytes(key):
    """VmRSS/VmHWM of /proc/self/status, in bytes."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    return -1
