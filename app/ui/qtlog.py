"""Qt's own messages (warnings about layouts, fonts, painting...) go to tirek.log.

Without a handler Qt prints them on stderr, which a desktop user never sees; in the log a
coordinator can send them with a bug report. The test suite fails on any Qt warning
(pytest-qt's `qt_log_level_fail` in pyproject.toml), so they are rare by construction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("tirek.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


def to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install() -> Handler | None:
    """Send Qt's messages to the log; returns the handler it replaced."""
    previous: Handler | None = qInstallMessageHandler(to_log)
    return previous


def uninstall(previous: Handler | None) -> None:
    qInstallMessageHandler(previous)
