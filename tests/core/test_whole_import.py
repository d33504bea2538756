"""Round trip without loss: demo data -> export all (json) -> import all -> every table equal."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.demo import load_demo
from app.core.errors import InputError
from app.core.models import SYNCABLE
from app.core.services.duplicates import merge_people
from app.core.services.people import list_people
from app.core.services.whole_import import import_everything
from app.core.store import Store
from app.documents.sheets.exports import export_json
from tests.cli.test_cli import tirek
from tests.rawdb import connect_raw


def tables(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every live row of every syncable table, all columns, by id."""
    out = {}
    with connect_raw(store.home.database) as db:
        for name in sorted(SYNCABLE):
            out[name] = db.execute(f"SELECT * FROM {name} WHERE deleted = 0 ORDER BY id").fetchall()
    return out


def test_export_all_then_import_all_gives_the_same_database(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    first = make_store("first", role="coordinator")
    load_demo(first, "small", 7)
    a, b = list_people(first, limit=2).rows
    merge_people(first, b.id, a.id)  # merged records travel too
    path = export_json(first, tmp_path / "all.json")
    second = make_store("second", device="Bishkek-1", role="coordinator")
    result = import_everything(second, path)
    assert result.created["person"] > 0 and result.created["training_trainer"] > 0
    before, after = tables(first), tables(second)
    for name in before:
        assert after[name] == before[name], name
    # The copy is a working installation: every record imported is in its own op log
    # (the history of edits is not exported: one create op per record).
    counts = second.row_counts()
    shipped = ("op_log", "region", "district", "topic")  # reference data ships with Tirek
    assert counts["op_log"] >= sum(v for k, v in counts.items() if k not in shipped)
    # And it can itself be exported again, identically (except who and when).
    again = json.loads(export_json(second, tmp_path / "again.json").read_text("utf-8"))
    assert again["tables"] == json.loads(path.read_text("utf-8"))["tables"]


def test_import_all_refuses_a_non_empty_installation_and_other_files(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    first = make_store("first", role="coordinator")
    load_demo(first, "small", 7)
    path = export_json(first, tmp_path / "all.json")
    with pytest.raises(InputError, match="empty installation"):
        import_everything(first, path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a Tirek export"):
        import_everything(make_store("x"), bad)


def test_the_command_line_round_trip(tmp_path: Path) -> None:
    tirek(tmp_path / "a", "init", "--device-name", "Osh-1", "--role", "coordinator")
    tirek(tmp_path / "a", "demo", "--scale", "small")
    out = tmp_path / "all.json"
    tirek(tmp_path / "a", "export", "all", "--format", "json", "--out", str(out))
    tirek(tmp_path / "b", "init", "--device-name", "Naryn-1")
    done = tirek(tmp_path / "b", "import", "all", str(out))
    assert "Imported" in done.stdout
    again = tirek(tmp_path / "b", "import", "all", str(out), check=False)
    assert again.returncode == 2 and "empty installation" in again.stderr
