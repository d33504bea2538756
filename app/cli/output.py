"""How the command line talks: one clear line per error, progress on the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.errors import N_, InputError
from app.core.progress import Progress


def error(message: str) -> None:
    print(f"tirek: {message}", file=sys.stderr)


def terminal_progress() -> Progress:
    """Progress shown on stderr when it is a terminal, silent otherwise (scripts, CI)."""
    if not sys.stderr.isatty():
        return Progress()

    def report(done: int, total: int, label: str) -> None:
        pct = 100 * done // total if total else 100
        print(f"\r{label:<12} {pct:3d}% ({done}/{total})", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return Progress(report)


def table(headers: list[str], rows: list[list[str]]) -> None:
    """Columns aligned to their widest cell, tab-free so `cut` and eyes both read it."""
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]
    for row in [headers, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def save_path(path: Path, suffixes: tuple[str, ...] = ()) -> Path:
    """`path` if a file can be saved there: in a folder that exists and, when `suffixes`
    are given, with one of them. Checked before any work, so a long print or export does
    not end in a message it could have given at once."""
    if suffixes and path.suffix.lower() not in suffixes:
        raise InputError(
            N_("Save as {kinds} (the file name must end with it)."), kinds=" or ".join(suffixes)
        )
    if not path.parent.is_dir():
        raise InputError(N_("The folder {path} does not exist."), path=path.parent)
    return path
