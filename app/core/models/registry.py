"""The registry of organisations, people and projects."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.matching import search_key
from app.core.models.base import Base, Derived, Syncable
from app.core.text import fold


class Organisation(Syncable, Base):
    __tablename__ = "organisation"
    __derived__: ClassVar[Derived] = {"name_key": ("name", fold)}

    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    district_id: Mapped[str | None] = mapped_column(ForeignKey("district.id"))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    # The profile (issue 8): kept by the network for its members and partners.
    founding_year: Mapped[int | None]
    registration_number: Mapped[str | None] = mapped_column(String(64))
    registration_date: Mapped[date | None]
    focus_areas: Mapped[str | None] = mapped_column(Text)  # free text, one area per line
    membership_size: Mapped[int | None]
    contact_person: Mapped[str | None] = mapped_column(String(200))
    network_status: Mapped[str | None] = mapped_column(String(16))  # member | partner


class Person(Syncable, Base):
    """A participant (or trainer) in the registry.

    `name_key` is the full name folded for search (case, ё/е); it is derived by the
    service from `full_name` and written with it, so search needs no function index.
    Disability follows the Washington Group short set: one answer per domain.
    """

    __tablename__ = "person"
    __derived__: ClassVar[Derived] = {
        "name_key": ("full_name", fold),
        "search_key": ("full_name", search_key),
    }
    __table_args__ = (
        # Sorted by name, filtered by the search key: the list reads the index alone until
        # a row matches (a typed search at 100,000 people stays a few milliseconds).
        Index("ix_person_name_key_id_search", "name_key", "id", "search_key"),
        # Merged records are few: the identity walk (app/core/one_person.py) starts here.
        Index(
            "ix_person_merged_into_id",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
        ),
    )

    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    # The name in the matching alphabet (Жаңыл / Жаныл / Janyl alike), for search.
    search_key: Mapped[str | None] = mapped_column(String(300))
    sex: Mapped[str | None] = mapped_column(String(16))
    birth_year: Mapped[int | None]
    birth_date: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    category: Mapped[str | None] = mapped_column(String(32))
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    district_id: Mapped[str | None] = mapped_column(ForeignKey("district.id"))
    wg_seeing: Mapped[str | None] = mapped_column(String(16))
    wg_hearing: Mapped[str | None] = mapped_column(String(16))
    wg_walking: Mapped[str | None] = mapped_column(String(16))
    wg_cognition: Mapped[str | None] = mapped_column(String(16))
    wg_selfcare: Mapped[str | None] = mapped_column(String(16))
    wg_communication: Mapped[str | None] = mapped_column(String(16))
    consent_data: Mapped[bool] = mapped_column(default=False)
    consent_photo: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    # Set when this record was merged into another (a duplicate); the row stays as history.
    merged_into_id: Mapped[str | None] = mapped_column(String(36))


class Project(Syncable, Base):
    __tablename__ = "project"

    name: Mapped[str] = mapped_column(String(300))
    donor: Mapped[str | None] = mapped_column(String(300))
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    objectives: Mapped[str | None] = mapped_column(Text)


class ProjectPartner(Syncable, Base):
    """A partner organisation of a project (id derived from the pair)."""

    __tablename__ = "project_partner"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
