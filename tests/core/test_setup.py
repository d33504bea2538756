"""The first-run and Settings answers: checked first, then saved together."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from app.core import backup, settings
from app.core.errors import InputError, StorageError
from app.core.setup import Setup, load_setup, save_setup
from app.core.store import Store


def tiny_png(path: Path) -> Path:
    """A real 1x1 PNG, written by hand so the test needs no drawing library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x00\xff\x00\x00"
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path


def answers(tmp_path: Path, **changes: object) -> Setup:
    base = Setup(
        language="ky",
        device_name="Naryn-1",
        role="coordinator",
        organisation="Forum of Women's NGOs",
        logo=tiny_png(tmp_path / "logo.png"),
        network_id="3fa2-19c0",
        second_folder=tmp_path,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_first_run_sets_up_the_laptop_and_keeps_every_answer(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    store = make_store("fresh", device=None)
    assert store.identity() is None
    saved = save_setup(store, answers(tmp_path))
    ident = store.identity()
    assert ident is not None and (ident.device_name, ident.role) == ("Naryn-1", "coordinator")
    assert saved.language == "ky" and saved.network_id == "3FA219C0"
    assert saved.organisation == "Forum of Women's NGOs"
    # The logo is kept in the home folder: the original may be on a stick that goes away.
    assert saved.logo is not None and saved.logo.parent == store.home.root
    assert saved.logo.read_bytes() == (tmp_path / "logo.png").read_bytes()
    assert backup.load_policy(store.home).second_folder == tmp_path
    # Read back from disk, as the next start would.
    store.forget_identity_cache()
    assert load_setup(store) == saved


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"device_name": "   "}, "device_name"),
        ({"network_id": "not-hex!"}, "network_id"),
        ({"second_folder": Path("/no/such/stick")}, "second_folder"),
        ({"language": "de"}, "language"),
    ],
)
def test_a_bad_answer_writes_nothing(
    make_store: Callable[..., Store], tmp_path: Path, change: dict[str, object], field: str
) -> None:
    store = make_store("fresh", device=None)
    with pytest.raises(InputError) as caught:
        save_setup(store, answers(tmp_path, **change))
    assert caught.value.field == field
    assert store.identity() is None
    assert settings.get(store.home, "interface", "language") is None


def test_a_file_that_is_not_a_picture_is_refused_as_logo(store: Store, tmp_path: Path) -> None:
    before = load_setup(store)
    fake = tmp_path / "fake.png"
    fake.write_text("not a picture", encoding="utf-8")
    with pytest.raises(InputError, match="picture"):
        save_setup(store, answers(tmp_path, role="trainer", logo=fake))
    assert load_setup(store) == before


def test_settings_rename_the_laptop_and_can_clear_the_logo(store: Store, tmp_path: Path) -> None:
    save_setup(store, answers(tmp_path, role="trainer"))  # the role set up stays
    again = save_setup(
        store,
        answers(tmp_path, role="trainer", device_name="Osh-2", logo=None, second_folder=None),
    )
    ident = store.identity()
    assert ident is not None and ident.device_name == "Osh-2"
    assert again.logo is None and again.second_folder is None
    assert again.network_id == "3FA219C0"  # untouched answers stay


def test_a_full_disk_changes_nothing_and_says_so(
    make_store: Callable[..., Store], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    store = make_store("fresh", device=None)

    def disk_full(*_a: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(StorageError, match="No space left"):
        save_setup(store, answers(tmp_path))
    monkeypatch.undo()
    assert store.identity() is None  # still to be set up: the wizard comes back
    assert settings.get(store.home, "interface", "language") is None
