"""One way to show errors: user errors in their words, bugs in ONE dialog naming the log file."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import TirekError
from app.core.store import Store

log = logging.getLogger("tirek.ui")

# Parameters that are words of the core (a field's label, a reason) rather than user data.
_WORD_PARAMS = ("label", "reason", "what", "role_words", "action")  # words, not values


def error_text(err: BaseException) -> str:
    """The error's message translated (context "errors") and filled in."""
    if not isinstance(err, TirekError):
        return str(err)
    template = QCoreApplication.translate("errors", err.template)
    params: dict[str, Any] = dict(err.params)
    for name in _WORD_PARAMS:
        if isinstance(params.get(name), str):
            params[name] = QCoreApplication.translate("errors", params[name])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return err.message


def show_error(parent: QWidget | None, err: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Tirek"), error_text(err))


_installed: CrashReporter | None = None


def report_bug(err: BaseException) -> None:
    """A bug (not a TirekError): its traceback to tirek.log and the one crash dialog.

    With no CrashReporter installed (a test, a tool) the error goes to sys.excepthook,
    which pytest-qt turns into a failed test.
    """
    if _installed is not None:
        _installed(type(err), err, err.__traceback__)
    else:
        sys.excepthook(type(err), err, err.__traceback__)


class CrashReporter:
    """sys.excepthook for the GUI: log the traceback, show one dialog at a time.

    Every change is committed as it is made, so after a bug nothing saved is lost; the
    dialog says so and names the log file a coordinator will ask for.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.showing = False
        self.previous = sys.excepthook

    def install(self) -> None:
        global _installed
        sys.excepthook = self
        _installed = self

    def uninstall(self) -> None:
        global _installed
        sys.excepthook = self.previous
        _installed = None

    def __call__(
        self, kind: type[BaseException], err: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(err, TirekError):
            show_error(None, err)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, err, tb)))
        if self.showing:
            return
        self.showing = True
        try:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("errors", "Something went wrong"),
                QCoreApplication.translate(
                    "errors",
                    "Tirek met an unexpected problem. Everything already saved is safe.\n\n"
                    "The details are in the log file:\n{path}\n\n"
                    "Please send this file to your coordinator.",
                ).format(path=self.store.home.log_file),
            )
        finally:
            self.showing = False
