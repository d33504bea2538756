"""Reading generated PDFs back: their text and the fonts they use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip


def pages_text(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def fonts(path: Path) -> list[dict[str, Any]]:
    """Every font dictionary used by any page: name, embedded file kind."""
    found = []
    for page in PdfReader(str(path)).pages:
        res = page.get("/Resources")
        if res is None:
            continue
        res = res.get_object()
        queue = [res]
        xobjects = res.get("/XObject")
        if xobjects is not None:
            for x in xobjects.get_object().values():
                r = x.get_object().get("/Resources")
                if r is not None:
                    queue.append(r.get_object())
        for r in queue:
            fdict = r.get("/Font")
            if fdict is None:
                continue
            for f in fdict.get_object().values():
                f = f.get_object()
                desc = f.get("/FontDescriptor")
                if desc is None and "/DescendantFonts" in f:
                    desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                found.append(
                    {
                        "name": str(f.get("/BaseFont", "")).lstrip("/"),
                        "embedded": any(
                            k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
                        ),
                        "truetype": "/FontFile2" in desc,
                    }
                )
    return found


def assert_fonts_embedded(path: Path) -> None:
    used = fonts(path)
    assert used, "no fonts found"
    for f in used:
        base = f["name"].split("+")[-1]
        assert base not in BASE14, f"base-14 font {base} used in {path.name}"
        assert f["embedded"] and f["truetype"], f"font {f['name']} not embedded in {path.name}"
