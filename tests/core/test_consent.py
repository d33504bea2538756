"""Consent as data: statements, the current value, exports that leave people out, the CLI,
and statements travelling between two laptops by real bundles."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from app.core.errors import InputError
from app.core.services import privacy
from app.core.services.attendance import mark_attendance
from app.core.services.people import create_person, update_person
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.documents.sheets.exports import export_list
from app.documents.sheets.training import export_training
from tests.cli_runner import tirek
from tests.sync.helpers import digest, installation, send


def _people(store: Store) -> tuple[str, str, str]:
    yes = create_person(store, {"full_name": "Асель Кадырова", "consent_data": True})
    no = create_person(store, {"full_name": "Бермет Уметова"})
    later = create_person(store, {"full_name": "Чолпон Маматова", "consent_data": True})
    privacy.record_consent(store, later, "data", False, "verbal", witness="Нургүл")
    return yes, no, later


def test_the_latest_statement_wins_and_the_history_is_kept(make_store) -> None:  # type: ignore[no-untyped-def]
    store = make_store()
    yes, no, later = _people(store)
    assert privacy.consent_of(store, yes).current == {
        "data": True,
        "photo": False,
        "contact": False,
    }
    assert privacy.consent_of(store, no).current["data"] is False
    c = privacy.consent_of(store, later)
    assert c.current["data"] is False
    assert [(s.given, s.how) for s in c.history if s.kind == "data"] == [
        (False, "verbal"),
        (True, "paper_sheet"),
    ]
    assert c.history[0].witness == "Нургүл" and c.history[0].recorded_on == "Osh-1"
    # given again, on paper, later still
    privacy.record_consent(store, later, "data", True, "paper_sheet")
    assert privacy.consent_of(store, later).current["data"] is True
    # a paper sheet of last year typed in now is history, not the current consent
    privacy.record_consent(
        store, later, "data", False, "paper_sheet", given_at=datetime(2025, 3, 1)
    )
    assert privacy.consent_of(store, later).current["data"] is True
    assert privacy.consent_of(store, later).history[-1].given_at == datetime(2025, 3, 1)
    # the box in the editor records a statement too
    update_person(store, no, {"consent_photo": True})
    assert privacy.consent_of(store, no).current["photo"] is True
    assert privacy.consent_of(store, no).history[0].how == "paper_sheet"


def test_wrong_statements_are_refused(make_store) -> None:  # type: ignore[no-untyped-def]
    store = make_store()
    pid = create_person(store, {"full_name": "Айжан"})
    with pytest.raises(InputError, match="witness"):
        privacy.record_consent(store, pid, "data", True, "verbal")
    with pytest.raises(InputError):
        privacy.record_consent(store, pid, "email", True, "paper_sheet")
    with pytest.raises(InputError):
        privacy.record_consent(store, pid, "data", True, "before_records")
    # dated ahead, it would outrank every withdrawal until that day
    with pytest.raises(InputError, match="future"):
        privacy.record_consent(
            store, pid, "data", True, "paper_sheet", given_at=datetime(2099, 1, 1)
        )
    assert not privacy.consent_of(store, pid).history


def test_exports_without_consent_leave_her_out(make_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = make_store(role="coordinator")  # whole lists with names: a coordinator's right
    yes, no, later = _people(store)
    tid = create_training(
        store, {"title": "T", "start_date": "2026-03-01", "end_date": "2026-03-01"}
    )
    day = add_session(store, tid, {"date": "2026-03-01", "hours": 2})
    enrol(store, tid, [yes, no, later])
    mark_attendance(store, day, {yes: "present", no: "present", later: "present"})

    def names(path: Path) -> str:
        return path.read_text(encoding="utf-8-sig")

    for what in ("people", "attendance"):
        full = export_list(store, what, "csv", tmp_path / f"{what}.csv")
        cut = export_list(store, what, "csv", tmp_path / f"{what}-c.csv", consented_only=True)
        assert "Бермет" in names(full) and "Чолпон" in names(full)
        assert "Асель" in names(cut)
        assert "Бермет" not in names(cut) and "Чолпон" not in names(cut)
        assert len(list(csv.reader(names(cut).splitlines()))) >= 2
    whole = export_list(store, "all", "json", tmp_path / "all.json", consented_only=True)
    people = json.loads(whole.read_text(encoding="utf-8"))["tables"]["person"]
    assert [p["full_name"] for p in people] == ["Асель Кадырова"]
    sheet = export_training(store, tid, tmp_path / "t.csv", consented_only=True)
    assert "Асель" in names(sheet) and "Бермет" not in names(sheet)
    assert "Чолпон" in names(export_training(store, tid, tmp_path / "t-all.csv"))


def test_consent_and_erasure_through_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert (
        tirek(home, "init", "--device-name", "Bishkek-office", "--role", "coordinator").returncode
        == 0
    )
    store = Store.open(home)
    pid = create_person(store, {"full_name": "Гүлзат Сыдыкова", "phone": "+996555000111"})
    store.close()
    shown = tirek(home, "people", "consent", pid)
    assert shown.returncode == 0 and "data: not given" in shown.stdout
    bad = tirek(home, "people", "consent", pid, "--kind", "data", "--given", "--how", "verbal")
    assert bad.returncode == 2 and "witness" in bad.stderr
    done = tirek(
        home, "people", "consent", pid, "--kind", "data", "--given", "--how", "verbal",
        "--witness", "Айнура",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "data: given" in done.stdout and "witness Айнура" in done.stdout
    assert tirek(home, "people", "erase", pid).returncode == 2  # --reason is required
    erased = tirek(home, "people", "erase", pid, "--reason", "her request")
    assert erased.returncode == 0 and "Erased person" in erased.stdout
    again = tirek(home, "people", "erase", pid, "--reason", "again")
    assert again.returncode == 2 and "erased already" in again.stderr
    assert tirek(home, "people", "erase", "no-such-id", "--reason", "x").returncode == 2
    out = tmp_path / "people.csv"
    assert tirek(home, "export", "people", "--format", "csv", "--out", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Гүлзат" not in text and "+996555000111" not in text and "Erased person" in text


def test_consent_statements_travel_and_merge(tmp_path: Path) -> None:
    a = installation(tmp_path / "a", "Osh-1")
    b = installation(tmp_path / "b", "Naryn-2")
    pid = create_person(a, {"full_name": "Нуриза", "consent_data": True})
    send(a, b, tmp_path / "f1")
    # offline on both: a withdrawal on B (later), a photo consent on A
    privacy.record_consent(b, pid, "data", False, "paper_sheet")
    privacy.record_consent(a, pid, "photo", True, "verbal", "Сайкал")
    send(a, b, tmp_path / "f2")
    send(b, a, tmp_path / "f3")
    for store in (a, b):
        c = privacy.consent_of(store, pid)
        assert c.current["data"] is False and c.current["photo"] is True
        assert len(c.history) == 3
    assert digest(a) == digest(b)
