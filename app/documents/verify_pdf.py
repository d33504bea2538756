"""Find the certificate codes in a PDF (the GUI's drop target and `tirek verify FILE`)."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import N_, InputError
from app.core.services.verification import QR_PREFIX


def codes_in_pdf(path: Path) -> list[str]:
    """The QR payload of each certificate in a Tirek PDF, as the pages' metadata keeps it.

    Every certificate page carries its full QR payload as invisible text (and a
    per-person file also in its Subject), so verifying a dropped PDF checks the same
    facts a phone scanning the QR code would see.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        subject = str(reader.metadata.get("/Subject") or "") if reader.metadata else ""
        if str(subject).startswith(QR_PREFIX):
            return [str(subject)]
        found = []
        for page in reader.pages:
            text = page.extract_text() or ""
            start = text.find(QR_PREFIX)
            if start >= 0:
                found.append(text[start:].split("\n", 1)[0])
        return found
    except (OSError, PdfReadError) as err:
        raise InputError(N_("Cannot read {path}: {reason}"), path=path, reason=err) from err
