"""What the bundle is made from, and one digest over it.

The bundle is rebuilt when the digest of its inputs differs from the one it was built from
(`dist/tirek-inputs.sha256`), and its smoke test runs again only when the digest differs
from the last one it passed with (`tests/bundle/passed-with.sha256`). That record is kept
in git: commit it after `make bundle-smoke` passes, and a fresh clone (CI) with the same
inputs skips the build and the smoke test (a few minutes); a change to any input makes CI
build and run it. `TIREK_BUNDLE_SMOKE=always` (what `make bundle-smoke` sets) runs it
regardless. Only files git would commit count (not the compiled catalogues, caches or the
virtual environment), so the digest is the same on every clone.
"""

from __future__ import annotations

import functools
import hashlib
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A change to any of these can change the bundle.
SOURCES = ("app", "db", "resources", "build_spec", "pyproject.toml", "requirements.lock")
BUILT_FROM = ROOT / "dist" / "tirek-inputs.sha256"
PASSED_WITH = ROOT / "tests" / "bundle" / "passed-with.sha256"
FORCE_ENV = "TIREK_BUNDLE_SMOKE"


def _files() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", *SOURCES],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: every file
        return _all_files()
    return sorted(ROOT / name for name in listed.decode().split("\0") if (ROOT / name).is_file())


def _all_files() -> list[Path]:
    found: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        for f in [path] if path.is_file() else path.rglob("*"):
            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc":
                found.append(f)
    return sorted(found)


@functools.cache
def digest() -> str:
    """SHA-256 over every input file's path and content (computed once per test run)."""
    h = hashlib.sha256()
    for f in _files():
        h.update(f.relative_to(ROOT).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def recorded(stamp: Path) -> str | None:
    try:
        return stamp.read_text(encoding="ascii").strip()
    except OSError:
        return None


def record(stamp: Path) -> None:
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(digest() + "\n", encoding="ascii")
