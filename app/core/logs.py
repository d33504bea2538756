"""Logging to a rotating file in the home folder (named in every error dialog)."""

from __future__ import annotations

import logging
import logging.handlers

from app.core.paths import Home


def setup(root: object) -> None:
    """Log to <home>/logs/tirek.log. Silently skipped when the folder cannot be made:
    opening the store then reports the folder problem in words."""
    from pathlib import Path

    home = Home(Path(str(root)))
    try:
        home.logs.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            home.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root_logger = logging.getLogger()
    for old in list(root_logger.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root_logger.removeHandler(old)
            old.close()
    root_logger.addHandler(handler)
    root_logger.setLevel(logging.INFO)
