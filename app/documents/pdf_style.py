"""What the A4 reports share (minutes, donor report, results framework, NAP monitoring
and profiles): the colours and the paragraph styles, each report with its own sizes."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.documents.fonts import SANS, SANS_BOLD, register_fonts

INK = HexColor("#1F2A44")
ACCENT = HexColor("#0E6E6E")
SHADE = HexColor("#EEF2F4")
RULE = HexColor("#8A93A3")

Size = tuple[float, float]  # font size, leading
BOLD, RIGHT = "bold", "right"


def paragraph_styles(
    body: Size,
    title: Size,
    h2: Size,
    space_before: float = 10,
    **more: Size | tuple[float, float, str],
) -> dict[str, ParagraphStyle]:
    """ "body", "title" and "h2" (a heading), and `more` styles in the body's font by name:
    (size, leading) or (size, leading, BOLD or RIGHT)."""
    register_fonts()  # before any paragraph is made: they look their font up at once
    base = ParagraphStyle("body", fontName=SANS, fontSize=body[0], leading=body[1], textColor=INK)
    out = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=title[0],
                                leading=title[1], textColor=ACCENT),
        "h2": ParagraphStyle("h2", parent=base, fontName=SANS_BOLD, fontSize=h2[0],
                             leading=h2[1], spaceBefore=space_before, spaceAfter=4,
                             textColor=ACCENT),
    }  # fmt: skip
    for name, (size, leading, *how) in more.items():
        extra: dict[str, object] = {}
        if BOLD in how:
            extra["fontName"] = SANS_BOLD
        if RIGHT in how:
            extra["alignment"] = TA_RIGHT
        out[name] = ParagraphStyle(name, parent=base, fontSize=size, leading=leading, **extra)
    return out


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: escaped, its line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def ruled_table(
    rows: list[list[Any]], widths: list[float], head: ParagraphStyle, cell: ParagraphStyle
) -> Table:
    """A table with a shaded heading row (repeated on every page) and a rule under each
    row; a cell is text, or a drawing or paragraph as it is."""
    data: list[list[Any]] = [[para(str(x), head) for x in rows[0]]]
    data += [[x if isinstance(x, Flowable) else para(str(x), cell) for x in r] for r in rows[1:]]
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
