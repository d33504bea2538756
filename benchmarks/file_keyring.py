"""A keyring back end kept in one JSON file (TIREK_BENCH_KEYRING), so that the start-up
benchmark's child processes open the installation as a laptop that remembers it does
(Windows Credential Manager there; this machine has no credential store)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _file() -> Path:
        return Path(os.environ["TIREK_BENCH_KEYRING"])

    def _all(self) -> dict[str, str]:
        file = self._file()
        return json.loads(file.read_text()) if file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        kept = self._all()
        kept[f"{service}\n{username}"] = password
        self._file().write_text(json.dumps(kept))

    def delete_password(self, service: str, username: str) -> None:
        kept = self._all()
        if kept.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("nothing kept")
        self._file().write_text(json.dumps(kept))
