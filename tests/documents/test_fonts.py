"""The shipped font family prints Kyrgyz and Russian, and is embedded in every PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.core.paths import resources_dir
from app.documents import fonts
from tests.documents.pdfcheck import BASE14, assert_fonts_embedded
from tests.documents.pdfcheck import fonts as pdf_fonts


def missing_letters(font_name: str, text: str = fonts.REQUIRED_LETTERS) -> str:
    """The letters of `text` that the registered font has no glyph for ("" if none)."""
    fonts.register_fonts()
    widths = pdfmetrics.getFont(font_name).face.charWidths
    return "".join(ch for ch in text if ord(ch) not in widths)


def test_every_face_has_the_kyrgyz_and_russian_letters() -> None:
    for name in fonts.FILES:
        assert missing_letters(name) == "", name


def test_a_letter_the_font_lacks_is_reported() -> None:
    # Chinese is not in DejaVu: the check is not vacuous.
    assert missing_letters(fonts.SERIF_BOLD, "Ң中") == "中"


def test_font_files_ship_with_their_licence() -> None:
    folder = resources_dir() / "fonts"
    for file in fonts.FILES.values():
        assert (folder / file).stat().st_size > 100_000
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_register_fonts_is_idempotent_and_names_are_the_shared_constants(tmp_path: Path) -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert (fonts.SANS, fonts.SANS_BOLD) == ("TirekSans", "TirekSans-Bold")
    out = tmp_path / "probe.pdf"
    c = Canvas(str(out), initialFontName=fonts.SANS)
    c.setFont(fonts.SANS_BOLD, 12)
    c.drawString(72, 720, "Үмүт Ңаматова")
    c.save()
    assert_fonts_embedded(out)


def test_the_font_checker_catches_a_base14_font(tmp_path: Path) -> None:
    out = tmp_path / "helvetica.pdf"
    c = Canvas(str(out))
    c.drawString(72, 720, "Hello")
    c.save()
    names = {f["name"] for f in pdf_fonts(out)}
    assert names & BASE14
