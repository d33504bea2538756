"""The one module that knows where things are.

Three layouts exist: a source checkout, an installed wheel, and a frozen PyInstaller
bundle. The shipped folders (db/: migrations; resources/: fonts, icons, translations) sit
beside the `app` package in a checkout, inside it as `app/_shipped/` in an installed wheel
(setup.py copies them there), and under `sys._MEIPASS` when frozen, always at the same
relative paths, so the build spec and setup.py only copy folders as they are.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Tirek"
HOME_ENV = "TIREK_HOME"


def install_root() -> Path:
    """Folder holding `db/` and `resources/`: the frozen bundle, the installed wheel's
    `app/_shipped`, or the checkout root."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parents[1]
    installed = package / "_shipped"
    if installed.is_dir():
        return installed
    return package.parent


def migrations_dir() -> Path:
    return install_root() / "db"


def resources_dir() -> Path:
    return install_root() / "resources"


def default_home() -> Path:
    """The platform's user data folder, e.g. %LOCALAPPDATA%\\Tirek or ~/.local/share/Tirek."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_home(cli_home: str | os.PathLike[str] | None = None) -> Path:
    """`--home` wins over `TIREK_HOME`, which wins over the platform default."""
    if cli_home:
        return Path(cli_home).expanduser().resolve()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_home()


@dataclass(frozen=True)
class Home:
    """Everything an installation keeps lives inside its home folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "tirek.sqlite3"

    @property
    def key_file(self) -> Path:
        """The database key, wrapped under the passphrase and the recovery key
        (app/core/passphrase.py). Not secret on its own; without it nothing opens."""
        return self.root / "tirek.key"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "tirek.log"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def settings(self) -> Path:
        """The installation's settings: written by the core only (app/core/settings.py)."""
        return self.root / "settings.ini"

    @property
    def layout(self) -> Path:
        """The window's remembered layout: written by the GUI only (Qt's QSettings)."""
        return self.root / "layout.ini"

    @property
    def incarnation_marker(self) -> Path:
        return self.root / "incarnation"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    def folders(self) -> tuple[Path, ...]:
        return (self.root, self.backups, self.logs, self.keys, self.outbox)


PRIVATE_MODE = 0o600


def make_private(path: Path) -> Path:
    """Let only this user read and write `path`: every file Tirek writes with personal
    data (exports, reports with names, bundles, certificates, backups, the key file) passes
    through here. Windows has no such modes (its user profile folder is already private);
    there this does nothing. Returns `path`, so a writer can end with `return make_private(p)`.
    """
    if os.name != "nt":
        os.chmod(path, PRIVATE_MODE)
    return path
