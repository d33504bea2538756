"""Lists and the whole database out: the JSON export is complete."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.core.codec import codecs
from app.core.demo import load_demo
from app.core.errors import InputError
from app.core.models import SYNCABLE, Person
from app.core.store import Store
from app.documents.sheets.exports import JSON_FORMAT, export_list


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: these tests use coordinator rights (app/core/rights.py)."""
    return make_store(role="coordinator")


@pytest.fixture
def demo(store: Store) -> Store:
    load_demo(store, "small", 5)
    return store


def test_json_export_holds_every_record_of_every_table(demo: Store, tmp_path: Path) -> None:
    out = export_list(demo, "all", "json", tmp_path / "all.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == JSON_FORMAT and data["version"] == 1
    counts = demo.row_counts()
    assert set(data["tables"]) == set(SYNCABLE)
    for name, rows in data["tables"].items():
        assert len(rows) == counts[name], name
    with demo.read() as s:
        p = s.scalars(select(Person).order_by(Person.id)).first()
    assert p is not None
    exported = next(r for r in data["tables"]["person"] if r["id"] == p.id)
    for field, (encode, _) in codecs(Person).items():
        assert exported[field] == encode(getattr(p, field)), field


def test_all_lists_as_a_workbook_and_as_zipped_csv(demo: Store, tmp_path: Path) -> None:
    xlsx = export_list(demo, "all", "xlsx", tmp_path / "all.xlsx")
    wb = load_workbook(xlsx, read_only=True)
    assert wb.sheetnames == ["People", "Trainings", "Attendance", "Meetings"]
    counts = demo.row_counts()
    assert sum(1 for _ in wb["Attendance"].iter_rows()) == counts["attendance_mark"] + 1
    zipped = export_list(demo, "all", "csv", tmp_path / "all.zip")
    with zipfile.ZipFile(zipped) as zf:
        assert sorted(zf.namelist()) == [
            "attendance.csv",
            "meetings.csv",
            "people.csv",
            "trainings.csv",
        ]
        text = zf.read("trainings.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == counts["training"] + 1
    assert rows[0][:2] == ["Tirek ID", "Title"]


def test_an_unknown_list_is_refused(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be exported"):
        export_list(demo, "donors", "csv", tmp_path / "x.csv")
