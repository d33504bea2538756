"""Check a certificate: type (or paste) its code, or drop its PDF on the dialog. Offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TirekError
from app.core.services.verification import VALID, Verification, verify, verify_page
from app.core.store import Store
from app.documents.verify_pdf import pages_in_pdf
from app.ui.errors import error_text


def verification_text(v: Verification) -> str:
    """The answer in the screen's language, with the facts when they are known."""
    head = QCoreApplication.translate("errors", v.template).format(**v.params)
    if v.fresh:
        head += "\n" + " ".join(
            QCoreApplication.translate("errors", t).format(**p) for t, p in v.fresh
        )
    if v.facts is None:
        return head
    f = v.facts
    tr = QCoreApplication.translate
    rows = [
        (tr("VerifyDialog", "Number"), f.number),
        (tr("VerifyDialog", "Name"), f.person_name),
        (tr("VerifyDialog", "Training"), f.training_title),
        (tr("VerifyDialog", "Dates"), f"{f.start_date:%d.%m.%Y} – {f.end_date:%d.%m.%Y}"),
        (tr("VerifyDialog", "Hours"), f"{f.hours:g}"),
        (tr("VerifyDialog", "Organisation"), f.organisation),
        (tr("VerifyDialog", "Issued on"), f"{f.issued_on:%d.%m.%Y}"),
    ]
    return head + "\n\n" + "\n".join(f"{k}: {x}" for k, x in rows)


class VerifyDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.results: list[Verification] = []
        self.setWindowTitle(self.tr("Check a certificate"))
        self.setAcceptDrops(True)
        hint = QLabel(
            self.tr("Type the code printed under “Verification code”, or drop the PDF here.")
        )
        hint.setWordWrap(True)
        self.code = QPlainTextEdit()
        self.code.setPlaceholderText("7EG5B0TY-0001-K3QX")
        self.code.setMaximumHeight(90)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        check = buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.code)
        layout.addWidget(self.answer, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def check(self) -> None:
        self.show_results([verify(self.store, self.code.toPlainText())])

    def check_pdf(self, path: Path) -> None:
        try:
            pages = pages_in_pdf(path)
        except TirekError as err:
            self._show(error_text(err), ok=False)
            return
        if not pages:
            self._show(
                self.tr("No certificate code was found in %1.").replace("%1", path.name), ok=False
            )
            return
        self.show_results([verify_page(self.store, qr, text) for qr, text in pages])

    def show_results(self, results: list[Verification]) -> None:
        self.results = results
        text = "\n\n".join(verification_text(v) for v in results)
        self._show(text, ok=all(v.status == VALID for v in results))

    def _show(self, text: str, ok: bool) -> None:
        self.answer.setText(text)
        colour = "#1b6e3a" if ok else "#a3261b"
        self.answer.setStyleSheet(f"color: {colour};")
        self.adjustSize()  # grow to show every fact

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith(".pdf"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.check_pdf(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
