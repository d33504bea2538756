"""Meetings with their attendees, minutes, decisions and action items."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Derived, Syncable
from app.core.text import fold


class Meeting(Syncable, Base):
    __tablename__ = "meeting"
    __derived__: ClassVar[Derived] = {"title_key": ("title", fold)}
    __table_args__ = (Index("ix_meeting_series_date", "series", "date"),)

    kind: Mapped[str] = mapped_column(String(24))  # "ngo" | "stakeholder" | "other"
    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300), index=True)
    # Meetings of one series (e.g. "Osh women's NGOs, monthly") carry open action items over.
    series: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(index=True)
    place: Mapped[str | None] = mapped_column(String(300))
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    district_id: Mapped[str | None] = mapped_column(ForeignKey("district.id"))
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    agenda: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[str | None] = mapped_column(Text)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None]
    created_on: Mapped[str | None] = mapped_column(String(36))


class MeetingAttendee(Syncable, Base):
    """A registered person (person_id) or an outside guest (guest_* fields)."""

    __tablename__ = "meeting_attendee"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    guest_name: Mapped[str | None] = mapped_column(String(200))
    guest_role: Mapped[str | None] = mapped_column(String(200))
    guest_organisation: Mapped[str | None] = mapped_column(String(300))


class Decision(Syncable, Base):
    __tablename__ = "decision"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)


class ActionItem(Syncable, Base):
    __tablename__ = "action_item"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    owner_name: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default="open")  # open|done|dropped
