"""The first-run wizard: language, this laptop, the organisation, backups, demo data.

Shown once, when the home folder has no installation yet; finishing it sets the laptop
up (`save_setup`), so it never comes back. Choosing a language on the first page
switches the whole wizard to it at once. Closing it instead leaves nothing behind.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.errors import TirekError
from app.core.setup import load_setup, save_setup
from app.core.store import Store
from app.ui.errors import show_error
from app.ui.i18n import translations
from app.ui.setup.fields import SetupFields


class FirstRunWizard(QWizard):
    LANGUAGE, LAPTOP, ORGANISATION, BACKUPS, DEMO = range(5)

    def __init__(self, store: Store, start_language: str) -> None:
        super().__init__()
        self.store = store
        self.setObjectName("firstRun")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 460)
        start = load_setup(store, start_language)
        self.fields = SetupFields(start, self)
        f = self.fields
        self.page_list: list[QWizardPage] = []
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self._page(QVBoxLayout(), (self.welcome, f.captions["language"], f.language))
        self._page(f.form([("device", f.notes["device"]), ("role", None)]))
        org = f.form([("organisation", None), ("logo", f.notes["logo"])])
        org.addRow("", f.logo_preview)
        network = f.form([("network", f.notes["network"])], org)
        network.addRow("", f.new_network)  # a coordinator's explicit choice, never a default
        self._page(network)
        self._page(f.form([("second_folder", f.notes["second_folder"])]))
        self.demo = QCheckBox()
        self.demo.setObjectName("loadDemo")
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.ready = QLabel()
        self.ready.setWordWrap(True)
        self._page(QVBoxLayout(), (self.ready, self.demo, self.demo_note))
        f.language.chosen.connect(translations.apply)  # LanguageChange re-reads the words
        self.retranslate()

    def _page(self, layout: QVBoxLayout | QFormLayout, widgets: tuple[QWidget, ...] = ()) -> None:
        page = QWizardPage()
        if isinstance(layout, QVBoxLayout):
            for widget in widgets:
                layout.addWidget(widget)
            layout.addStretch(1)
        page.setLayout(layout)
        self.page_list.append(page)
        self.addPage(page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.fields.retranslate()
        self.setWindowTitle(self.tr("Welcome to Tirek"))
        titles = (
            (
                self.tr("Language"),
                self.tr("The language of Tirek's windows. You can change it later in Settings."),
            ),
            (
                self.tr("This laptop"),
                self.tr("How this laptop is known to the others in your network."),
            ),
            (
                self.tr("Your organisation"),
                self.tr("For certificates. All of this can be filled in later in Settings."),
            ),
            (
                self.tr("Backups"),
                self.tr("Tirek saves a backup of everything every hour and when you close it."),
            ),
            (self.tr("Ready"), ""),
        )
        for page, (title, subtitle) in zip(self.page_list, titles, strict=True):
            page.setTitle(title)
            page.setSubTitle(subtitle)
        self.welcome.setText(
            self.tr(
                "Tirek keeps your trainings, participants, attendance and meeting minutes on "
                "this laptop, works without internet, and shares them with your network as files."
            )
        )
        self.ready.setText(self.tr("Tirek is set up. Press Finish to start."))
        self.demo.setText(self.tr("&Load demo data to try Tirek out"))
        self.demo_note.setText(
            self.tr(
                "Invented trainings, people and meetings, to practise with. Leave this off on "
                "a laptop for real work."
            )
        )
        buttons = (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        )
        for which, text in buttons:
            self.setButtonText(which, text)

    @property
    def wants_demo(self) -> bool:
        return self.demo.isChecked()

    def accept(self) -> None:
        """Save everything at Finish; on a bad answer go back to its page and say why."""
        try:
            save_setup(self.store, self.fields.chosen())
        except TirekError as err:  # a bad answer, or a disk that cannot be written
            widget = self.fields.widget_for(getattr(err, "field", None))
            for index, page in enumerate(self.page_list):
                if widget is not None and page.isAncestorOf(widget):
                    while self.currentId() > index:
                        self.back()
                    widget.setFocus()
            show_error(self, err)
            return
        super().accept()
