"""Files Tirek writes with personal data are this user's only (0600) where modes exist
(issue 16): every export format, and a sync bundle."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.services.people import create_person
from app.core.store import Store
from tests.cli_runner import tirek

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has no file modes")


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """A coordinator's laptop: whole lists with names are a coordinator's to export."""
    return make_store(role="coordinator")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("what", "fmt"),
    [("people", "csv"), ("people", "xlsx"), ("people", "json"), ("all", "csv"), ("all", "json")],
)
def test_exports_are_readable_by_this_user_only(
    store: Store, tmp_path: Path, what: str, fmt: str
) -> None:
    create_person(store, {"full_name": "Бермет Жээнбекова", "phone": "+996700111222"})
    store.close()
    out = tmp_path / f"{what}.{'zip' if (what, fmt) == ('all', 'csv') else fmt}"
    old = os.umask(0o022)  # a usual umask: files would be world-readable
    try:
        result = tirek(store.home.root, "export", what, "--format", fmt, "--out", str(out))
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o600


def test_a_bundle_is_readable_by_this_user_only(store: Store, tmp_path: Path) -> None:
    create_person(store, {"full_name": "Бермет Жээнбекова"})
    store.close()
    result = tirek(store.home.root, "sync", "export", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    bundle = Path(result.stdout.strip())
    assert mode(bundle) == 0o600
