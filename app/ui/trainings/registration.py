"""Registration at the venue: the QR code and PIN to show, and the confirmation list.

The trainer opens it for one day. The Qt-free server (app/core/registration/server.py)
is started and stopped through the one runner; while it listens, phones' sends arrive as
pending rows and the one `data_changed` signal ("registration_pending") refreshes the
list. Enter confirms the highlighted registration as suggested (the registered person
when the match is sure, else a new person) and marks the day present; Delete rejects.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.registration.server import RegistrationServer
from app.core.services import registration
from app.core.services.registration import Pending
from app.ui.desk import Desk
from app.ui.errors import show_error
from app.ui.fit import fit_to_screen
from app.ui.forms import push
from app.ui.table import Column, RowsModel, make_table


def qr_pixmap(payload: str, size: int) -> QPixmap:
    from app.documents.qr import qr_image  # reportlab's encoder, as on certificates

    buf = io.BytesIO()
    qr_image(payload).save(buf, "PNG")
    pix = QPixmap()
    pix.loadFromData(buf.getvalue(), "PNG")
    return pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)


class RegistrationDialog(QDialog):
    # Where the server listens: every network of the laptop (its hotspot, the venue's
    # router). Tests set 127.0.0.1.
    host = "0.0.0.0"
    port = 8765
    minutes = 45.0
    closed_by_itself = Signal()

    def __init__(self, desk: Desk, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.session_id = session_id
        info = registration.session_info(self.store, session_id)
        self.training_id = info.training_id
        self.setWindowTitle(
            self.tr("Registration: {title}, {date}").format(title=info.title, date=info.date)
        )
        self.server = RegistrationServer(
            self.store,
            session_id,
            host=self.host,
            port=self.port,
            minutes=self.minutes,
            on_close=self.closed_by_itself.emit,
        )
        self.closed_by_itself.connect(self._closed, Qt.ConnectionType.QueuedConnection)
        self.qr = QLabel()
        self.qr.setFixedSize(220, 220)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel(self.tr("Starting…"))
        big = QFont(self.address.font())
        big.setPointSize(big.pointSize() + 6)
        big.setBold(True)
        self.address.setFont(big)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pin = QLabel()
        self.pin.setFont(big)
        self.left = QLabel()
        self.how = QLabel(
            self.tr(
                "Participants connect their phones to this laptop's Wi-Fi (or the venue's), "
                "scan the code or type the address, and enter the PIN. Nothing they send is "
                "kept until you confirm it here."
            )
        )
        self.how.setWordWrap(True)
        info_col = QVBoxLayout()
        info_col.addWidget(self.address)
        info_col.addWidget(self.pin)
        info_col.addWidget(self.left)
        info_col.addWidget(self.how, 1)
        top = QHBoxLayout()
        top.addWidget(self.qr)
        top.addLayout(info_col, 1)

        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda p: p.full_name, width=220),
                Column(self.tr("Born"), lambda p: p.answers.get("birth_year"), width=55),
                Column(self.tr("Phone"), lambda p: p.answers.get("phone"), width=130),
                Column(self.tr("In the registry"), self._match_text, stretch=True),
            ],
            self,
        )
        self.view = make_table(self.model)
        self.waiting = QLabel()
        self.confirm_button = push(self.tr("Confirm (Enter)"), self.confirm)
        self.same_button = push(self.tr("Same as the registered person"), self.confirm_same)
        self.new_button = push(self.tr("A new person"), self.confirm_new)
        self.reject_button = push(self.tr("Reject (Delete)"), self.reject_current)
        self.stop_button = push(self.tr("Close registration"), self.accept)
        buttons = QHBoxLayout()
        for b in (self.confirm_button, self.same_button, self.new_button, self.reject_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.waiting)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        for keys, slot in (
            (Qt.Key.Key_Return, self.confirm),
            (Qt.Key.Key_Enter, self.confirm),
            (Qt.Key.Key_Delete, self.reject_current),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.resize(900, 600)
        fit_to_screen(self)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        desk.data_changed.connect(self._data_changed)
        self._refreshing = False
        self._again = False
        self._finished = False
        self._done: set[str] = set()  # confirmed or rejected here
        self.desk.runner.run(lambda _p: self.server.start(), self._opened, self._failed)
        self.refresh()

    # -- the server -------------------------------------------------------------------------
    def _opened(self, _url: str) -> None:
        if self._finished:  # closed before the server had started
            self.server.stop()
            return
        self.address.setText(self.server.url)
        self.pin.setText(self.tr("PIN: {pin}").format(pin=self.server.pin))
        self.qr.setPixmap(qr_pixmap(self.server.qr_payload, 210))
        self.ticker.start()
        self._tick()

    def _failed(self, err: BaseException) -> None:
        self.address.setText(self.tr("Registration could not start."))
        show_error(self, err)

    def _tick(self) -> None:
        left = self.server.seconds_left()
        self.left.setText(
            self.tr("Open for {min} more minutes").format(min=(left + 59) // 60)
            if self.server.is_open
            else self.tr("Registration is closed.")
        )

    def _closed(self) -> None:
        self.ticker.stop()
        self._tick()
        self.qr.clear()

    def done(self, result: int) -> None:
        self._finished = True
        self.server.stop()
        self.ticker.stop()
        self.desk.data_changed.disconnect(self._data_changed)
        super().done(result)

    # -- the list ---------------------------------------------------------------------------
    def _match_text(self, p: Pending) -> str:
        if p.match == registration.SAME:
            return self.tr("registered: {name}").format(name=p.person_name)
        if p.match == registration.MAYBE:
            return self.tr("maybe the same as {name}? (new unless you say so)").format(
                name=p.person_name
            )
        if p.match == registration.UNCHECKED:
            return self.tr("looking in the registry…")
        return self.tr("new person")

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if registration.KIND in kinds or "person" in kinds:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the waiting list on the runner (matching costs a query per person)."""
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        tid = self.training_id
        self.desk.runner.run(
            lambda _p: registration.list_pending(self.store, tid), self._show, self._failed_list
        )

    def _failed_list(self, err: BaseException) -> None:
        self._refreshing = False
        show_error(self, err)

    def _show(self, rows: list[Pending]) -> None:
        self._refreshing = False
        if self._again:
            self._again = False
            self.refresh()
        current = self.current()
        # A list read before the trainer's last answers were written may still hold them.
        rows = [p for p in rows if p.id not in self._done]
        self.model.set_rows(rows)
        ids = [p.id for p in rows]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        if rows:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.waiting.setText(self.tr("%n registrations waiting for you", "", len(rows)))
        self._buttons()

    def current(self) -> Pending | None:
        row = self.view.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < len(self.model.rows) else None

    def _buttons(self) -> None:
        p = self.current()
        for b in (self.confirm_button, self.new_button, self.reject_button):
            b.setEnabled(p is not None)
        self.same_button.setEnabled(p is not None and p.person_id is not None)

    # -- the trainer's answers --------------------------------------------------------------
    def _confirm(self, as_person: str | None) -> None:
        self._settle(lambda pending_id: registration.confirm(self.store, pending_id, as_person))

    def _settle(self, write: Callable[[str], object]) -> None:
        """Confirm or reject the chosen registration; it leaves the list at once."""
        p = self.current()
        if p is None:
            return
        try:
            write(p.id)
        except TirekError as err:
            show_error(self, err)
            return
        self._done.add(p.id)
        # Shown at once; the refresh that follows re-reads the rest.
        self.model.set_rows([r for r in self.model.rows if r.id != p.id])
        if self.model.rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._buttons()

    def confirm(self) -> None:
        p = self.current()
        if p is not None:
            # Not compared with the registry yet (it arrived a moment ago): compare now,
            # so one key never makes a duplicate of a registered person.
            self._confirm(registration.checked(self.store, p).suggested_person)

    def confirm_same(self) -> None:
        p = self.current()
        if p is not None and p.person_id is not None:
            self._confirm(p.person_id)

    def confirm_new(self) -> None:
        self._confirm(None)

    def reject_current(self) -> None:
        self._settle(lambda pending_id: registration.reject(self.store, pending_id))
