"""QR codes drawn onto a canvas as a small black-and-white image.

reportlab's QR encoder makes the modules. Drawing them as an image (a few kilobytes,
compressed) rather than as thousands of rectangles keeps a 1,000-page PDF small in memory
and on disk, and adds no font resource to the page (renderPDF would name Helvetica).
Each module is a whole number of pixels and the image is never interpolated, so the
edges stay sharp at any zoom and in print.
"""

from __future__ import annotations

from PIL import Image
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

PIXELS_PER_MODULE = 4


def modules(payload: str) -> list[list[bool]]:
    # Level M: a smudged or creased print still scans.
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


def qr_image(payload: str) -> Image.Image:
    rows = modules(payload)
    n = len(rows)
    small = Image.new("L", (n, n), 255)
    small.putdata([0 if dark else 255 for row in rows for dark in row])
    size = n * PIXELS_PER_MODULE
    return small.resize((size, size), Image.Resampling.NEAREST)


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code of `payload`, `size` points square, lower-left corner at (x, y)."""
    c.drawImage(ImageReader(qr_image(payload)), x, y, size, size)
