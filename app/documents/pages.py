"""The house style of Tirek's flowing PDFs (minutes, the donor report, the results framework,
an organisation's profile, the NAP monitoring report): one palette, one way to make the
paragraph styles, one ruled table, one page frame with its footer.

Each document keeps its own sizes and margins (a landscape matrix wants smaller type than
a page of minutes); what they share is here so a change of look is made once. The fixed
layouts (certificates, sign-in sheets) draw on a canvas: they share only the palette.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.documents.fonts import SANS, SANS_BOLD, register_fonts
from app.documents.layout import writing

INK = HexColor("#1F2A44")
ACCENT = HexColor("#0E6E6E")
SHADE = HexColor("#EEF2F4")
RULE = HexColor("#8A93A3")

Size = tuple[float, float]  # (font size, leading) in points
Styles = dict[str, ParagraphStyle]
PageHook = Callable[[Any, Any], None]  # (canvas, doc): drawn on every page


def style(
    name: str, parent: ParagraphStyle, size: Size, *, bold: bool = False, **more: Any
) -> ParagraphStyle:
    """A paragraph style in the body's font and colour, at `size`, bold or not."""
    face = {"fontName": SANS_BOLD} if bold else {}
    return ParagraphStyle(name, parent=parent, fontSize=size[0], leading=size[1], **face, **more)


def paragraph_styles(
    *, body: Size, title: Size, h2: Size, cell: Size, head: Size, h2_space_before: float = 10
) -> Styles:
    """The five styles every document uses: body, title, h2 (section), cell and head (a
    table's cells and its bold header row). A document adds its own from "body"."""
    register_fonts()  # before any paragraph is made: they look their font up at once
    base = ParagraphStyle("body", fontName=SANS, fontSize=body[0], leading=body[1], textColor=INK)
    return {
        "body": base,
        "title": style("title", base, title, bold=True, textColor=ACCENT),
        "h2": style(
            "h2", base, h2, bold=True, spaceBefore=h2_space_before, spaceAfter=4, textColor=ACCENT
        ),
        "cell": style("cell", base, cell),
        "head": style("head", base, head, bold=True),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: markup characters escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def ruled_table(
    rows: Sequence[Sequence[Any]], widths: list[float], head: ParagraphStyle, cell: ParagraphStyle
) -> Table:
    """A table with a shaded header row (repeated on each page) and a rule under every row.
    A cell that is already a flowable (a small chart, a coloured mark) is placed as it is."""
    data: list[list[Any]] = [[para(str(x), head) for x in rows[0]]]
    data += [[x if isinstance(x, Flowable) else para(str(x), cell) for x in r] for r in rows[1:]]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # the cell default is Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def drawing(width: float, height: float) -> Drawing:
    """An empty chart area. reportlab starts every drawing in Helvetica, a base-14 font that
    is not embedded and cannot print Cyrillic, unless told otherwise."""
    d = Drawing(width, height)
    d.initialFontName = SANS
    return d


def page_footer(
    page_width: float, margin: float, y: float, right: Callable[[int], str], left: str = ""
) -> PageHook:
    """A footer in small grey type: `left` at the left margin, `right(page number)` at the
    right one, `y` points above the paper's bottom edge."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(RULE)
        if left:
            canvas.drawString(margin, y, left)
        canvas.drawRightString(page_width - margin, y, right(doc.page))
        canvas.restoreState()

    return draw


def write_pages(
    out: Path,
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    margins: tuple[float, float, float, float],
    footer: PageHook,
    **info: str,
) -> Path:
    """Lay `story` out on pages with `footer` on each and write it to `out` through a
    temporary file (app/documents/layout.py: no half PDF, a disk problem is a message).

    `margins` are (left, right, top, bottom); `info` is the file's metadata (title,
    author, creator)."""
    register_fonts()
    left, right, top, bottom = margins
    with writing(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            initialFontName=SANS,  # else every page names a non-embedded Helvetica
            **info,
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
