"""The Sync screen lists the cross-row conflicts in words and settles them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.services.meetings import approve_minutes, create_meeting, get_meeting, update_meeting
from app.core.store import Store
from app.sync import exchange, review
from app.ui.runner import Runner
from app.ui.sync.page import SyncPage
from tests.sync.helpers import approved_pair
from tests.ui.conftest import settle


def test_an_offline_edit_of_approved_minutes_is_kept_as_an_amendment(
    qtbot: QtBot, make_store: Callable[..., Store], tmp_path: Path
) -> None:
    out = tmp_path / "usb"
    a, b = approved_pair(make_store, out)
    mid = create_meeting(
        b, {"kind": "ngo", "title": "Кеңеш", "date": "2026-04-02", "minutes": "Approved text"}
    )
    exchange.import_file(a, exchange.export_bundle(b, out, for_peer="Osh-1").path)
    update_meeting(a, mid, {"minutes": "Changed offline"})
    approve_minutes(b, mid, "Coordinator")
    runner = Runner()
    page = SyncPage(b, runner)
    qtbot.addWidget(page)
    page.show()
    page.import_paths([exchange.export_bundle(a, out, for_peer="Naryn-2").path])
    settle(qtbot, runner)
    assert get_meeting(b, mid).values["minutes"] == "Approved text"
    assert page.conflict_list.rowCount() == 1
    assert page.conflict_list.item(0, 1).text() == "minutes: changed elsewhere after approval"
    page.conflict_list.selectRow(0)
    assert page.keep_btn.text() == "Keep as an amendment"
    assert page.keep_own_btn.text() == "Reject, keep approved text"
    values = [page.versions.item(r, 0).text() for r in range(page.versions.rowCount())]
    assert values == ["Approved text", "Changed offline"]
    page.keep_btn.click()
    settle(qtbot, runner)
    assert review.list_conflicts(b) == []
    assert get_meeting(b, mid).values["minutes"] == "Changed offline"
    assert get_meeting(b, mid).approved
    page.close()
    runner.shutdown()
