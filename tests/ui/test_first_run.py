"""First run, Settings, switching the language while working, and the user guide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core import settings
from app.core.setup import load_setup
from app.core.store import Store
from app.ui import app as app_module
from app.ui.app import Shell
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.setup.dialog import SettingsDialog
from app.ui.setup.wizard import FirstRunWizard
from tests.ui.conftest import Boxes, type_text


def test_the_wizard_speaks_the_chosen_language_at_once_and_sets_the_laptop_up(
    qtbot: QtBot, make_store: Callable[..., Store]
) -> None:
    store = make_store("fresh", device=None)
    wizard = FirstRunWizard(store, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Welcome to Tirek"
    wizard.fields.language.set_language("ru")  # a click on «Русский»
    # Qt posts the LanguageChange to every window; the wizard re-reads its words then.
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Добро пожаловать в Tirek")
    assert wizard.fields.captions["device"].text() == "&Имя ноутбука:"
    assert wizard.buttonText(wizard.WizardButton.NextButton) == "&Далее >"
    wizard.next()
    type_text(wizard.fields.device, "Талас-1")
    wizard.fields.role.setCurrentIndex(wizard.fields.role.findData("coordinator"))
    assert wizard.fields.role.currentText() == "Координатор"
    for _ in range(3):
        wizard.next()
    wizard.fields.new_network.setChecked(True)  # the coordinator's first laptop, by choice
    wizard.demo.setChecked(True)
    wizard.accept()
    assert wizard.result() == wizard.DialogCode.Accepted and wizard.wants_demo
    ident = store.identity()
    assert ident is not None and (ident.device_name, ident.role) == ("Талас-1", "coordinator")
    assert settings.get(store.home, "interface", "language") == "ru"
    assert len(load_setup(store).network_id) == 8  # a new network id was made
    assert settings.get(store.home, "network", "issuer_keys") == ident_key(store)


def ident_key(store: Store) -> str:
    ident = store.identity()
    assert ident is not None
    return ident.public_key


def _through_the_wizard(
    qtbot: QtBot, store: Store, role: str, network: str, new: bool
) -> FirstRunWizard:
    wizard = FirstRunWizard(store, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    type_text(wizard.fields.device, "Osh-2")
    wizard.fields.role.setCurrentIndex(wizard.fields.role.findData(role))
    wizard.fields.network.setText(network)
    wizard.fields.new_network.setChecked(new)
    for _ in range(3):
        wizard.next()
    wizard.accept()
    return wizard


def test_a_trainer_cannot_start_a_second_network_by_accident(
    qtbot: QtBot, make_store: Callable[..., Store], boxes: Boxes
) -> None:
    store = make_store("fresh", device=None)
    # The invitation left empty: stopped on its page, nothing written.
    wizard = _through_the_wizard(qtbot, store, "trainer", "", new=False)
    assert "invitation your coordinator gave you" in boxes.texts()
    assert wizard.currentId() == wizard.ORGANISATION and wizard.isVisible()
    assert store.identity() is None and not load_setup(store).network_id
    # Ticking "start a new network" as a trainer is refused too.
    wizard = _through_the_wizard(qtbot, store, "trainer", "", new=True)
    assert "Only a coordinator starts a network" in boxes.texts()
    assert store.identity() is None and not load_setup(store).network_id


def test_the_wizard_joins_the_coordinators_network_from_the_invitation_code(
    qtbot: QtBot, make_store: Callable[..., Store]
) -> None:
    from app.core.services import issuers

    coordinator = make_store("coord", device="Bishkek-office", role="coordinator")
    issuers.start_network(coordinator)
    invitation = issuers.invitation(coordinator)
    store = make_store("fresh", device=None)
    wizard = _through_the_wizard(qtbot, store, "trainer", invitation.code(), new=False)
    assert wizard.result() == wizard.DialogCode.Accepted
    assert load_setup(store).network_id == invitation.network
    assert issuers.issuer_keys(store) == (ident_key(coordinator),)


def test_a_bad_answer_in_the_wizard_goes_back_to_its_page_and_writes_nothing(
    qtbot: QtBot, make_store: Callable[..., Store], boxes: Boxes
) -> None:
    store = make_store("fresh", device=None)
    wizard = FirstRunWizard(store, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.fields.network.setText("ZZZ")
    for _ in range(4):
        wizard.next()
    wizard.accept()
    assert "not a Tirek network invitation" in boxes.texts()
    assert wizard.currentId() == wizard.ORGANISATION
    assert store.identity() is None and wizard.isVisible()


def test_a_closed_wizard_leaves_the_home_as_it_was(
    qtbot: QtBot, make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = make_store("fresh", device=None)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: 0)
    assert app_module.run(store) == 0
    assert store.identity() is None


def test_the_wizard_is_shown_once_then_never_again(
    qtbot: QtBot, make_store: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = make_store("fresh", device=None)
    shown: list[FirstRunWizard] = []

    def finish(self: FirstRunWizard) -> int:
        shown.append(self)
        self.fields.network.setText("0A0B0C0D")  # the coordinator's network id
        self.accept()
        return 1

    monkeypatch.setattr(FirstRunWizard, "exec", finish)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    assert app_module.run(store) == 0 and len(shown) == 1
    assert app_module.run(store) == 0 and len(shown) == 1  # set up now: straight to work
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.retire()


def test_settings_change_the_language_without_losing_the_place(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = Shell(store)
    old = shell.window
    qtbot.addWidget(old)
    old.show()
    old.sidebar.setCurrentRow(old.MEETINGS)
    old.search.setText("Aida")

    def choose_kyrgyz(dialog: SettingsDialog) -> int:
        dialog.fields.language.set_language("ky")
        dialog.fields.device.setText("Ош-2")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", choose_kyrgyz)
    old.settings_dialog()
    new = shell.window
    qtbot.addWidget(new)
    assert new is not old and old.retired
    assert translations.language == "ky"
    assert new.sidebar.item(new.TRAININGS).text() == "Тренингдер"
    assert new.menuBar().actions()[0].text() == "&Файл"
    assert new.sidebar.currentRow() == new.MEETINGS
    assert new.search.text() == "Aida"
    assert "Ош-2" in new.device.text()
    # Qt's own words follow: the Kyrgyz catalogue carries the dialog buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Жокко чыгаруу"
    new.retire()


def test_settings_say_what_is_wrong_and_keep_the_dialog_open(
    qtbot: QtBot, store: Store, boxes: Boxes, tmp_path: Path
) -> None:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.second_folder.set_path(tmp_path / "unplugged stick")
    dialog.accept()
    assert "does not exist" in boxes.texts()
    assert dialog.isVisible() and dialog.saved is None
    assert load_setup(store).second_folder is None


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Record a training"), ("ru", "тренинг"), ("ky", "тренинг")],
)
def test_the_user_guide_opens_in_the_language_of_the_interface(
    qtbot: QtBot, store: Store, language: str, heading: str
) -> None:
    translations.apply(language)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show_guide()
    assert window.guide is not None and window.guide.isVisible()
    text = window.guide.browser.toPlainText()  # type: ignore[attr-defined]
    assert heading in text
    assert "Ctrl+Shift+V" in text
    window.retire()


def test_message_boxes_use_qt_words_in_russian(qtbot: QtBot) -> None:
    translations.apply("ru")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Да"
