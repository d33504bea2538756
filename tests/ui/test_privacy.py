"""Consent and erasure in the window: the attendance grid's consent column, the person
editor's consent section, and "Erase person…" with its typed confirmation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.services import privacy
from app.core.services.people import create_person, get_person
from app.core.services.trainings import add_session, create_training, enrol
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.people.editor import PersonEditor
from app.ui.people.privacy import ConsentDialog, EraseDialog
from app.ui.trainings.editor import TrainingEditor
from tests.ui.conftest import type_text


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: erasing a person is a coordinator's right (app/core/rights.py)."""
    return make_store(role="coordinator")


def test_the_sign_in_sheets_consent_box_is_typed_in_with_the_attendance(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    first = create_person(store, {"full_name": "Айгүл Сыдыкова", "consent_data": True})
    second = create_person(store, {"full_name": "Бурул Өмүрова"})
    tid = create_training(
        store, {"title": "T", "start_date": "2026-03-02", "end_date": "2026-03-02"}
    )
    add_session(store, tid, {"date": "2026-03-02"})
    enrol(store, tid, [first, second])
    editor = TrainingEditor(desk, tid)
    qtbot.addWidget(editor)
    grid = editor.attendance
    m = grid.model
    col = m.consent_column
    assert m.headerData(col, Qt.Orientation.Horizontal) == "Consent"
    rows = {p.person_id: i for i, p in enumerate(m.grid.participants)}  # type: ignore[union-attr]
    assert (
        m.data(m.index(rows[first], col), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    assert m.data(m.index(rows[second], col), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    grid.view.setCurrentIndex(m.index(rows[second], col))
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)  # ticked as on the paper
    # Marks are written on the runner: wait for the statement, not for a fixed time.
    qtbot.waitUntil(lambda: privacy.consent_of(store, second).current["data"] is True)
    assert privacy.consent_of(store, second).history[0].how == "paper_sheet"
    m.setData(m.index(rows[first], col), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: privacy.consent_of(store, first).current["data"] is False)


def test_the_person_editor_records_consent_and_erases_after_the_name_is_typed(
    qtbot: QtBot, store: Store, desk: Desk
) -> None:
    pid = create_person(store, {"full_name": "Гүлзат Сыдыкова", "phone": "+996555000111"})
    editor = PersonEditor(desk, pid)
    qtbot.addWidget(editor)
    assert editor.consent is not None and "No consent recorded." in editor.consent.history.text()
    dialog = ConsentDialog(store, pid, editor)
    qtbot.addWidget(dialog)
    dialog.how.setCurrentIndex(dialog.how.findData("verbal"))
    assert not dialog.save()  # a verbal consent needs its witness
    dialog.witness.setText("Айнура")
    assert dialog.save()
    editor.consent.reload()
    assert "witness Айнура" in editor.consent.history.text()
    assert privacy.consent_of(store, pid).history[0].given_at <= datetime.now()  # type: ignore[operator]

    erase = EraseDialog(store, pid, "Гүлзат Сыдыкова", editor)
    qtbot.addWidget(erase)
    assert "cannot be undone" in erase.findChildren(type(editor.consent.summary))[0].text()
    type_text(erase.typed, "Гүлзат")
    erase.reason.setText("her request")
    assert not erase.erase_button.isEnabled() and not erase.erase()
    type_text(erase.typed, "Гүлзат  Сыдыкова")  # spaces as typed do not matter
    assert erase.erase_button.isEnabled()
    assert erase.erase()
    assert erase.shown_as is not None
    assert get_person(store, pid).values["full_name"] == erase.shown_as
    assert get_person(store, pid).values["phone"] is None
    again = PersonEditor(desk, pid)
    qtbot.addWidget(again)
    assert again.erase_button is not None and not again.erase_button.isEnabled()
    assert not again.form.isEnabled()
