"""Names of regions, districts, topics, projects and organisations, loaded once per change.

Lists show ids as names through these tables; they reload when the data-changed signal
names the kinds they hold.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.core.services.projects import list_projects
from app.core.services.reference import Place, list_districts, list_regions, list_topics
from app.core.store import Store


def language() -> str:
    return QLocale().name()[:2]


class Lookups:
    KINDS = frozenset({"region", "district", "topic", "project", "organisation"})

    def __init__(self, store: Store) -> None:
        self.store = store
        self.regions: list[Place] = []
        self.districts: list[Place] = []
        self.topics: list[Place] = []
        self.projects: list[tuple[str, str]] = []
        self._orgs: dict[str, str] | None = None
        self.reload()

    def reload(self) -> None:
        self.regions = list_regions(self.store)
        self.districts = list_districts(self.store)
        self.topics = list_topics(self.store)
        self.projects = [(p.id, p.name) for p in list_projects(self.store)]
        self._orgs = None
        lang = language()
        self._names = {p.id: p.name(lang) for p in (*self.regions, *self.districts, *self.topics)}
        self._names.update(dict(self.projects))

    def changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def name(self, row_id: str | None) -> str:
        if not row_id:
            return ""
        return self._names.get(row_id, "")

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
