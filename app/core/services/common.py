"""Small shared pieces of the services: pages of results and lookups."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core.errors import N_, NotFoundError
from app.core.models import Syncable, link_id
from app.core.text import fold

if TYPE_CHECKING:
    from app.core.writer import Writer

T = TypeVar("T")

DEFAULT_PAGE = 100


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list and the total number of matching rows."""

    rows: tuple[T, ...]
    total: int
    offset: int


def require_row(session: Session, model: type[Syncable], row_id: str, what: str) -> None:
    table = model.__table__  # type: ignore[attr-defined]
    found = session.execute(select(table.c.deleted).where(table.c.id == row_id)).one_or_none()
    if found is None or found[0]:
        raise NotFoundError(
            N_("No {what} with id {id} (it may have been deleted)."), what=what, id=row_id
        )


def set_links(
    w: Writer, model: Any, owner: str, owner_id: str, column: str, wanted: Iterable[str]
) -> None:
    """Make the live link rows of `model` from `owner_id` (its `owner` column) to others (its
    `column`) exactly `wanted`: a training's topics or trainers, a project's partners. A
    link has the id of its pair, so one deleted and added again comes back as the same row."""
    wanted = set(wanted)
    have = {
        getattr(r, column): r
        for r in w.session.scalars(select(model).where(getattr(model, owner) == owner_id))
    }
    for other in sorted(wanted):
        row = have.get(other)
        if row is None or row.deleted:
            w.create(model, {owner: owner_id, column: other}, link_id(owner_id, other))
    for other, row in have.items():
        if other not in wanted and not row.deleted:
            w.delete(model, row.id)


def like_prefix(text: str) -> str:
    """Escape LIKE wildcards in user text (a name may contain '_' or '%')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])


def narrowed(q: _Query, title_key: Any, text: str, *equal: tuple[Any, Any]) -> _Query:
    """A list's query narrowed to titles holding every word typed (folded, as stored in
    `title_key`) and, for each (column, value) given a value, to rows where they match."""
    for word in fold(text).split():
        q = q.where(title_key.like(f"%{like_prefix(word)}%", escape="\\"))
    for column, value in equal:
        if value:
            q = q.where(column == value)
    return q


# Large reads (hundreds of thousands of rows) run on the window's worker thread. A result
# fetched whole is turned into Python rows by one C loop that keeps the GIL to itself (a
# million marks: over a second with the window frozen); fetched in batches, the window's
# thread gets its turn between them (measured: benchmarks, docs/performance.md).
BATCH = 2000


def stream(session: Session, statement: Any) -> Iterator[Any]:
    """The rows of a large Core select, fetched in batches (see BATCH)."""
    conn = session.connection().execution_options(stream_results=True, max_row_buffer=BATCH)
    yield from conn.execute(statement)


def driver_rows(session: Session, sql: str, params: tuple[Any, ...] = ()) -> Iterator[Any]:
    """The rows of a large raw SQL read, fetched from the driver in batches (see BATCH)."""
    cur = session.connection().exec_driver_sql(sql, params)
    while rows := cur.fetchmany(BATCH):
        yield from rows
