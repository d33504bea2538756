"""Names of regions, districts, topics, projects and organisations, loaded once per change.

Lists show ids as names through these tables; they reload when the data-changed signal
names the kinds they hold. They are read when first asked, not when the window is built:
the first screen asks for them after the window is painted (docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    from app.core.services.reference import Place
    from app.core.store import Store


def language() -> str:
    return QLocale().name()[:2]


@dataclass(frozen=True)
class _Tables:
    regions: list[Place]
    districts: list[Place]
    topics: list[Place]
    projects: list[tuple[str, str]]
    names: dict[str, str]


class Lookups:
    KINDS = frozenset({"region", "district", "topic", "project", "organisation"})

    def __init__(self, store: Store) -> None:
        self.store = store
        self._tables: _Tables | None = None
        self._orgs: dict[str, str] | None = None

    def reload(self) -> None:
        """Forget the tables; they are read again when next asked."""
        self._tables = None
        self._orgs = None

    def _read(self) -> _Tables:
        tables = self._tables
        if tables is None:
            from app.core.services.projects import list_projects
            from app.core.services.reference import list_districts, list_regions, list_topics

            regions = list_regions(self.store)
            districts = list_districts(self.store)
            topics = list_topics(self.store)
            projects = [(p.id, p.name) for p in list_projects(self.store)]
            lang = language()
            names = {p.id: p.name(lang) for p in (*regions, *districts, *topics)}
            names.update(dict(projects))
            tables = self._tables = _Tables(regions, districts, topics, projects, names)
        return tables

    @property
    def regions(self) -> list[Place]:
        return self._read().regions

    @property
    def districts(self) -> list[Place]:
        return self._read().districts

    @property
    def topics(self) -> list[Place]:
        return self._read().topics

    @property
    def projects(self) -> list[tuple[str, str]]:
        return self._read().projects

    def changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def name(self, row_id: str | None) -> str:
        if not row_id:
            return ""
        return self._read().names.get(row_id, "")

    def places(self, items: list[Place]) -> list[tuple[str, str]]:
        lang = language()
        return [(p.id, p.name(lang)) for p in items]

    def districts_of(self, region: str | None) -> list[tuple[str, str]]:
        return self.places([d for d in self.districts if not region or d.parent_id == region])

    def organisations(self) -> list[tuple[str, str]]:
        """Every organisation (a few thousand at most), for pickers."""
        if self._orgs is None:
            # Imported on first use: it brings the phone-number library, which start-up
            # does not need.
            from app.core.services.organisations import list_organisations

            self._orgs = {}
            offset = 0
            while True:
                page = list_organisations(self.store, offset=offset, limit=1000)
                self._orgs.update((o.id, o.name) for o in page.rows)
                offset += len(page.rows)
                if not page.rows or offset >= page.total:
                    break
        return list(self._orgs.items())
