"""Reference data the first migration makes, editable afterwards: regions, districts, topics."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable


class Region(Syncable, Base):
    """An oblast, or a city of republican significance (Bishkek, Osh)."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # "region" | "city"
    name_en: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_ky: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(default=0)


class District(Syncable, Base):
    """A district (raion) of a region, or a city district."""

    __tablename__ = "district"

    region_id: Mapped[str] = mapped_column(ForeignKey("region.id"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_ky: Mapped[str] = mapped_column(String(120))


class Topic(Syncable, Base):
    """A training topic (women's rights, UNSCR 1325, ...)."""

    __tablename__ = "topic"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_ky: Mapped[str] = mapped_column(String(200))
