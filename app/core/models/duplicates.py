"""Decisions about pairs of people the matcher found alike.

A merge is not stored here: it is the `merged_into_id` of the duplicate (a merge op).
What is stored is the other answers a coordinator gives, so the pair is not offered again
("not the same person") or is kept aside ("decide later"); they travel by sync so a second
coordinator does not review the same pair again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable


class DuplicateDecision(Syncable, Base):
    """The answer for one pair; the id is derived from the pair (smaller id first)."""

    __tablename__ = "duplicate_decision"

    person_a_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    person_b_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # "not_same" | "later"
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime]
