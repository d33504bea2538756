"""Minutes of an approved meeting as PDF: agenda, attendees, minutes, decisions, actions,
and who approved them when. Unapproved minutes are not printed: a printout is a record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from app.core.errors import N_, InputError
from app.core.services.meetings import ActionItemRow, MeetingDetails, get_meeting
from app.core.store import Store
from app.documents import labels
from app.documents.fonts import SANS, register_fonts
from app.documents.labels import word
from app.documents.layout import writing
from app.documents.pdf_style import BOLD, RULE, paragraph_styles, ruled_table
from app.documents.pdf_style import para as _p


def _styles() -> dict[str, ParagraphStyle]:
    return paragraph_styles(
        (10, 14), (16, 20), (12, 16), small=(8.5, 11), cell=(9, 11.5), head=(9, 11.5, BOLD)
    )


def _table(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle]) -> Table:
    return ruled_table(rows, widths, st["head"], st["cell"])


def _actions(lang: str, items: tuple[ActionItemRow, ...], st: dict[str, ParagraphStyle]) -> Table:
    rows = [[word(lang, k) for k in ("action", "owner", "due", "status")]]
    for a in items:
        due = labels.day(labels.parts(lang)[0], a.due_date) if a.due_date else ""
        rows.append([a.text, a.owner_name or "", due, labels.code(lang, a.status)])
    return _table(rows, [250, 120, 70, 75], st)


def story(m: MeetingDetails, lang: str) -> list[Flowable]:
    st = _styles()
    v = m.values
    first = labels.parts(lang)[0]
    out: list[Flowable] = [
        _p(word(lang, "minutes_title"), st["small"]),
        _p(str(v["title"]), st["title"]),
        Spacer(1, 4),
    ]
    facts = [(word(lang, "date"), labels.day(first, v["date"]))]
    if v.get("place"):
        facts.append((word(lang, "place"), str(v["place"])))
    if v.get("series"):
        facts.append((word(lang, "series"), str(v["series"])))
    out.append(_p("\n".join(f"{k}: {x}" for k, x in facts), st["body"]))
    if v.get("agenda"):
        out += [_p(word(lang, "agenda"), st["h2"]), _p(str(v["agenda"]), st["body"])]
    out.append(_p(f"{word(lang, 'attendees')} ({len(m.attendees)})", st["h2"]))
    rows = [
        [word(lang, "no"), word(lang, "full_name"), word(lang, "role"), word(lang, "organisation")]
    ]
    for i, a in enumerate(m.attendees, 1):
        role = a.role or ""
        if a.is_guest:
            role = f"{role} ({word(lang, 'guest')})" if role else word(lang, "guest")
        rows.append([str(i), a.name, role, a.organisation or ""])
    out.append(_table(rows, [26, 190, 140, 159], st))
    out.append(_p(word(lang, "minutes"), st["h2"]))
    for para in str(v.get("minutes") or "").split("\n\n"):
        out += [_p(para.strip(), st["body"]), Spacer(1, 4)]
    out.append(_p(word(lang, "decisions"), st["h2"]))
    if m.decisions:
        for i, d in enumerate(m.decisions, 1):
            out.append(_p(f"{i}. {d.text}", st["body"]))
    else:
        out.append(_p(word(lang, "none"), st["body"]))
    out.append(_p(word(lang, "actions"), st["h2"]))
    out.append(
        _actions(lang, m.action_items, st) if m.action_items else _p(word(lang, "none"), st["body"])
    )
    if m.carried_over:
        out += [_p(word(lang, "carried"), st["h2"]), _actions(lang, m.carried_over, st)]
    assert m.approved_at is not None
    when = f"{labels.day(first, m.approved_at.date())} {m.approved_at.strftime('%H:%M')} UTC"
    out += [
        Spacer(1, 16),
        _p(labels.WORDS["approved"][first].format(who=m.approved_by or "", when=when), st["head"]),
    ]
    return out  # fmt: skip


def _footer(lang: str, title: str) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(RULE)
        canvas.drawString(40, 24, title[:110])
        canvas.drawRightString(A4[0] - 40, 24, str(doc.page))
        canvas.restoreState()

    return draw


def write_minutes(store: Store, meeting_id: str, out: Path, lang: str = "ru") -> Path:
    """The approved minutes of a meeting as PDF at `out`; unapproved minutes are refused."""
    m = get_meeting(store, meeting_id)
    if not m.approved:
        raise InputError(
            N_("These minutes are not approved yet; approve them before printing."),
            field="meeting_id",
        )
    register_fonts()
    with writing(out) as tmp:
        _build(m, tmp, lang)
    return out


def _build(m: MeetingDetails, tmp: Path, lang: str) -> None:
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=40,
        rightMargin=40,
        topMargin=40,
        bottomMargin=44,
        title=str(m.values["title"]),
        creator="Tirek",
        initialFontName=SANS,  # else every page names Helvetica
    )
    footer = _footer(lang, str(m.values["title"]))
    doc.build(story(m, lang), onFirstPage=footer, onLaterPages=footer)
