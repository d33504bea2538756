"""Find the certificates in a PDF (the GUI's drop target and `tirek verify FILE`)."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import N_, InputError
from app.core.services.cert_payload import payload_in_text

HIDDEN_MARK = "TIREK-QR "


def pages_in_pdf(path: Path) -> list[tuple[str, str]]:
    """(QR text, the page's visible text) of each certificate page of a Tirek PDF.

    Every certificate page carries its QR text as invisible text after HIDDEN_MARK, so
    verifying a dropped PDF checks the facts a phone scanning the QR code would see, and
    the rest of the page's text is compared with them.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        found = []
        for page in reader.pages:
            text = page.extract_text() or ""
            start = text.find(HIDDEN_MARK)
            if start < 0:
                continue
            line = text[start + len(HIDDEN_MARK) :].split("\n", 1)[0].strip()
            if payload_in_text(line) is not None:
                found.append((line, text[:start] + text[start:].split("\n", 1)[-1]))
        return found
    except (OSError, PdfReadError) as err:
        raise InputError(N_("Cannot read {path}: {reason}"), path=path, reason=err) from err
