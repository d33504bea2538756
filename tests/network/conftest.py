"""Frameworks are changed by coordinators: the network tests run on a coordinator's laptop."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.store import Store


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    return make_store(role="coordinator")
