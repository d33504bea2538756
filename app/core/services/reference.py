"""Regions, districts and topics: read them, and edit them like any record."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.core.models import District, Region, Topic, link_id
from app.core.store import Store


@dataclass(frozen=True)
class Place:
    id: str
    code: str
    name_en: str
    name_ru: str
    name_ky: str
    parent_id: str | None = None

    def name(self, lang: str) -> str:
        return {"ru": self.name_ru, "ky": self.name_ky}.get(lang, self.name_en)


def region_id(code: str) -> str:
    """The fixed id of a shipped region, e.g. region_id("osh")."""
    return link_id("region", code)


def district_id(code: str) -> str:
    return link_id("district", code)


def topic_id(code: str) -> str:
    return link_id("topic", code)


def list_regions(store: Store) -> list[Place]:
    with store.read() as s:
        rows = s.execute(
            select(Region).where(Region.deleted.is_(False)).order_by(Region.position)
        ).scalars()
        return [Place(r.id, r.code, r.name_en, r.name_ru, r.name_ky) for r in rows]


def list_districts(store: Store, region: str | None = None) -> list[Place]:
    with store.read() as s:
        q = select(District).where(District.deleted.is_(False))
        if region:
            q = q.where(District.region_id == region)
        rows = s.execute(q.order_by(District.name_en)).scalars()
        return [Place(d.id, d.code, d.name_en, d.name_ru, d.name_ky, d.region_id) for d in rows]


def list_topics(store: Store) -> list[Place]:
    with store.read() as s:
        rows = s.execute(select(Topic).where(Topic.deleted.is_(False)).order_by(Topic.code))
        return [Place(t.id, t.code, t.name_en, t.name_ru, t.name_ky) for t in rows.scalars()]
