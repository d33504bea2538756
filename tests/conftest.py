"""Each test gets its own home folder with a database built by the real migrations."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.models import Op
from app.core.store import Store


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[..., Store]]:
    """Open (and set up) an installation in tmp_path/<name>."""
    opened: list[Store] = []

    def make(name: str = "home", device: str | None = "Osh-1", role: str = "trainer") -> Store:
        store = Store.open(tmp_path / name)
        if device and store.identity() is None:
            store.initialise(device, role)
        opened.append(store)
        return store

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    return make_store()


@pytest.fixture
def make_fast_store(tmp_path: Path) -> Iterator[Callable[..., Store]]:
    """Like `make_store`, but each new home starts from a copy of one database migrated
    once per session (tests/sync/helpers.py: `installation`): for tests that make many."""
    from tests.sync.helpers import installation

    opened: list[Store] = []

    def make(name: str = "home", device: str | None = "Osh-1", role: str = "trainer") -> Store:
        store = installation(tmp_path / name, device, role)
        opened.append(store)
        return store

    yield make
    for s in opened:
        s.close()


def op_count(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Op)) or 0


def ops(store: Store) -> list[Op]:
    with store.read() as s:
        return list(s.scalars(select(Op).order_by(Op.replica_id, Op.seq)))
