"""The sign-in sheet a trainer prints before a session and types in afterwards.

Enrolled people are pre-printed in the attendance grid's order (so typing the ticks in
is a walk down one column), with the donor's fields; blank rows for walk-ins fill the
last page. Every page repeats the heading and the column titles and says "page X of Y".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from app.core.access_log import record_access
from app.core.models import Session, Training
from app.core.rights import require
from app.core.services.common import require_row
from app.core.services.trainings import list_participants
from app.core.store import Store
from app.documents import labels
from app.documents.fonts import SANS, SANS_BOLD, register_fonts
from app.documents.labels import word
from app.documents.layout import fit, writing

PAGE = A4
MARGIN = 30
ROW = 18.5
HEAD = 26
INK = HexColor("#1F2A44")
RULE = HexColor("#8A93A3")
SHADE = HexColor("#EEF2F4")
# (key, width): 535 points across an A4 page inside the margins.
COLUMNS = (
    ("no", 24),
    ("full_name", 176),
    ("sex", 38),
    ("age_band", 42),
    ("category", 92),
    ("consent", 40),
    ("signature", 123),
)


def _heading(c: Canvas, lang: str, facts: dict[str, Any], page: int, pages: int) -> float:
    w, h = PAGE
    c.setFillColor(INK)
    y = h - MARGIN
    c.setFont(SANS_BOLD, 14)
    c.drawString(MARGIN, y - 14, word(lang, "sheet"))
    c.setFont(SANS, 8)
    c.drawRightString(
        w - MARGIN,
        y - 10,
        labels.WORDS["page"][labels.parts(lang)[0]].format(page=page, pages=pages),
    )
    y -= 24
    label = f"{word(lang, 'training')}: "
    indent = c.stringWidth(label, SANS, 8)
    size, lines = fit(facts["title"], SANS_BOLD, w - 2 * MARGIN - indent, 10.5, 8, 2)
    c.setFont(SANS, 8)
    c.drawString(MARGIN, y - size, label)
    c.setFont(SANS_BOLD, size)
    for line in lines:
        c.drawString(MARGIN + indent, y - size, line)
        y -= size * 1.2
    y -= 4
    lines_below = (
        f"{word(lang, 'date')}: {facts['date']}",
        f"{word(lang, 'venue')}: {facts['venue']}",
    )
    for text in lines_below:
        size, lines = fit(text, SANS, w - 2 * MARGIN, 9, 7, 2)
        c.setFont(SANS, size)
        for line in lines:
            c.drawString(MARGIN, y - size, line)
            y -= size * 1.25
    return float(y - 8)


def _header_row(c: Canvas, lang: str, y: float) -> float:
    x = MARGIN
    c.setFillColor(SHADE)
    c.rect(MARGIN, y - HEAD, sum(w for _, w in COLUMNS), HEAD, stroke=0, fill=1)
    c.setFillColor(INK)
    for key, width in COLUMNS:
        lines = word(lang, key, sep="\n").split("\n")
        for i, line in enumerate(lines):
            size, parts = fit(line, SANS_BOLD, width - 5, 7.5, 5, 1)
            c.setFont(SANS_BOLD, size)
            c.drawString(x + 3, y - 10 - i * 9, parts[0] if len(parts) == 1 else line)
        x += width
    return y - HEAD


def _row(c: Canvas, lang: str, y: float, n: int, p: Any | None, on: Any) -> None:
    x = MARGIN
    cells = ["" for _ in COLUMNS]
    cells[0] = str(n)
    if p is not None:
        cells[1] = p.full_name
        cells[2] = labels.code(lang, p.sex)
        cells[3] = labels.age_band(p.birth_year, on)
        cells[4] = labels.code(lang, p.category)
    c.setFillColor(INK)
    for i, (key, width) in enumerate(COLUMNS):
        text = cells[i]
        if key == "consent":
            c.setFont(SANS, 11)
            c.drawCentredString(x + width / 2, y - ROW + 6, "☐")
        elif text:
            font = SANS_BOLD if key == "full_name" else SANS
            size, lines = fit(text, font, width - 6, 9 if key == "full_name" else 7.5, 6, 2)
            c.setFont(font, size)
            top = y - (ROW - len(lines) * size * 1.1) / 2 - size * 0.85
            for j, line in enumerate(lines):
                c.drawString(x + 3, top - j * size * 1.1, line)
        x += width
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.line(MARGIN, y - ROW, x, y - ROW)


def _grid(c: Canvas, top: float, bottom: float) -> None:
    x = MARGIN
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    for _, width in COLUMNS:
        c.line(x, top, x, bottom)
        x += width
    c.line(x, top, x, bottom)
    c.line(MARGIN, top, x, top)


def session_facts(store: Store, session_id: str) -> tuple[dict[str, Any], tuple[Any, ...]]:
    with store.read() as s:
        require_row(s, Session, session_id, "session")
        sess = s.get_one(Session, session_id)
        t = s.execute(select(Training).where(Training.id == sess.training_id)).scalar_one()
        people = list_participants(s, t.id)
        facts = {
            "title": t.title,
            "venue": t.venue or "",
            "day": sess.date,
            "topic": sess.topic,
            "time": sess.start_time,
        }
    return facts, people


def write_signin_sheet(
    store: Store, session_id: str, out: Path, lang: str = "ru", walk_ins: int = 6
) -> Path:
    """A sign-in sheet for one session, saved as PDF at `out`. Returns `out`."""
    require(store, "print_training_papers")
    register_fonts()
    facts, people = session_facts(store, session_id)
    day = facts["day"]
    when = labels.day(labels.parts(lang)[0], day)
    if facts["time"] is not None:
        when += f", {facts['time'].strftime('%H:%M')}"
    if facts["topic"]:
        when += f" — {facts['topic']}"
    facts["date"] = when
    # Rows per page are fixed, so the page count is known before drawing: no second pass.
    probe = Canvas(os.devnull, pagesize=PAGE, initialFontName=SANS)
    body_top = _heading(probe, lang, facts, 1, 1) - HEAD
    per_page = int((body_top - MARGIN - 26) // ROW)
    rows = len(people) + walk_ins
    pages = max(1, -(-rows // per_page))
    rows = pages * per_page  # blank rows fill the last page
    with writing(out) as tmp:
        _draw(tmp, lang, facts, people, day, pages, per_page, rows)
    record_access(store, "print", f"sign-in sheet: {out.name}", [p.person_id for p in people])
    return out


def _draw(
    tmp: Path,
    lang: str,
    facts: dict[str, Any],
    people: tuple[Any, ...],
    day: Any,
    pages: int,
    per_page: int,
    rows: int,
) -> None:
    c = Canvas(str(tmp), pagesize=PAGE, pageCompression=1, initialFontName=SANS)
    c.setTitle(f"{word(lang, 'sheet')}: {facts['title']}")
    c.setCreator("Tirek")
    for page in range(pages):
        y = _heading(c, lang, facts, page + 1, pages)
        top = y
        y = _header_row(c, lang, y)
        for i in range(page * per_page, (page + 1) * per_page):
            if i >= rows:
                break
            _row(c, lang, y, i + 1, people[i] if i < len(people) else None, day)
            y -= ROW
        _grid(c, top, y)
        c.setFont(SANS, 7)
        c.setFillColor(INK)
        c.drawString(MARGIN, y - 11, word(lang, "consent_note"))
        c.drawString(MARGIN, y - 20, word(lang, "walk_ins"))
        c.showPage()
    c.save()
