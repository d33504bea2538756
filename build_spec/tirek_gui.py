"""Entry of the frozen `tirek-gui` executable (no console window on Windows).

A windowed Windows program has no stdout/stderr; the CLI's one-line error messages
would then fail, so they go to the null device (details are in the log file anyway).
"""

import os
import sys

if sys.stdout is None or sys.stderr is None:  # pragma: no cover - Windows windowed build
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink

from app.cli.main import main

# Any command-line arguments (e.g. --home DIR) pass through; no command means the window.
sys.exit(main())
