"""Erasure that travels, between three real installations exchanging real bundle files.

After sync, the erased woman's name and phone are nowhere in any of the three databases:
not in the raw bytes of the database file and its -wal, not in any decoded op value, not
in any column of any table; the donor report's totals are the same as before; a bundle
written before the erasure and imported afterwards does not bring her back.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.core import chain, erasure
from app.core.errors import InputError
from app.core.services import privacy
from app.core.services.attendance import mark_attendance
from app.core.services.people import create_person, update_person
from app.core.services.reports import Breakdown, DonorReport, ReportScope, donor_report
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.sync import exchange
from tests.rawdb import connect_raw, decrypted_bytes, key_of
from tests.sync.helpers import digest, installation, send

NAME = "Айгерим Токтосунова"
PHONE = "+996555123987"
NEW_PHONE = "+996700444321"
OTHER = "Жаңыл Асанова"


def _world(tmp_path: Path) -> tuple[Store, Store, Store, str, str]:
    coord = installation(tmp_path / "coord", "Bishkek-office", "coordinator")
    osh = installation(tmp_path / "osh", "Osh-1")
    naryn = installation(tmp_path / "naryn", "Naryn-2")
    her = create_person(
        osh,
        {
            "full_name": NAME,
            "phone": PHONE,
            "sex": "female",
            "birth_year": 1990,
            "region_id": None,
            "email": "aigerim@example.org",
            "notes": f"{NAME} spoke at the hearing",
            "consent_data": True,
        },
    )
    other = create_person(osh, {"full_name": OTHER, "sex": "female", "consent_data": True})
    tid = create_training(
        osh, {"title": "Leadership", "start_date": "2026-03-01", "end_date": "2026-03-02"}
    )
    s1 = add_session(osh, tid, {"date": "2026-03-01", "hours": 4})
    s2 = add_session(osh, tid, {"date": "2026-03-02", "hours": 4})
    enrol(osh, tid, [her, other])
    mark_attendance(osh, s1, {her: "present", other: "present"})
    mark_attendance(osh, s2, {her: "present", other: "absent"})
    privacy.record_consent(osh, her, "photo", True, "verbal", witness="Гүлнара Бекова")
    return coord, osh, naryn, her, tid


def _totals(store: Store) -> tuple[int, ...]:
    r = donor_report(store, ReportScope(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)))
    sexes = tuple((g.code, g.participations, g.people) for g in _of(r, "sex").groups)
    return (
        r.trainings_held,
        r.sessions_held,
        r.participations,
        r.unique_people,
        r.completed,
        *sexes,
    )


def _import_old(store: Store, path: Path) -> None:
    """Import the file written before the erasure (trusting its sender where held)."""
    receipt = exchange.import_file(store, path)
    if receipt.status == "held":
        receipt = exchange.trust(store, "Osh-1")[1][0]
    assert receipt.status in ("known", "applied"), receipt


def _raw_files(store: Store) -> bytes:
    """The database's pages and its -wal's, decrypted when it is encrypted (tests/rawdb.py)."""
    db = store.home.root / "tirek.sqlite3"
    key = key_of(db)
    if key is not None:
        return decrypted_bytes(db, key)
    data = db.read_bytes()
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def _everything(store: Store) -> str:
    """Every column of every table and every op value decoded, as one text."""
    out: list[str] = []
    with connect_raw(store.home.root / "tirek.sqlite3") as raw:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            for row in raw.execute(f'SELECT * FROM "{t}"'):
                out.append(repr(row))
        for (value,) in raw.execute("SELECT value FROM op_log WHERE value IS NOT NULL"):
            out.append(json.dumps(json.loads(value), ensure_ascii=False))
    return "\n".join(out)


def _assert_gone(store: Store) -> None:
    for secret in (NAME, PHONE, NEW_PHONE, "Токтосунова", "aigerim@example.org", "Гүлнара"):
        text = _everything(store)
        assert secret not in text, (store.home.root.name, secret)
        raw = _raw_files(store)
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in raw, (store.home.root.name, secret)


def test_an_erasure_travels_to_three_laptops_and_nothing_of_her_remains(tmp_path: Path) -> None:
    coord, osh, naryn, her, _tid = _world(tmp_path)
    send(osh, coord, tmp_path / "f1")
    send(coord, naryn, tmp_path / "f2")
    # A file written before the erasure, imported by the coordinator later.
    (tmp_path / "old").mkdir()
    old = exchange.export_bundle(osh, tmp_path / "old").path
    # Naryn edits her phone offline (it has not heard of the erasure yet).
    update_person(naryn, her, {"phone": NEW_PHONE})
    before = _totals(coord)
    assert before[2] == 2 and before[3] == 2  # two participations, two women

    assert NAME.encode() in _raw_files(coord) and NAME in _everything(coord)  # the test sees
    shown = privacy.erase_person(coord, her, "her request of 2026-11-30")
    assert shown.startswith(erasure.PLACEHOLDER_PREFIX)
    _assert_gone(coord)
    assert _totals(coord) == before

    send(coord, osh, tmp_path / "f3")
    send(coord, naryn, tmp_path / "f4")
    send(naryn, coord, tmp_path / "f5")  # her new phone arrives, made before the erasure
    send(coord, osh, tmp_path / "f6")
    _import_old(coord, old)
    send(coord, osh, tmp_path / "f7")
    send(coord, naryn, tmp_path / "f8")
    _import_old(naryn, old)
    _import_old(osh, old)

    for store in (coord, osh, naryn):
        _assert_gone(store)
        assert _totals(store) == before
        consent = privacy.consent_of(store, her)
        assert consent.erased and consent.current["photo"]
    assert len({digest(s) for s in (coord, osh, naryn)}) == 1
    for store in (coord, osh, naryn):
        _assert_chains_verify(store)


def _assert_chains_verify(store: Store) -> None:
    """Every origin's chain, recomputed from its start over the scrubbed op log (stepping
    over sealed ops), is still the chain its origin signed."""
    with store.read() as s:
        conn = s.connection()
        sealed = conn.exec_driver_sql("SELECT count(*) FROM op_seal").scalar_one()
        assert sealed > 0
        for origin, seq, value in conn.exec_driver_sql("SELECT origin, seq, chain FROM sync_chain"):
            ops = conn.exec_driver_sql(
                f"SELECT {chain.OP_COLUMNS} FROM op_log WHERE replica_id = ? AND seq <= ? "
                "ORDER BY seq",
                (origin, seq),
            )
            recomputed = chain.extend(chain.genesis(origin), ops, chain.seals_of(conn, origin))
            assert recomputed.hex() == value


def test_an_erased_person_cannot_be_erased_twice_and_needs_a_reason(tmp_path: Path) -> None:
    coord, _osh, _naryn, her, _tid = _world(tmp_path)
    send(_osh, coord, tmp_path / "f1")
    with pytest.raises(InputError):
        privacy.erase_person(coord, her, "  ")
    privacy.erase_person(coord, her, "request")
    with pytest.raises(InputError):
        privacy.erase_person(coord, her, "again")


def _of(report: DonorReport, dimension: str) -> Breakdown:
    """One breakdown of the report, as the PDF and the cells go through them."""
    return next(b for b in report.breakdowns if b.dimension == dimension)
