"""Help → User guide (F1): the daily flows, in the language of the interface.

The guide is Markdown in resources/guide/guide_<lang>.md, shown in a window of its own
that can stay open beside the main window while the trainer follows the steps.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.paths import resources_dir
from app.ui.fit import fit_to_screen
from app.ui.i18n import translations


def guide_text(language: str) -> str:
    folder = resources_dir() / "guide"
    for name in (f"guide_{language}.md", "guide_en.md"):
        if (folder / name).exists():
            return (folder / name).read_text(encoding="utf-8")
    return ""


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Tirek user guide"))
        self.resize(760, 680)
        fit_to_screen(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text(translations.language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
