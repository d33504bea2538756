"""Small per-installation settings kept in the home folder's settings.ini.

Things that are not records and do not travel by sync live here: the organisation's
name and logo for printed documents, the network id certificates are signed for, the
people who sign certificates, the interface language. The first-run wizard and
Settings write them (app/core/setup.py); CLI options (`--org-name`, `--logo`, ...)
override them for one command.

    [interface]     language (ky, ru or en)
    [organisation]  name, logo (a file path)
    [network]       id (see app/core/services/certificates.py: network_id)
    [certificates]  signatory (one "Name | Role" per line)

Only the core writes this file. The window's layout is the GUI's and has its own file,
layout.ini (app/ui/main_window.py), so neither can spoil the other's.
"""

from __future__ import annotations

import configparser
import io
import threading
from collections.abc import Mapping
from pathlib import Path

from app.core.atomic import write_whole
from app.core.paths import Home

_lock = threading.Lock()

LANGUAGES = ("ky", "ru", "en")  # the interface languages offered


def interface_language(home: Home, default: str = "ru") -> str:
    """The interface language chosen on this laptop (ky, ru or en), else `default`."""
    chosen = get(home, "interface", "language")
    return chosen if chosen in LANGUAGES else default


def _read(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    if path.exists():
        parser.read(path, encoding="utf-8")
    return parser


def get(home: Home, section: str, key: str, default: str | None = None) -> str | None:
    """One setting, or `default` when it is not set (or empty)."""
    value = _read(home.settings).get(section, key, fallback=None)
    return value if value not in (None, "") else default


def put(home: Home, section: str, key: str, value: str | None) -> None:
    """Set (or, with None, remove) one setting; the file is replaced atomically."""
    put_many(home, {(section, key): value})


def put_many(home: Home, values: Mapping[tuple[str, str], str | None]) -> None:
    """Set (None: remove) several settings in one atomic replacement of the file, so a
    failure (a full disk) leaves all of them as they were."""
    with _lock:
        parser = _read(home.settings)
        for (section, key), value in values.items():
            if value is None:
                if parser.has_section(section):
                    parser.remove_option(section, key)
                    if not parser.options(section):
                        parser.remove_section(section)
            else:
                if not parser.has_section(section):
                    parser.add_section(section)
                parser.set(section, key, value)
        text = io.StringIO()
        parser.write(text)
        write_whole(home.settings, text.getvalue(), synced=False)
