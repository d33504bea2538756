"""Minutes of an approved meeting as PDF; unapproved minutes are refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.errors import InputError
from app.core.services import meetings
from app.core.store import Store
from app.documents.minutes import write_minutes
from tests.documents.cert_fixtures import make_approved_meeting
from tests.documents.pdfcheck import assert_fonts_embedded, pages_text


def test_approved_minutes_print_everything(store: Store, tmp_path: Path) -> None:
    mid = make_approved_meeting(store)
    out = write_minutes(store, mid, tmp_path / "m.pdf", "ky")
    text = " ".join(" ".join(pages_text(out)).split())
    for expected in (
        "Ош облусунун аялдар уюмдарынын жолугушуусу",  # title
        "Жергиликтүү шайлоого даярдык",  # agenda
        "Айгүл Өмүрбекова",  # registered attendee
        "Бакыт Ңурланов",  # guest, with role and organisation
        "Депутат (конок)",
        "Ош шаардык кеңеши",
        "Катышуучулар жергиликтүү кеңештерге",  # the minutes
        "1. Ар бир райондо аялдар үчүн шайлоо мектебин ачуу.",  # decisions
        "Шайлоо мектебинин программасын даярдоо",  # action item
        "01.12.2026",
        "Протоколду бекиткен: Гүлнара Төлөгөнова",  # who approved (and when)
    ):
        assert expected in text, expected
    assert_fonts_embedded(out)


def test_unapproved_minutes_are_refused(store: Store, tmp_path: Path) -> None:
    mid = meetings.create_meeting(
        store, {"kind": "ngo", "title": "Draft", "date": date(2026, 11, 1), "minutes": "..."}
    )
    with pytest.raises(InputError, match="not approved yet"):
        write_minutes(store, mid, tmp_path / "m.pdf")
    assert not (tmp_path / "m.pdf").exists()
