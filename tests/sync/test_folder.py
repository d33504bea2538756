"""The shared sync folder: several laptops, half-copied files, nothing imported twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.services.people import create_person
from app.core.store import Store
from app.sync import exchange
from tests.sync.helpers import digest

MakeStore = Callable[..., Store]


def test_two_laptops_and_a_coordinator_meet_in_one_folder(
    make_store: MakeStore, tmp_path: Path
) -> None:
    shared = tmp_path / "Dropbox" / "tirek"
    shared.mkdir(parents=True)
    a, b, c = make_store("a", "A"), make_store("b", "B"), make_store("c", "C", "coordinator")
    create_person(a, {"full_name": "Айгерим"})
    create_person(b, {"full_name": "Бактыгүл"})
    first = exchange.sync_folder(a, shared)
    assert first.exported is not None
    assert [r.status for r in exchange.sync_folder(b, shared).receipts] == ["held"]
    for _ in range(2):  # everyone meets everyone's files, then approves the senders
        for s in (a, b, c):
            exchange.sync_folder(s, shared)
    for s in (a, b, c):
        for name in ("A", "B", "C"):
            if name != s.require_identity().device_name:
                exchange.trust(s, name)
    for _ in range(2):
        for s in (a, b, c):
            result = exchange.sync_folder(s, shared)
            assert all(r.status in ("applied", "known") for r in result.receipts), result
    assert digest(a) == digest(b) == digest(c)
    # Nothing new: a further round writes no file and imports nothing.
    files = sorted(shared.iterdir())
    again = exchange.sync_folder(a, shared)
    assert again.exported is None and again.receipts == []
    assert sorted(shared.iterdir()) == files


def test_a_half_copied_file_is_skipped_and_taken_once_complete(
    make_store: MakeStore, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = make_store("a", "A"), make_store("b", "B")
    create_person(a, {"full_name": "Динара"})
    out = tmp_path / "out"
    out.mkdir()
    full = exchange.export_bundle(a, out).path.read_bytes()
    exchange.import_file(b, exchange.export_bundle(a, out).path)  # held: B learns of A
    exchange.trust(b, "A")
    create_person(a, {"full_name": "Элнура"})
    newer = exchange.export_bundle(a, out).path.read_bytes()
    copying = shared / "A-bundle-copying.tirek"
    copying.write_bytes(newer[: len(newer) // 2])  # the cloud client is still copying
    (shared / ".A-bundle-x.tirek.part").write_bytes(full[:10])  # a writer's temp file
    before = digest(b)
    result = exchange.sync_folder(b, shared)
    [receipt] = result.receipts
    assert receipt.status == "refused" and "incomplete" in receipt.message
    assert digest(b) == before
    copying.write_bytes(newer)  # the copy finished
    [receipt] = exchange.sync_folder(b, shared).receipts
    assert receipt.status == "applied" and receipt.ops_new == 1
    assert exchange.sync_folder(b, shared).receipts == []
