"""Declarative base and the mixin every syncable table shares."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, false
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from app.core.opcodec import row_key, row_text

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


class RowId(TypeDecorator[str]):
    """A uuid-valued column (a row's id, a reference to a row) stored as 16 bytes.

    Issue 18: the large installation kept each uuid as 36 characters in the row and again
    in every index over it. A canonical (lower-case, hyphenated) uuid is stored as its 16
    bytes, any other text stays text: one-to-one, so every id round-trips. The DDL stays
    VARCHAR(36): SQLite's TEXT affinity never turns a BLOB into text. Python code, ops,
    bundles and digests see the text; raw SQL that binds or reads such a column converts
    with the op log's helpers, `row_key` / `row_text` (in SQL `op_key(?)`, `row_text(c)`;
    app/core/opcodec.py). Migration 0022 converted the stored ids.
    """

    impl = String(36)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | str | None:
        # Anything but text (never an id the app makes) is left to SQLite, as before 0022.
        return row_key(value) if isinstance(value, str) else value

    def process_result_value(self, value: bytes | str | None, dialect: Dialect) -> str | None:
        return None if value is None else row_text(value)


# Columns that hold a row id although no foreign key says so: (table, column).
ROW_REFERENCES = frozenset(
    {("person", "merged_into_id"), ("person_erasure", "person_id"), ("nap_evidence", "record_id")}
)


def store_ids_as_bytes(tables: list[Table]) -> None:
    """The one rule: in these (syncable) tables, the id, every foreign key to one of them
    and the `ROW_REFERENCES` are `RowId` columns."""
    names = {t.name for t in tables}

    def holds_row_id(table: Table, column: Column[Any]) -> bool:
        if column.name == "id" or (table.name, column.name) in ROW_REFERENCES:
            return True
        return any(fk.target_fullname.split(".")[0] in names for fk in column.foreign_keys)

    for table in tables:
        for column in table.columns:
            if holds_row_id(table, column):
                column.type = RowId()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Syncable:
    """A row that travels by sync: UUID key, soft delete (a tombstone), written via the op log.

    Subclasses are registered in `SYNCABLE` by their table name, which is also the
    `entity` recorded in the op log.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(default=False, server_default=false())
