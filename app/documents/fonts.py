"""The one font family of every Tirek PDF: DejaVu (Sans and Serif), embedded.

Base-14 PDF fonts (Helvetica, Times) cannot print Cyrillic: a name like «Үмүт Өмүрбекова»
would come out as black boxes or "???". Every document therefore draws with these
TrueType fonts, which reportlab embeds as subsets (FontFile2), and nothing else.
The files and their licence live in resources/fonts (see LICENSE-DejaVu.txt).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.paths import resources_dir

SANS = "TirekSans"
SANS_BOLD = "TirekSans-Bold"
SANS_ITALIC = "TirekSans-Italic"
SERIF = "TirekSerif"
SERIF_BOLD = "TirekSerif-Bold"
MONO = "TirekMono"

# Registered name -> file in resources/fonts.
FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

# Letters every printed name must be able to show (Kyrgyz and Russian).
REQUIRED_LETTERS = "ҢңӨөҮүЁёЙйЪъЫыЭэЮюЯяЖжЩщ"

_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the Tirek fonts with reportlab (idempotent, thread-safe).

    After this, `SANS`, `SANS_BOLD`, `SANS_ITALIC`, `SERIF` and `SERIF_BOLD` can be used
    as font names in canvases and paragraph styles; `<b>`/`<i>` in paragraphs map to the
    bold and italic faces.
    """
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        folder = resources_dir() / "fonts"
        for name, file in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF)
        addMapping(SERIF, 1, 1, SERIF_BOLD)
        _done = True
