"""Certificate, verify, sheet and minutes dialogs, driven as a coordinator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.services.attendance import mark_one
from app.core.services.certificates import eligibility
from app.core.services.verification import ALTERED, VALID
from app.core.store import Store
from app.ui.desk import Desk
from app.ui.documents import done, printouts
from app.ui.documents.certificates import PrintCertificatesDialog
from app.ui.documents.verify import VerifyDialog
from tests.documents.cert_fixtures import (
    KYRGYZ_NAMES,
    make_approved_meeting,
    make_training,
    mark_all,
)
from tests.documents.pdfcheck import pages_text
from tests.ui.conftest import Boxes, settle


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    monkeypatch.setattr(done, "open_path", lambda p: seen.append(p) or True)
    monkeypatch.setattr(printouts, "open_path", lambda p: seen.append(p) or True)
    return seen


def test_print_certificates_then_open_and_show_in_folder(
    qtbot: QtBot, desk: Desk, store: Store, tmp_path: Path, opened: list[Path]
) -> None:
    s = make_training(store)
    mark_all(store, s)
    dialog = PrintCertificatesDialog(store, desk.runner, s.training_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "5" in dialog.summary.text()
    dialog.lang.setCurrentIndex(dialog.lang.findData("ky+ru"))
    dialog.where.setText(str(tmp_path / "all.pdf"))
    dialog.print_button.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: dialog.printed is not None, timeout=10_000)
    assert dialog.panel.isVisible()
    assert len(pages_text(tmp_path / "all.pdf")) == len(KYRGYZ_NAMES)
    dialog.panel.open_button.click()
    dialog.panel.folder_button.click()
    assert opened == [tmp_path / "all.pdf", tmp_path]
    # One file per person, into a folder.
    dialog.each.setChecked(True)
    dialog.where.setText(str(tmp_path / "each"))
    dialog.print_button.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: (tmp_path / "each").is_dir(), timeout=10_000)
    qtbot.waitUntil(lambda: len(list((tmp_path / "each").glob("*.pdf"))) == 5, timeout=10_000)
    assert dialog.grab().save(str(tmp_path / "print-dialog.png"))


def test_a_coordinator_includes_and_excludes_by_hand_with_a_reason(
    qtbot: QtBot,
    desk: Desk,
    store: Store,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = make_training(store)
    mark_all(store, s)
    first = s.people[KYRGYZ_NAMES[0]]
    mark_one(store, s.session_ids[0], first, "absent")  # missed a day: no certificate by the rule
    dialog = PrintCertificatesDialog(store, desk.runner, s.training_id)
    qtbot.addWidget(dialog)
    row = [p.person_id for p in dialog.standing].index(first)
    assert dialog.people.item(row, 2).text() == "No"
    assert "4" in dialog.summary.text()
    answers = iter([("", True), ("Was ill; made up the day with the trainer", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    dialog.people.selectRow(row)
    dialog.include.click()  # no reason given: refused, in words
    assert "reason" in boxes.texts()
    assert dialog.people.item(row, 2).text() == "No"
    dialog.include.click()
    assert dialog.people.item(row, 2).text() == "Yes"
    assert "made up the day" in dialog.people.item(row, 3).text()
    assert "5" in dialog.summary.text()
    assert eligibility(store, s.training_id).people[row].eligible  # saved, travels by sync
    dialog.by_rule.click()
    assert dialog.people.item(row, 2).text() == "No" and dialog.people.item(row, 3).text() == ""


def test_print_errors_are_shown_in_words(
    qtbot: QtBot, desk: Desk, store: Store, tmp_path: Path, boxes: Boxes
) -> None:
    s = make_training(store)
    mark_all(store, s)
    dialog = PrintCertificatesDialog(store, desk.runner, s.training_id)
    qtbot.addWidget(dialog)
    dialog.org.setText("")
    store.home.settings.unlink()
    dialog.where.setText(str(tmp_path / "x.pdf"))
    dialog.print_button.click()
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    assert "organisation" in boxes.texts()
    assert dialog.print_button.isEnabled()


def test_verify_dialog_typed_code_and_dropped_pdf(
    qtbot: QtBot, desk: Desk, store: Store, tmp_path: Path
) -> None:
    from app.documents.certificates import print_certificates

    s = make_training(store)
    mark_all(store, s)
    result = print_certificates(store, s.training_id, out=tmp_path / "c.pdf")
    dialog = VerifyDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setPlainText(result.certificates[0].code)
    dialog.check()
    assert [r.status for r in dialog.results] == [VALID]
    assert result.certificates[0].facts.person_name in dialog.answer.text()
    payload = result.certificates[0].qr_payload
    flipped = "1" if payload[-80] != "1" else "2"  # a fact changed, the signature kept
    dialog.code.setPlainText(payload[:-80] + flipped + payload[-79:])
    dialog.check()
    assert [r.status for r in dialog.results] == [ALTERED]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "c.pdf"))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    dialog.dropEvent(drop)  # what Qt calls when a PDF is dropped on the dialog
    assert [r.status for r in dialog.results] == [VALID] * len(KYRGYZ_NAMES)
    assert dialog.grab().save(str(tmp_path / "verify-dialog.png"))


def test_sheet_and_minutes_from_their_screens(
    qtbot: QtBot, desk: Desk, store: Store, tmp_path: Path, boxes: Boxes, opened: list[Path]
) -> None:
    s = make_training(store)
    meeting = make_approved_meeting(store)
    boxes.answer = QMessageBox.StandardButton.Yes
    printouts.print_sheet(store, desk.runner, s.session_ids[0], path=tmp_path / "sheet.pdf")
    printouts.print_minutes(store, desk.runner, meeting, path=tmp_path / "minutes.pdf")
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    assert opened == [tmp_path / "sheet.pdf", tmp_path / "minutes.pdf"]
    assert "Open it now?" in boxes.texts()
