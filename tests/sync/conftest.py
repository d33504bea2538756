"""Sync tests write many small files and commit often, each with fsync (synchronous=FULL,
bundles, the folder memory): their home folders live on RAM-backed scratch space when the
machine has one, where fsync costs nothing. What is on disk, and in which order, is the
same; only the wait for the physical disk goes (tests/sync/test_durability.py checks the
setting itself)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import scratch


@pytest.fixture
def tmp_path(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    root = scratch()
    if root is None:
        yield tmp_path_factory.mktemp(request.node.name[:30])
        return
    path = Path(tempfile.mkdtemp(prefix="tirek-test-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
