"""Declarative base and the mixin every syncable table shares."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import MetaData, String, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints keep Alembic's batch mode (SQLite table rebuilds) deterministic.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Ids of link rows (enrolment, attendance mark, ...) are derived from what they link, so
# two laptops that enrol the same person in the same training offline create the *same*
# row and sync merges their fields instead of inventing a duplicate.
LINK_NAMESPACE = uuid.UUID("5b0f5c1e-6f57-4a7e-9d0e-7469726b0001")


# Columns computed from another column (e.g. a search key from a name): target -> (source,
# function). They are written wherever the source is written and never logged as ops.
Derived = dict[str, tuple[str, Callable[[Any], Any]]]


def new_id() -> str:
    """A fresh random row id, made on the device that creates the row."""
    return str(uuid.uuid4())


def link_id(*parts: str) -> str:
    """The deterministic id of the row that links `parts` (e.g. a session and a person)."""
    return str(uuid.uuid5(LINK_NAMESPACE, ":".join(parts)))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Syncable:
    """A row that travels by sync: UUID key, soft delete (a tombstone), written via the op log.

    Subclasses are registered in `SYNCABLE` by their table name, which is also the
    `entity` recorded in the op log.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(default=False, server_default=false())
