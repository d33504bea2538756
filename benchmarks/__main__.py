"""Run the benchmarks and print one table: `python -m benchmarks [name ...]`.

Each name is a module benchmarks/bench_<name>.py; without names, all of them run, each in
its own process so that peak-memory figures do not mix.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

from benchmarks.harness import ROOT, Context, Row, environment, table


def _names() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in ROOT.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--one":
        ctx = Context()
        importlib.import_module(f"benchmarks.bench_{argv[1]}").run(ctx)
        print(json.dumps([r.__dict__ for r in ctx.rows]))
        return 0
    names = argv or _names()
    rows: list[Row] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks", "--one", name],
            check=True,
            capture_output=True,
            text=True,
            cwd=Path(ROOT).parent,
        )
        sys.stderr.write(out.stderr)
        rows += [Row(**r) for r in json.loads(out.stdout.strip().splitlines()[-1])]
    print(f"Environment: {environment()}\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
