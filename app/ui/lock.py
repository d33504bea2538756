"""The passphrase in the window: asked at start-up, and again after an idle time (issue 16).

`open_store(home)` opens the installation before any window: with the key this computer
remembers (when the user let it, the keyring keeps the key derived from the passphrase) or
with the passphrase typed in `PassphraseDialog`; a new or plain installation chooses one
(typed twice) and is then shown its recovery key once.
`IdleLock` covers the main window after `lock_minutes` without a key press or a click and
lets nobody back in without the passphrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import passphrase, settings
from app.core.errors import InputError, TirekError
from app.core.paths import Home
from app.core.store import Store
from app.ui.errors import error_text
from app.ui.forms import ERROR_STYLE, dialog_buttons, problem_label
from app.ui.runner import Runner
from app.ui.timers import one_shot

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
SECTION = "security"  # settings.ini: lock_minutes
DEFAULT_LOCK_MINUTES = 10


def lock_minutes(home: Home) -> int:
    try:
        return max(1, int(settings.get(home, SECTION, "lock_minutes") or DEFAULT_LOCK_MINUTES))
    except ValueError:
        return DEFAULT_LOCK_MINUTES


class PassphraseDialog(QDialog):
    """Asks for the passphrase; `choosing` asks for a new one, twice."""

    def __init__(self, choosing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choosing = choosing
        self.setWindowTitle(self.tr("Tirek: passphrase"))
        box = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tirek keeps its database encrypted. Choose a passphrase of at least 8 "
                "characters: it is asked when Tirek starts."
            )
            if choosing
            else self.tr("Type the passphrase of Tirek's database.")
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        self.typed = QLineEdit()
        self.typed.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.typed)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if choosing:
            form.addRow(self.tr("Again:"), self.again)
        box.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setToolTip(
            self.tr(
                "Kept in the system's credential store; anyone who can log in here can open Tirek."
            )
        )
        box.addWidget(self.remember)
        self.problem = problem_label()
        box.addWidget(self.problem)
        self.buttons = dialog_buttons(self, self.accept_typed, QDialogButtonBox.StandardButton.Ok)
        box.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept_typed(self) -> None:
        text = self.typed.text()
        try:
            if self.choosing:
                passphrase.check_new_passphrase(text)
                if self.again.text() != text:
                    self.show_problem(self.tr("The two passphrases differ."))
                    return
        except InputError as err:
            self.show_problem(error_text(err))
            return
        self.accept()

    def open_store(self, home_dir: Path, typed: str) -> Store | None:
        """The store opened with `typed`, while this dialog says "Opening Tirek…"; raises
        the TirekError that says why it did not open. None after a bug (the runner has
        logged it and shown the crash dialog)."""
        with self.opening():
            return self.in_background(lambda: Store.open(home_dir, typed))

    def in_background(self, work: Callable[[], Store]) -> Store | None:
        """`work()` on a worker of its own (app/ui/runner.py) while the event loop keeps
        this dialog painted and the window system answered: the key derivation takes a
        good part of a second on an old laptop, a plain database's conversion longer."""
        loop = QEventLoop(self)
        opened: list[Store] = []
        failed: list[BaseException] = []
        runner = Runner(self)
        runner.idle_changed.connect(lambda idle: loop.quit() if idle else None)
        runner.run(lambda _progress: work(), opened.append, failed.append, quiet=True)
        # Until the job is done. Its callback comes in the same event as "idle": the loop
        # ends once that event is handled, callback included.
        loop.exec()
        runner.shutdown()
        if failed:
            raise failed[0]
        return opened[0] if opened else None

    @contextmanager
    def opening(self) -> Iterator[None]:
        """Shown, with "Opening Tirek…", while the typed passphrase opens the installation:
        a dialog that vanished for that time would look like a crash."""
        self.show()
        self.problem.setStyleSheet("")  # news, not a problem: not in the problems' red
        self.problem.setText(self.tr("Opening Tirek…"))
        inputs = (self.typed, self.again, self.remember, self.buttons)
        for widget in inputs:
            widget.setEnabled(False)  # the words above stay readable
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
            self.problem.setStyleSheet(ERROR_STYLE)
            for widget in inputs:
                widget.setEnabled(True)
            self.hide()  # asked again, `exec` shows it modal once more

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.typed.selectAll()
        self.typed.setFocus()


def show_recovery_key(store: Store, parent: QWidget | None = None) -> None:
    """The recovery key, once, with what to do with it."""
    if store.new_recovery_key is None:
        return
    QMessageBox.information(
        parent,
        QApplication.translate("Lock", "Recovery key"),
        QApplication.translate(
            "Lock",
            "Write this recovery key down now and give it to your coordinator. It is shown "
            "only this once. With it a forgotten passphrase can be replaced.\n\n{key}",
        ).format(key=store.new_recovery_key),
    )


def open_store(home_dir: Path) -> Store | None:
    """The open store, or None when the user cancelled. Asks until the passphrase fits."""
    home = Home(home_dir)
    encrypted = passphrase.is_encrypted(home)
    given = passphrase.from_environment()
    # TIREK_PASSPHRASE, else the key this computer remembers (passphrase.py; the start-up
    # thread has usually unwrapped it already).
    if given is not None or (encrypted and passphrase.unlock_remembered(home) is not None):
        try:
            return Store.open(home_dir, given)
        except InputError:
            pass  # one that no longer fits: ask
    dialog = PassphraseDialog(choosing=not encrypted)
    while dialog.exec():
        typed = dialog.typed.text()
        try:
            store = dialog.open_store(home_dir, typed)
        except InputError as err:
            dialog.show_problem(error_text(err))
            continue
        if store is None:  # a bug, reported: the window does not open
            return None
        if dialog.remember.isChecked():
            passphrase.remember(home, typed)
        show_recovery_key(store)
        return store
    return None


class LockScreen(QWidget):
    """Covers the whole window; only the passphrase takes it away."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        # Opaque: a plain QWidget paints no style-sheet background without this attribute,
        # and the names on the pages underneath would stay readable through the cover.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QWidget#lockScreen { background: #24324a; } QLabel { color: white; }")
        box = QVBoxLayout(self)
        box.addStretch()
        title = QLabel(self.tr("Tirek is locked"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        box.addWidget(title)
        hint = QLabel(self.tr("Type the passphrase to go on."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(hint)
        self.typed = QLineEdit()
        self.typed.setEchoMode(QLineEdit.EchoMode.Password)
        self.typed.setFixedWidth(320)
        box.addWidget(self.typed, alignment=Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        box.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.problem)
        box.addStretch()


class IdleLock(QObject):
    """Locks `window` after `minutes` without input; `unlocked` is checked by the store."""

    def __init__(self, window: QMainWindow, store: Store, minutes: float) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        self.screen: LockScreen | None = None
        self._disabled: list[QWidget] = []
        self._disabled_actions: list[QAction] = []
        self.timer = one_shot(self, int(minutes * 60_000), self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.screen is None and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
        ):
            self.input_seen()
        return False

    def input_seen(self) -> None:
        self.timer.start()  # the idle time starts again

    def lock(self) -> None:
        if self.screen is not None or not self.store.encrypted:
            return
        self.screen = LockScreen(self.window)
        self.screen.setGeometry(self.window.rect())
        self.screen.unlock_button.clicked.connect(self.try_unlock)
        self.screen.typed.returnPressed.connect(self.try_unlock)
        self.screen.show()
        self.screen.raise_()
        self.screen.typed.setFocus()
        # Nothing under the cover works: not the pages, not the menus' shortcuts.
        self._disabled = [
            w
            for w in self.window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w is not self.screen and w.isEnabled()
        ]
        self._disabled_actions = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for widget in self._disabled:
            widget.setEnabled(False)
        for action in self._disabled_actions:
            action.setEnabled(False)

    def try_unlock(self) -> None:
        if self.screen is None:
            return
        try:
            fits = self.store.check_passphrase(self.screen.typed.text())
        except TirekError as err:
            self.screen.problem.setText(error_text(err))
            return
        if not fits:
            self.screen.problem.setText(self.tr("The passphrase is not right."))
            self.screen.typed.clear()
            return
        self.screen.deleteLater()
        self.screen = None
        for widget in self._disabled:
            widget.setEnabled(True)
        for action in self._disabled_actions:
            action.setEnabled(True)
        self.timer.start()

    def follow_resize(self) -> None:
        if self.screen is not None:
            self.screen.setGeometry(self.window.rect())

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


class ChangePassphraseDialog(QDialog):
    """Settings: a new passphrase, proven by the current one or by the recovery key."""

    def __init__(self, store: Store, recovery: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.recovery = store, recovery
        self.setWindowTitle(self.tr("Tirek: passphrase"))
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.proof = QLineEdit()
        if not recovery:
            self.proof.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("Recovery key:") if recovery else self.tr("Current passphrase:"), self.proof
        )
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New passphrase:"), self.new)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Again:"), self.again)
        box.addLayout(form)
        self.problem = problem_label()
        box.addWidget(self.problem)
        box.addWidget(dialog_buttons(self, self.change, QDialogButtonBox.StandardButton.Ok))
        self.setMinimumWidth(420)

    def change(self) -> None:
        if self.new.text() != self.again.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        try:
            if self.recovery:
                passphrase.recover(self.store.home, self.proof.text(), self.new.text())
            else:
                passphrase.change(self.store.home, self.proof.text(), self.new.text())
        except TirekError as err:
            self.problem.setText(error_text(err))
            return
        self.accept()
