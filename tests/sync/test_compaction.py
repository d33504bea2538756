"""Tombstones older than the network's horizon are compacted on every laptop alike; a
laptop that comes back after the horizon with changes to them is refused, saying why."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.compaction import compact_tombstones
from app.core.errors import InputError
from app.core.models import CompactedRow, Person
from app.core.services.deletion import delete
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import exchange
from tests.cli_runner import tirek
from tests.sync.helpers import digest, installation, send


def _rows(store: Store) -> set[str]:
    with store.read() as s:
        return set(s.scalars(select(Person.id)))


def _compacted(store: Store) -> set[str]:
    with store.read() as s:
        return set(s.scalars(select(CompactedRow.row_id)))


def test_compaction_travels_and_a_laptop_back_after_the_horizon_is_refused(
    tmp_path: Path,
) -> None:
    coord = installation(tmp_path / "coord", "Bishkek-office", "coordinator")
    osh = installation(tmp_path / "osh", "Osh-1")
    away = installation(tmp_path / "away", "Naryn-2")
    gone = create_person(osh, {"full_name": "Эски Жазуу"})
    kept = create_person(osh, {"full_name": "Тирүү Адам"})
    send(osh, coord, tmp_path / "f1")
    send(coord, away, tmp_path / "f2")
    send(away, coord, tmp_path / "f2b")  # the coordinator knows the laptop that goes away
    delete(coord, "person", gone)
    update_person(away, gone, {"phone": "+996555111222"})  # offline, never sent in time
    update_person(away, kept, {"phone": "+996555333444"})
    # two years and more later
    n = compact_tombstones(coord, 730, now=datetime.now() + timedelta(days=800))
    assert n == 1 and gone not in _rows(coord) and kept in _rows(coord)
    assert _compacted(coord) == {gone}
    send(coord, osh, tmp_path / "f3")
    assert gone not in _rows(osh) and _compacted(osh) == {gone}
    assert digest(osh) == digest(coord)

    (tmp_path / "late").mkdir()
    late = exchange.export_bundle(away, tmp_path / "late").path
    receipt = exchange.import_file(coord, late)
    assert receipt.status == "refused"
    assert "away longer than" in receipt.message and "fresh copy" in receipt.message
    assert digest(osh) == digest(coord)  # nothing imported
    # the compaction itself reaches the late laptop, which removes the same row
    send(coord, away, tmp_path / "f4")
    assert gone not in _rows(away)


def test_the_horizon_is_checked(make_store) -> None:  # type: ignore[no-untyped-def]
    store = make_store(role="coordinator")
    with pytest.raises(InputError):
        compact_tombstones(store, 3)


def test_compact_through_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert (
        tirek(home, "init", "--device-name", "Bishkek-office", "--role", "coordinator").returncode
        == 0
    )
    bad = tirek(home, "sync", "compact", "--horizon-days", "3")
    assert bad.returncode == 2 and "at least 30 days" in bad.stderr
    done = tirek(home, "sync", "compact")
    assert done.returncode == 0 and "Compacted 0 deleted records" in done.stdout
