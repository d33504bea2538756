"""Small shared pieces of the services: pages of results and lookups."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import N_, NotFoundError
from app.core.models import Syncable

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


def like_prefix(text: str) -> str:
    """Escape LIKE wildcards in user text (a name may contain '_' or '%')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
