"""Text that must fit: shrink first, then wrap, never cut."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.core.atomic import replacing
from app.core.errors import N_, InputError


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` (a word longer than a line is split)."""
    lines: list[str] = []
    line = ""
    for w in text.split():
        candidate = f"{line} {w}" if line else w
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while stringWidth(w, font, size) > width:  # a very long word: split it, keep it all
            cut = len(w)
            while cut > 1 and stringWidth(w[:cut], font, size) > width:
                cut -= 1
            lines.append(w[:cut])
            w = w[cut:]
        line = w
    if line:
        lines.append(line)
    return lines or [""]


def fit(
    text: str, font: str, width: float, size: float, min_size: float, max_lines: int
) -> tuple[float, list[str]]:
    """The largest size (down to `min_size`) at which `text` fits in `max_lines` lines.

    If even `min_size` needs more lines, those lines are returned all the same: a name is
    never cut short.
    """
    s = size
    while True:
        lines = wrap(text, font, s, width)
        if len(lines) == 1 and stringWidth(text, font, s) <= width:
            return s, lines
        if len(lines) <= max_lines and s < size:  # already shrunk once: accept wrapping
            return s, lines
        if s - 0.5 < min_size:
            return s, lines
        s -= 0.5


@contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Write `path` through a temporary file: a failed or stopped print leaves no half PDF,
    and a disk or permission problem becomes a message, not a traceback."""
    try:
        with replacing(path, private=True, synced=False) as tmp:  # names: this user's only
            yield tmp
    except OSError as err:
        raise InputError(
            N_("Cannot save {path}: {reason}"), field="out", path=path, reason=err.strerror or err
        ) from err
