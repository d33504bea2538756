"""Where printouts go: a name from the training (or meeting) and its date, in the folder
the user chose once, never over an existing file.

The window proposes `suggested(...)`; when the user picks another folder it is kept in
settings.ini ([printouts] folder) for every later printout. Names keep Kyrgyz and Russian
letters (every system Tirek runs on stores them); only characters no file system accepts
are replaced.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from pathlib import Path

from app.core import settings
from app.core.paths import Home

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
LIMIT = 120  # characters of the name: deep folders on Windows stay under 260


def folder(home: Home) -> Path:
    """The folder chosen once for printouts; the user's Documents (or home) before that."""
    chosen = settings.get(home, "printouts", "folder")
    if chosen:
        return Path(chosen)
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def remember_folder(home: Home, path: Path) -> None:
    """Keep the folder of a printout the user placed somewhere else (not on failure)."""
    where = path if path.is_dir() else path.parent
    if str(where) != settings.get(home, "printouts", "folder"):
        # A read-only settings file: the next printout simply proposes the old folder.
        with contextlib.suppress(OSError):
            settings.put(home, "printouts", "folder", str(where))


def file_name(kind: str, title: str, day: date | str | None = None, suffix: str = ".pdf") -> str:
    """E.g. "Сертификаттар - Аялдардын укуктары - 2026-03-10.pdf"."""
    parts = [kind, title, day.isoformat() if isinstance(day, date) else (day or "")]
    words = [" ".join(_UNSAFE.sub(" ", p).split()).strip(". ") for p in parts]
    stem = " - ".join(w for w in words if w)[:LIMIT].rstrip(" .-") or "Tirek"
    return stem + suffix


def unused(path: Path) -> Path:
    """`path`, or "name (2).pdf", "name (3).pdf", ... : the first that does not exist."""
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def suggested(
    home: Home, kind: str, title: str, day: date | str | None = None, suffix: str = ".pdf"
) -> Path:
    """Where the next printout of this kind goes unless the user says otherwise."""
    return unused(folder(home) / file_name(kind, title, day, suffix))
