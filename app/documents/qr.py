"""QR codes drawn onto a canvas as a small black-and-white image.

segno makes the modules (a few ms a code; reportlab's encoder took about 55 ms). The
link to the verify page goes in a byte segment and the base32 payload after '#' in an
alphanumeric segment (5.5 bits a character), which keeps the code small enough to scan
at 100 dpi. Drawing the modules as an image (a few hundred bytes, compressed) rather
than as thousands of rectangles keeps a 1,000-page PDF small, and adds no font resource
to the page. Each module is a whole number of pixels and the image is never
interpolated, so the edges stay sharp at any zoom and in print.
"""

from __future__ import annotations

from typing import Any, cast

import segno
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

PIXELS_PER_MODULE = 4
QUIET = 2  # modules of white margin drawn with the code (the page around it is white too)


def segments(payload: str) -> list[str]:
    """The link and the base32 payload as two segments: segno then encodes each in its
    best mode (byte for the link, alphanumeric for the payload)."""
    link, sep, tail = payload.rpartition("#")
    if sep and tail and all(ch.isdigit() or "A" <= ch <= "Z" for ch in tail):
        return [link + "#", tail]
    return [payload]


def modules(payload: str) -> list[list[bool]]:
    # Level M: a smudged or creased print still scans (segno raises it for free when the
    # version has room).
    code = segno.make_qr(cast(Any, segments(payload)), error="m")  # segments: see docs
    return [[bool(m) for m in row] for row in code.matrix_iter(border=QUIET)]


def qr_image(payload: str) -> Image.Image:
    rows = modules(payload)
    n = len(rows)
    small = Image.new("1", (n, n), 1)
    small.putdata([0 if dark else 1 for row in rows for dark in row])
    size = n * PIXELS_PER_MODULE
    return small.resize((size, size), Image.Resampling.NEAREST)


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code of `payload`, `size` points square, lower-left corner at (x, y)."""
    c.drawImage(ImageReader(qr_image(payload)), x, y, size, size)
