"""A small harness: time and peak memory of a step, a table beside a raw baseline.

Each benchmark module `benchmarks/bench_<name>.py` defines `run(ctx: Context) -> None`
and records rows with `ctx.row(...)`. The large demo installation is built once and
cached in benchmarks/.data/large (it takes a couple of minutes); benchmarks that write
copy it first.
"""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
DATA = ROOT / ".data"


@dataclass
class Row:
    benchmark: str
    measure: str
    value: float
    unit: str
    baseline: float | None = None
    aim: str = ""

    @property
    def ratio(self) -> str:
        if not self.baseline:
            return ""
        return f"{self.value / self.baseline:.2f}x"


@dataclass
class Context:
    rows: list[Row] = field(default_factory=list)

    def row(
        self,
        benchmark: str,
        measure: str,
        value: float,
        unit: str,
        baseline: float | None = None,
        aim: str = "",
    ) -> None:
        self.rows.append(Row(benchmark, measure, value, unit, baseline, aim))
        print(f"  {benchmark}: {measure} = {value:.3f} {unit}", file=sys.stderr, flush=True)


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Median wall time in seconds over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run a command; return (seconds, peak memory MB of the child)."""
    t = time.perf_counter()
    subprocess.run(args, check=True, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def time_to_line(args: list[str], marker: str, env: dict[str, str] | None = None) -> float:
    """Run a command; return the seconds until it prints a line starting with `marker`
    (a window painted), whatever it does after that (an orderly exit waits for the work
    a real session would go on with, which is not start-up)."""
    t = time.perf_counter()
    with subprocess.Popen(
        args, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        # A window waiting for an answer (a passphrase asked) would wait forever.
        watchdog = threading.Timer(120, child.kill)
        watchdog.start()
        seconds = None
        for line in child.stdout:
            if seconds is None and line.startswith(marker):
                seconds = time.perf_counter() - t
        watchdog.cancel()
        if child.wait() != 0 or seconds is None:
            raise RuntimeError(f"{args[:3]} ended with {child.returncode} before {marker!r}")
    return seconds


def large_home() -> Path:
    """The cached `demo --scale large` installation (built on first use)."""
    home = DATA / "large"
    if (home / "READY").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    tirek = [sys.executable, "-m", "app", "--home", str(home)]
    subprocess.run([*tirek, "init", "--device-name", "Bench-Large"], check=True)
    subprocess.run([*tirek, "demo", "--scale", "large", "--seed", "1"], check=True)
    (home / "READY").write_text("ok")
    return home


def copy_home(src: Path, name: str) -> Path:
    dst = DATA / name
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    return dst


def environment() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import sqlite3

    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{mem}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def table(rows: list[Row]) -> str:
    out = ["| benchmark | measure | value | baseline | ratio | aim |", "|---|---|---|---|---|---|"]
    for r in rows:
        base = f"{r.baseline:.3f} {r.unit}" if r.baseline is not None else ""
        out.append(
            f"| {r.benchmark} | {r.measure} | {r.value:.3f} {r.unit} | {base} | "
            f"{r.ratio} | {r.aim} |"
        )
    return "\n".join(out)
