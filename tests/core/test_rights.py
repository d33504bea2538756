"""Roles the core enforces: each right through the services, the Writer and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from app.core import rights
from app.core.models import Person
from app.core.rights import NotAllowed, allowed, require
from app.core.services import issuers, meetings
from app.core.services.certificates import approve
from app.core.services.duplicates import merge_people, unmerge_person
from app.core.services.people import create_person, update_person
from app.core.services.trainings import create_training
from app.core.store import Store
from app.documents.sheets.exports import export_json, export_list
from app.documents.sheets.training import export_training
from app.sync import exchange
from tests.cli_runner import tirek

MakeStore = Callable[..., Store]


def test_the_table_names_every_right_the_brief_asks_for() -> None:
    for right in (
        "issue_certificates",
        "approve_minutes",
        "merge_people",
        "trust_peers",
        "export_names",
        "erase_person",
        "edit_records",
        "manage_network",
    ):
        assert right in rights.RIGHTS
        holders = rights.RIGHTS[right][1]
        assert rights.COORDINATOR in holders
        assert rights.VIEWER not in holders
    for right in ("issue_certificates", "approve_minutes", "merge_people", "trust_peers"):
        assert rights.TRAINER not in rights.RIGHTS[right][1]
    assert rights.TRAINER in rights.RIGHTS["edit_records"][1]
    with pytest.raises(KeyError):
        allowed(None, "no_such_right")


def _meeting(store: Store) -> str:
    return meetings.create_meeting(
        store,
        {"kind": "ngo", "title": "Айлык жолугушуу", "date": "2026-02-05", "minutes": "Бүттү."},
    )


def _two_people(store: Store) -> tuple[str, str]:
    return (
        create_person(store, {"full_name": "Айгүл Бекова"}),
        create_person(store, {"full_name": "Айгуль Бекова"}),
    )


def test_a_trainer_cannot_merge_people_a_coordinator_can(make_store: MakeStore) -> None:
    trainer = make_store("t", "Osh-1", "trainer")
    a, b = _two_people(trainer)
    with pytest.raises(NotAllowed) as err:
        merge_people(trainer, a, b)
    assert "trainer" in err.value.message and "merge" in err.value.message
    with pytest.raises(NotAllowed):
        unmerge_person(trainer, a)
    coordinator = make_store("c", "Bishkek", "coordinator")
    a, b = _two_people(coordinator)
    merge_people(coordinator, a, b)
    with coordinator.read() as s:
        assert s.get(Person, a).merged_into_id == b  # type: ignore[union-attr]


def test_a_trainer_cannot_approve_minutes(make_store: MakeStore) -> None:
    trainer = make_store("t", "Osh-1", "trainer")
    mid = _meeting(trainer)
    with pytest.raises(NotAllowed) as err:
        meetings.approve_minutes(trainer, mid)
    assert "approve minutes" in err.value.message
    assert meetings.get_meeting(trainer, mid).approved is False
    coordinator = make_store("c", "Bishkek", "coordinator")
    mid = _meeting(coordinator)
    meetings.approve_minutes(coordinator, mid)
    assert meetings.get_meeting(coordinator, mid).approved is True


def test_a_trainer_cannot_sign_certificates_retire_laptops_or_manage_the_network(
    make_store: MakeStore,
) -> None:
    trainer = make_store("t", "Osh-1", "trainer")
    with pytest.raises(NotAllowed):
        approve(trainer, "no-such-training")
    with pytest.raises(NotAllowed):
        issuers.revoke(trainer, "AB-0001", "wrong name")
    with pytest.raises(NotAllowed):
        issuers.invitation(trainer)
    with pytest.raises(NotAllowed):
        issuers.delegate(trainer, "Osh-1", date(2026, 1, 1), date(2026, 2, 1))
    with pytest.raises(NotAllowed):
        exchange.retire(trainer, "Osh-1")


def test_only_a_coordinator_exports_whole_lists_with_names(
    make_store: MakeStore, tmp_path: Path
) -> None:
    trainer = make_store("t", "Osh-1", "trainer")
    create_person(trainer, {"full_name": "Айгүл Бекова"})
    for call in (
        lambda: export_list(trainer, "people", "csv", tmp_path / "people.csv"),
        lambda: export_json(trainer, tmp_path / "all.json"),
    ):
        with pytest.raises(NotAllowed) as err:
            call()
        assert "export whole lists" in err.value.message
    assert not (tmp_path / "people.csv").exists()
    coordinator = make_store("c", "Bishkek", "coordinator")
    create_person(coordinator, {"full_name": "Айгүл Бекова"})
    export_list(coordinator, "people", "csv", tmp_path / "people.csv")
    assert "Айгүл" in (tmp_path / "people.csv").read_text(encoding="utf-8-sig")


def test_a_viewer_browses_but_writes_nothing(make_store: MakeStore, tmp_path: Path) -> None:
    viewer = make_store("v", "Audit", "viewer")
    with pytest.raises(NotAllowed) as err:
        create_person(viewer, {"full_name": "Айгүл Бекова"})
    assert "read only" in err.value.message
    with pytest.raises(NotAllowed):
        create_training(
            viewer, {"title": "T", "start_date": date(2026, 3, 1), "end_date": date(2026, 3, 1)}
        )
    with pytest.raises(NotAllowed):
        export_training(viewer, "x", tmp_path / "t.xlsx")
    with pytest.raises(NotAllowed):
        export_list(viewer, "people", "csv", tmp_path / "people.csv")
    assert viewer.row_counts()["op_log"] == 0
    assert not allowed(viewer.identity(), "edit_records")
    require(viewer, "approve_senders")  # local: what this laptop reads


def test_a_viewer_still_receives_by_sync(make_store: MakeStore, tmp_path: Path) -> None:
    trainer = make_store("t", "Osh-1", "trainer")
    pid = create_person(trainer, {"full_name": "Айгүл Бекова"})
    update_person(trainer, pid, {"phone": "+996555000001"})
    viewer = make_store("v", "Audit", "viewer")
    receipt = exchange.import_file(viewer, exchange.export_bundle(trainer, tmp_path).path)
    assert receipt.status == "held"
    _peer, receipts = exchange.trust(viewer, "Osh-1")
    assert [r.status for r in receipts] == ["applied"]
    with viewer.read() as s:
        assert s.get(Person, pid).phone == "+996555000001"  # type: ignore[union-attr]


# -- the command line: exit 2, one line naming the role and the action ------------------
def test_cli_refuses_a_trainer_with_exit_2_and_one_line(make_store: MakeStore) -> None:
    trainer = make_store("t", "Osh-1", "trainer")
    a, b = _two_people(trainer)
    home = trainer.home.root
    trainer.close()
    for args, action in (
        (("duplicates", "merge", a, b), "merge or unmerge people"),
        (("duplicates", "unmerge", a), "merge or unmerge people"),
        (("export", "people", "--format", "csv", "--out", str(home / "p.csv")), "export"),
        (("approve", "--training", "x"), "sign or revoke certificates"),
        (("revoke", "AB-1", "--reason", "typo"), "sign or revoke certificates"),
        (("network", "invite"), "manage the network"),
        (("sync", "retire", "Osh-1"), "retire a laptop"),
    ):
        done = tirek(home, *args)
        assert done.returncode == 2, (args, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert "trainer" in lines[0] and action in lines[0], lines[0]
        assert "Traceback" not in done.stderr


def test_cli_lets_a_coordinator_merge(make_store: MakeStore) -> None:
    coordinator = make_store("c", "Bishkek", "coordinator")
    a, b = _two_people(coordinator)
    home = coordinator.home.root
    coordinator.close()
    done = tirek(home, "duplicates", "merge", a, b)
    assert done.returncode == 0, done.stderr


def test_cli_refuses_a_viewer_any_write(make_store: MakeStore) -> None:
    viewer = make_store("v", "Audit", "viewer")
    home = viewer.home.root
    viewer.close()
    done = tirek(
        home, "training", "add", "--title", "T", "--start", "2026-03-01", "--end", "2026-03-01"
    )
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "viewer" in done.stderr


def _erased(store: Store, person_id: str) -> bool:
    from app.core.services import privacy

    with store.read() as s:
        return privacy.is_erased(s, person_id)


def test_only_a_coordinator_erases_a_person(make_store: MakeStore) -> None:
    from app.core.services import privacy

    trainer = make_store("t", "Osh-1", "trainer")
    pid = create_person(trainer, {"full_name": "Айжан Турдубаева", "phone": "+996700222333"})
    with pytest.raises(NotAllowed) as err:
        privacy.erase_person(trainer, pid, "her request")
    assert "trainer" in err.value.message
    assert not _erased(trainer, pid)
    done = tirek(trainer.home.root, "people", "erase", pid, "--reason", "her request")
    assert done.returncode == 2 and "trainer" in done.stderr and "Traceback" not in done.stderr
    assert not _erased(trainer, pid)
    coordinator = make_store("c", "Bishkek", "coordinator")
    cid = create_person(coordinator, {"full_name": "Айжан Турдубаева"})
    done = tirek(coordinator.home.root, "people", "erase", cid, "--reason", "her request")
    assert done.returncode == 0, done.stderr
    assert _erased(coordinator, cid)
