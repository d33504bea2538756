"""Print a training's certificates: language, one PDF or one per person, where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core import settings
from app.core.progress import Progress
from app.core.services.certificates import eligibility
from app.core.store import Store
from app.documents.certificates import PrintResult, print_certificates
from app.ui.documents.done import SavedPanel
from app.ui.errors import show_error
from app.ui.i18n import translations
from app.ui.runner import Runner


class PrintCertificatesDialog(QDialog):
    def __init__(
        self, store: Store, runner: Runner, training_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.training_id = training_id
        self.printed: PrintResult | None = None
        self.setWindowTitle(self.tr("Print certificates"))
        who = eligibility(store, training_id)
        self.summary = QLabel(
            self.tr("%n participant(s) earned a certificate.", "", len(who.eligible))
        )
        self.lang = QComboBox()
        for code, name in (
            ("ky", self.tr("Kyrgyz")),
            ("ru", self.tr("Russian")),
            ("en", self.tr("English")),
            ("ky+ru", self.tr("Kyrgyz and Russian")),
        ):
            self.lang.addItem(name, code)
        # The language of the interface first; Kyrgyz and Russian side by side is a click away.
        self.lang.setCurrentIndex(max(0, self.lang.findData(translations.language)))
        self.org = QLineEdit(settings.get(store.home, "organisation", "name") or "")
        self.one = QRadioButton(self.tr("One PDF with all certificates"))
        self.each = QRadioButton(self.tr("One PDF per person, in a folder"))
        self.one.setChecked(True)
        self.where = QLineEdit(str(Path.home() / "certificates.pdf"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        self.one.toggled.connect(self._kind_changed)
        place = QHBoxLayout()
        place.addWidget(self.where, 1)
        place.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Organisation"), self.org)
        form.addRow(self.one)
        form.addRow(self.each)
        form.addRow(self.tr("Save to"), place)
        self.panel = SavedPanel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("Print"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setEnabled(bool(who.eligible))
        self.print_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _kind_changed(self) -> None:
        path = Path(self.where.text() or Path.home())
        if self.one.isChecked():
            self.where.setText(str(path.with_suffix(".pdf")))
        else:
            self.where.setText(str(path.with_suffix("")))

    def choose(self) -> None:
        if self.one.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save certificates"), self.where.text(), self.tr("PDF (*.pdf)")
            )
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.where.text())
        if path:
            self.where.setText(path)

    def start(self) -> None:
        target = Path(self.where.text()).expanduser()
        one = self.one.isChecked()
        lang = self.lang.currentData()
        org = self.org.text()

        def work(progress: Progress) -> PrintResult:
            return print_certificates(
                self.store,
                self.training_id,
                lang=lang,
                out=target if one else None,
                each_dir=None if one else target,
                organisation=org,
                progress=progress,
            )

        self.print_button.setEnabled(False)
        self.runner.run(
            work,
            self._printed,
            self._failed,
            label=self.tr("Printing certificates…"),
            cancellable=True,
        )

    def _printed(self, result: PrintResult) -> None:
        self.printed = result
        self.print_button.setEnabled(True)
        n = len(result.certificates)
        where = result.files[0] if self.one.isChecked() else result.files[0].parent
        self.panel.saved(
            self.tr("%n certificate(s) saved in %1.", "", n).replace("%1", str(where)), where
        )

    def _failed(self, err: BaseException) -> None:
        self.print_button.setEnabled(True)
        show_error(self, err)
