"""Minimal scenarios of the failures the sync state machine found on main (issue 12).

Each test is the shrunk form of one failure class of tests/sync/test_state_machine.py,
replayed by hand between real installations. They were marked xfail(strict=True) with
the issue's bullet until the fixes landed; they now pass and guard those fixes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.errors import TirekError
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import exchange
from tests.sync.helpers import digest, send

STALL = "issue 12: a laptop can stall for good (causal closure across origins)"
DIVERGE = "issue 12: laptops can disagree for good (one conflict path)"
RESOLVE_DATES = "issue 12: `sync resolve` with a date or datetime value exits 70"


def _no_exit_70(fn: Callable[..., object], *args: object) -> object:
    """The call ends in a result or a Tirek error (a message), never in a traceback."""
    try:
        return fn(*args)
    except TirekError as err:
        return err


def test_late_joiner_approving_a_folder_file_that_needs_another_laptops_rows(
    make_fast_store: Callable[..., Store], tmp_path: Path
) -> None:
    """B edits a person the coordinator made; B's folder file leaves out the coordinator's
    ops (every peer B trusts has them). A late joiner approves B: the edit arrives without
    the person it edits (NOT NULL person.full_name) -> exit 70, and again on every retry."""
    coord = make_fast_store("coord", "Coordinator", "coordinator")
    b = make_fast_store("b", "Osh-1")
    pid = create_person(coord, {"full_name": "Aida"})
    send(coord, b, tmp_path / "1")
    send(b, coord, tmp_path / "2")
    update_person(b, pid, {"notes": "moved to Osh"})
    shared = tmp_path / "shared"
    shared.mkdir()
    exchange.sync_folder(b, shared)
    late = make_fast_store("late", "Late-1")
    exchange.sync_folder(late, shared)  # held: B is not approved yet
    _no_exit_70(exchange.trust, late, "Osh-1")
    send(coord, late, tmp_path / "3")
    exchange.sync_folder(late, shared)
    exchange.sync_folder(coord, shared)  # the coordinator takes B's edit from the folder too
    assert digest(late) == digest(coord) == digest(b)


def _three(make: Callable[..., Store], tmp_path: Path) -> tuple[Store, Store, Store, str]:
    """Three coordinators who approved each other and share one person (they merge and
    approve minutes on two laptops at once: coordinator rights, app/core/rights.py)."""
    coord = make("coord", "Coordinator", "coordinator")
    a, b = make("a", "Osh-1", "coordinator"), make("b", "Osh-2", "coordinator")
    pid = create_person(coord, {"full_name": "Aida"})
    for k, (src, dst) in enumerate(
        [(coord, a), (coord, b), (a, coord), (b, coord), (a, b), (b, a)]
    ):
        send(src, dst, tmp_path / f"setup{k}")
    return coord, a, b, pid


def _everyone_gets_everything(stores: list[Store], tmp_path: Path) -> None:
    hub, *rest = stores
    for k, s in enumerate(rest):
        send(s, hub, tmp_path / f"up{k}", full=True)
    for k, s in enumerate(rest):
        send(hub, s, tmp_path / f"down{k}", full=True)


def test_settling_a_field_conflict_on_a_record_deleted_meanwhile(
    make_fast_store: Callable[..., Store], tmp_path: Path
) -> None:
    """A and B write different notes; B then deletes the person. A settles the notes
    conflict: locally that is a plain edit, but every other laptop sees an edit the
    delete did not see (edit-versus-delete), so the digests never match again."""
    coord, a, b, pid = _three(make_fast_store, tmp_path)
    update_person(a, pid, {"notes": "from A"})
    update_person(b, pid, {"notes": "from B"})
    from app.core.services.deletion import delete
    from app.sync import review

    delete(b, "person", pid)
    send(b, a, tmp_path / "b-a")
    # Listed on A: the notes edited on both laptops, and A's edit the delete did not see.
    listed = [c for c in review.list_conflicts(a) if c.row_id == pid]
    assert listed
    first = listed[0]
    if first.kind == "deleted":
        review.settle_deleted(a, "person", pid, keep_deleted=False)
    else:
        review.resolve_conflict(a, "person", pid, first.field, first.versions[-1].value)
    _everyone_gets_everything([coord, a, b], tmp_path)
    assert digest(a) == digest(b) == digest(coord)


def test_a_merge_repointing_a_duplicate_deleted_elsewhere(
    make_fast_store: Callable[..., Store], tmp_path: Path
) -> None:
    """A merges P1 into P2 while B deletes P1. After they exchange, A merges P2 into P3,
    which re-points P1 (deleted here) at P3: a local write to a deleted row that every
    other laptop lists as an edit-versus-delete conflict, and A does not."""
    from app.core.services.deletion import delete
    from app.core.services.duplicates import merge_people

    coord, a, b, p1 = _three(make_fast_store, tmp_path)
    p2 = create_person(coord, {"full_name": "Aida K"})
    p3 = create_person(coord, {"full_name": "Aida Kasymova"})
    _everyone_gets_everything([coord, a, b], tmp_path / "r1")
    merge_people(a, p1, p2)
    delete(b, "person", p1)
    send(b, a, tmp_path / "b-a")
    merge_people(a, p2, p3)
    _everyone_gets_everything([coord, a, b], tmp_path / "r2")
    assert digest(a) == digest(b) == digest(coord)


def test_settling_two_approvals_of_the_same_minutes(
    make_fast_store: Callable[..., Store], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two laptops approve the same minutes a second apart: approved_at is listed as a
    conflict; settling it with one of the listed values (what the GUI and `sync resolve`
    pass) raises a TypeError from the database layer instead of saving or explaining."""
    from datetime import datetime as real_datetime

    from app.core.services import meetings
    from app.sync import review

    coord, a, b, _pid = _three(make_fast_store, tmp_path)
    mid = meetings.create_meeting(
        coord, {"kind": "ngo", "title": "Board", "date": "2026-03-02", "minutes": "Agreed."}
    )
    _everyone_gets_everything([coord, a, b], tmp_path / "r1")

    class Later(real_datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
            return real_datetime(2026, 3, 2, 17, 0, 1, tzinfo=tz)

    meetings.approve_minutes(a, mid, "Chair")
    monkeypatch.setattr(meetings, "datetime", Later)
    meetings.approve_minutes(b, mid, "Chair")
    send(b, a, tmp_path / "b-a")
    listed = [c for c in review.list_conflicts(a) if c.field == "approved_at"]
    assert listed
    value = listed[0].versions[-1].value
    _no_exit_70(review.resolve_conflict, a, "meeting", mid, "approved_at", value)


def test_late_joiner_folder_run_fails_again_on_every_run(
    make_fast_store: Callable[..., Store], tmp_path: Path
) -> None:
    """As above, but the late joiner approved B before its first "Sync now": the folder
    run hits the missing person (FOREIGN KEY on the mark's person) and ends in exit 70,
    before importing the coordinator's file that would fill the gap and before saving
    what it has seen; the next run does the same."""
    from app.core.services.attendance import mark_one
    from app.core.services.trainings import add_session, create_training, enrol

    coord = make_fast_store("coord", "Coordinator", "coordinator")
    b = make_fast_store("b", "Osh-1")
    late = make_fast_store("late", "Late-1")
    pid = create_person(coord, {"full_name": "Aida"})
    tid = create_training(
        coord, {"title": "First aid", "start_date": "2026-03-02", "end_date": "2026-03-04"}
    )
    enrol(coord, tid, [pid])
    sid = add_session(coord, tid, {"date": "2026-03-02"})
    send(coord, b, tmp_path / "1")
    send(b, coord, tmp_path / "2")
    (tmp_path / "3").mkdir()
    request = exchange.export_bundle(b, tmp_path / "3", empty=True)
    assert exchange.import_file(late, request.path).status == "held"
    exchange.trust(late, "Osh-1")  # the late joiner approves B (B has not heard of it)
    mark_one(b, sid, pid, "present")
    shared = tmp_path / "shared"
    shared.mkdir()
    exchange.sync_folder(b, shared)
    exchange.sync_folder(coord, shared)
    for _run in range(2):
        _no_exit_70(exchange.sync_folder, late, shared)
    send(late, coord, tmp_path / "5")
    send(coord, late, tmp_path / "6")
    assert digest(late) == digest(coord)
