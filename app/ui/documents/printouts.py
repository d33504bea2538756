"""Sign-in sheet and minutes from the session and meeting screens: ask where, print, offer
to open. Both run on the one runner, so a slow disk never freezes the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.services import printouts, registration
from app.core.services.meetings import get_meeting
from app.core.store import Store
from app.documents.minutes import write_minutes
from app.documents.signin_sheet import write_signin_sheet
from app.ui.documents.done import open_path
from app.ui.errors import show_error
from app.ui.i18n import translations
from app.ui.runner import Runner


def _tr(text: str) -> str:
    return QCoreApplication.translate("printouts", text)


def _ask_path(parent: QWidget | None, title: str, proposed: Path) -> Path | None:
    """The save dialog opens on a fresh name in the folder chosen once (the dialog itself
    asks before replacing a file)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), "PDF (*.pdf)")
    return Path(path) if path else None


def _session_name(store: Store, session_id: str) -> Path:
    info = registration.session_info(store, session_id)
    return printouts.suggested(store.home, _tr("Sign-in sheet"), info.title, info.date)


def _meeting_name(store: Store, meeting_id: str) -> Path:
    m = get_meeting(store, meeting_id)
    title, day = m.values.get("title") or "", m.values.get("date")
    return printouts.suggested(store.home, _tr("Minutes"), str(title), day)


def _offer_open(parent: QWidget | None, path: Path) -> None:
    answer = QMessageBox.question(
        parent, _tr("Saved"), _tr("Saved %1. Open it now?").replace("%1", str(path))
    )
    if answer == QMessageBox.StandardButton.Yes:
        open_path(path)


def _print(
    store: Store, runner: Runner, parent: QWidget | None, path: Path | None,
    ask: tuple[str, Callable[[], Path]], write: Callable[[Path], Path], label: str,
) -> None:  # fmt: skip
    """Ask where (`ask`: the dialog's title and the proposed name), write on the runner,
    offer to open the file."""
    target = path or _ask_path(parent, ask[0], ask[1]())
    if target is None:
        return
    printouts.remember_folder(store.home, target)
    runner.run(lambda _p: write(target), lambda p: _offer_open(parent, p),
               lambda e: show_error(parent, e), label=label)  # fmt: skip


def print_sheet(
    store: Store, runner: Runner, session_id: str, parent: QWidget | None = None,
    lang: str | None = None, path: Path | None = None,
) -> None:  # fmt: skip
    """Ask where to save the session's sign-in sheet, write it, offer to open it."""
    # Printed in the language of the interface unless asked otherwise.
    _print(store, runner, parent, path,
           (_tr("Save the sign-in sheet"), lambda: _session_name(store, session_id)),
           lambda to: write_signin_sheet(store, session_id, to, lang or translations.language),
           _tr("Printing the sign-in sheet…"))  # fmt: skip


def print_minutes(
    store: Store, runner: Runner, meeting_id: str, parent: QWidget | None = None,
    lang: str | None = None, path: Path | None = None,
) -> None:  # fmt: skip
    """Ask where to save the approved minutes, write them, offer to open them."""
    _print(store, runner, parent, path,
           (_tr("Save the minutes"), lambda: _meeting_name(store, meeting_id)),
           lambda to: write_minutes(store, meeting_id, to, lang or translations.language),
           _tr("Printing the minutes…"))  # fmt: skip
