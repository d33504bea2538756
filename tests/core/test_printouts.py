"""Printout names: from the training and date, in the folder chosen once, never reused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.core.services import printouts
from app.core.store import Store


def test_a_name_from_the_training_and_date_in_the_chosen_folder(
    store: Store, tmp_path: Path
) -> None:
    name = printouts.file_name("Сертификаттар", 'Аялдардын "укуктары": Ош/Өзгөн', date(2026, 3, 10))
    assert name == "Сертификаттар - Аялдардын укуктары Ош Өзгөн - 2026-03-10.pdf"
    chosen = tmp_path / "printed"
    chosen.mkdir()
    printouts.remember_folder(store.home, chosen / "anything.pdf")
    first = printouts.suggested(store.home, "Certificates", "Peace", date(2026, 3, 10))
    assert first == chosen / "Certificates - Peace - 2026-03-10.pdf"
    first.write_bytes(b"%PDF")
    second = printouts.suggested(store.home, "Certificates", "Peace", date(2026, 3, 10))
    assert second.name == "Certificates - Peace - 2026-03-10 (2).pdf"  # never the same file
    second.write_bytes(b"%PDF")
    assert printouts.unused(first).name.endswith("(3).pdf")


@given(st.text(max_size=300), st.text(max_size=300))
def test_any_title_gives_a_short_plain_name(kind: str, title: str) -> None:
    name = printouts.file_name(kind, title, "2026-01-01")
    assert name.endswith(".pdf") and len(name) <= printouts.LIMIT + 4
    assert not any(ch in name for ch in '<>:"/\\|?*\n\r\t')
    assert Path(name).name == name
