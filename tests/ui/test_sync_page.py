"""The Sync screen: import, held files approved, a conflict settled side by side."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.errors import NotFoundError
from app.core.progress import Cancelled, Progress
from app.core.services.deletion import delete
from app.core.services.people import create_person, get_person, update_person
from app.core.store import Store, storage_error
from app.sync import exchange, review
from app.ui.runner import Runner
from app.ui.sync.page import HistoryDialog, SyncPage
from tests.sync.helpers import approved_pair
from tests.ui.conftest import settle


def test_import_approve_and_settle_a_conflict(
    qtbot: QtBot, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    a, b = make_store("a", "Osh-1"), make_store("b", "Naryn-2", "coordinator")
    pid = create_person(a, {"full_name": "Айжан Молдокулова"})
    out = tmp_path / "usb"
    out.mkdir()
    first = exchange.export_bundle(a, out).path
    runner = Runner()
    page = SyncPage(b, runner)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    settle(qtbot, runner)

    page.import_paths([first])
    settle(qtbot, runner)
    assert "held until Osh-1 is approved" in page.last_message
    assert page.held.rowCount() == 1 and page.held.item(0, 1).text() == "Osh-1"
    page.held.selectRow(0)
    page._approve_selected()
    settle(qtbot, runner)
    assert "1 new changes from Osh-1" in page.last_message
    assert page.held.rowCount() == 0

    # Concurrent edits of one name: one conflict, both values side by side.
    exchange.import_file(a, exchange.export_bundle(b, out).path)
    exchange.trust(a, "Naryn-2")
    update_person(a, pid, {"full_name": "Айжан М."})
    update_person(b, pid, {"full_name": "Айжан Молдокул кызы"})
    page.import_paths([exchange.export_bundle(a, out, for_peer="Naryn-2").path])
    settle(qtbot, runner)
    assert page.conflict_list.rowCount() == 1
    page.conflict_list.selectRow(0)
    values = {page.versions.item(r, 0).text() for r in range(page.versions.rowCount())}
    assert values == {"Айжан М.", "Айжан Молдокул кызы"}
    assert page.grab().save(str(tmp_path / "sync-page.png"))
    page.own_value.setText("Айжан Молдокулова")
    page.keep_own_btn.click()
    settle(qtbot, runner)
    assert page.conflict_list.rowCount() == 0
    assert review.list_conflicts(b) == []

    history = HistoryDialog(b, "person", pid, page)
    qtbot.addWidget(history)
    devices = [e.device for e in history.entries]
    assert devices[0] == "Osh-1" and "Naryn-2" in devices
    assert history.table.rowCount() == len(history.entries)
    settle(qtbot, runner)
    page.close()
    runner.shutdown()


def test_an_edit_against_a_delete_can_be_kept_deleted_or_restored(
    qtbot: QtBot, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    out = tmp_path / "usb"
    a, b = approved_pair(make_store, out)
    pid = create_person(a, {"full_name": "Жазгүл Мамытова"})
    exchange.import_file(b, exchange.export_bundle(a, out, for_peer="Naryn-2").path)
    delete(a, "person", pid)
    update_person(b, pid, {"phone": "+996700123456"})  # b has not heard of the delete
    runner = Runner()
    page = SyncPage(b, runner)
    qtbot.addWidget(page)
    page.show()
    page.import_paths([exchange.export_bundle(a, out, for_peer="Naryn-2").path])
    settle(qtbot, runner)
    assert page.conflict_list.rowCount() == 1
    page.conflict_list.selectRow(0)
    # Two plain answers, no value to type.
    assert page.keep_btn.text() == "Restore the record"
    assert page.keep_own_btn.text() == "Keep it deleted"
    assert not page.own_value.isVisible()
    page.keep_own_btn.click()
    settle(qtbot, runner)
    assert review.list_conflicts(b) == []
    with pytest.raises(NotFoundError):  # deleted, as on the laptop that deleted it
        get_person(b, pid)
    page.close()
    runner.shutdown()


def test_an_import_asked_while_the_digest_is_computed_does_not_wait_for_it(
    qtbot: QtBot,
    make_store: Callable[..., Store],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a large installation the digest reads for many seconds: it runs on the runner's
    second worker, so the file the trainer imports meanwhile is imported at once."""
    a, b = make_store("a", "Osh-1"), make_store("b", "Naryn-2", "coordinator")
    out = tmp_path / "usb"
    out.mkdir()
    exchange.import_file(b, exchange.export_bundle(a, out).path)
    exchange.trust(b, "Osh-1")
    create_person(a, {"full_name": "Гүлнара Осмонова"})
    real_digest = exchange.state_digest
    release = threading.Event()

    def long_digest(store: Store, progress: Progress) -> str:
        assert release.wait(30)  # "the large installation": until the import is seen
        return real_digest(store, progress)

    monkeypatch.setattr(exchange, "state_digest", long_digest)
    runner = Runner()
    page = SyncPage(b, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "being computed" in page.me.text(), timeout=10_000)
    page.import_paths([exchange.export_bundle(a, out).path])
    qtbot.waitUntil(lambda: "1 new changes from Osh-1" in page.last_message, timeout=10_000)
    assert "being computed" in page.me.text()  # the digest is still being read
    release.set()
    # The import's reload asked for a fresh digest: the page shows the digest of now.
    want = real_digest(b)
    qtbot.waitUntil(lambda: want[:16] in page.me.text(), timeout=10_000)
    settle(qtbot, runner)
    page.close()
    runner.shutdown()
    assert runner.join(10)


def test_a_digest_no_longer_wanted_stops_early(make_demo_store: Callable[..., Store]) -> None:
    store = make_demo_store(seed=1)
    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        exchange.state_digest(store, stopped)
    assert len(exchange.state_digest(store)) == 64


def test_a_digest_the_database_refused_is_said_not_waited_for(
    qtbot: QtBot, make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = make_store()

    def busy(_store: Store, _progress: Progress) -> str:
        raise storage_error(RuntimeError("database is locked"))

    monkeypatch.setattr(exchange, "state_digest", busy)
    runner = Runner()
    page = SyncPage(store, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "busy in another program" in page.last_message, timeout=10_000)
    settle(qtbot, runner)
    page.close()
    runner.shutdown()
