"""The error hierarchy every layer shares.

User errors carry a message a trainer can act on. The message is an English template
with named parameters: the core has no UI words of its own, so the GUI translates
`template` through Qt (context "errors") and formats it with `params`; the CLI prints
`message`. Anything that is not a TirekError is a bug: logged with its traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def N_(template: str) -> str:
    """Mark a string for translation without translating it here (gettext convention)."""
    return template


class TirekError(Exception):
    """Base of every error that is expected and explained to the user."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class InputError(TirekError):
    """Something the user typed or chose is not acceptable; nothing was written.

    `field` names the input field (the model attribute) so an editor can show the
    message beside it.
    """

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


def unreadable(template: str, path: Path, err: BaseException) -> InputError:
    """A file the user chose that cannot be read as what it should be: `template` names
    `{path}` (the file's name) and `{reason}` (the kind of error its reader raised)."""
    return InputError(template, field="path", path=path.name, reason=type(err).__name__)


class NotFoundError(TirekError):
    """A record the user referred to does not exist (or was deleted)."""


class StorageError(TirekError):
    """The database or the disk failed (full, locked, read-only, damaged).

    The message says what happened and that nothing already saved was lost.
    """


class SetupError(TirekError):
    """The installation cannot start: bad home folder, not initialised, newer schema."""
