"""Minutes of an approved meeting as PDF: agenda, attendees, minutes, decisions, actions,
and who approved them when. Unapproved minutes are not printed: a printout is a record."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.core.errors import N_, InputError
from app.core.services.meetings import ActionItemRow, MeetingDetails, get_meeting
from app.core.store import Store
from app.documents import labels
from app.documents.fonts import SANS, SANS_BOLD, register_fonts
from app.documents.labels import word
from app.documents.layout import writing

INK = HexColor("#1F2A44")
ACCENT = HexColor("#0E6E6E")
SHADE = HexColor("#EEF2F4")
RULE = HexColor("#8A93A3")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=14, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=16, leading=20, textColor=ACCENT
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=SANS_BOLD, fontSize=12, leading=16, spaceBefore=10,
            spaceAfter=4, textColor=ACCENT,
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "head": ParagraphStyle("head", parent=base, fontName=SANS_BOLD, fontSize=9, leading=11.5),
    }  # fmt: skip


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle]) -> Table:
    data = [[_p(x, st["head"]) for x in rows[0]]]
    data += [[_p(x, st["cell"]) for x in r] for r in rows[1:]]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # the default is Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


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
