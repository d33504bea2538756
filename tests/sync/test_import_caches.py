"""What an import reads once and keeps is never stale: trust, retirement and this laptop's
own identity change between imports in one process (the same `Store`, as in the window
or a `tirek sync folder` run), and each import obeys the state at its own start.

The import path reads the peers once per file (app/sync/exchange.py `_Peers`), and the
store keeps its identity across imports unless an import gave it a fresh replica id."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.core.identity import load_identity
from app.core.models import Person
from app.core.services.people import create_person
from app.core.store import Store
from app.sync import exchange
from tests.sync.helpers import digest, installation, put_back_from_copy, send


def _people(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


def _export(store: Store, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return exchange.export_bundle(store, folder).path


def test_trust_given_then_withdrawn_between_imports_in_one_run_is_obeyed(
    tmp_path: Path,
) -> None:
    a = installation(tmp_path / "a", "Osh-1")
    c = installation(tmp_path / "c", "Bishkek-office", "coordinator")
    try:
        create_person(a, {"full_name": "Айдана"})
        assert exchange.import_file(c, _export(a, tmp_path / "f1")).status == "held"
        assert _people(c) == 0
        _, receipts = exchange.trust(c, "Osh-1")  # approved: the held file goes in
        assert [r.status for r in receipts] == ["applied"]
        create_person(a, {"full_name": "Бакыт"})
        assert exchange.import_file(c, _export(a, tmp_path / "f2")).status == "applied"
        assert _people(c) == 2
        exchange.retire(c, "Osh-1")  # withdrawn: its next file is refused, not applied
        create_person(a, {"full_name": "Later"})
        receipt = exchange.import_file(c, _export(a, tmp_path / "f3"))
        assert receipt.status == "refused" and "retired" in receipt.message
        assert _people(c) == 2
    finally:
        a.close()
        c.close()


def test_an_import_that_gives_a_fresh_replica_id_refreshes_the_kept_identity(
    tmp_path: Path,
) -> None:
    """A home put back from a copy learns from a peer's file that it is an older copy: the
    store's kept identity follows the fresh replica id at once (the next export is under
    it); an ordinary import keeps the identity as it was."""
    a = installation(tmp_path / "a", "Osh-1")
    c = installation(tmp_path / "c", "Bishkek-office", "coordinator")
    create_person(a, {"full_name": "Айдана"})
    send(a, c, tmp_path / "f1")
    send(c, a, tmp_path / "f1b")
    a = put_back_from_copy(a, c, tmp_path)
    try:
        old = a.require_identity()
        send(c, a, tmp_path / "f3", full=True)
        with a.read() as s:
            stored = load_identity(s)
        assert stored is not None and stored.replica_id != old.replica_id
        assert a.require_identity() == stored
        kept = a.require_identity()
        create_person(c, {"full_name": "Бакыт"})
        assert send(c, a, tmp_path / "f4").ops_new == 1
        assert a.require_identity() is kept  # nothing changed: kept, not read again
        create_person(a, {"full_name": "After the copy"})
        assert send(a, c, tmp_path / "f5").ops_new == 1
        assert digest(a) == digest(c)
    finally:
        a.close()
        c.close()
