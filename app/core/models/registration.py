"""Self-registrations waiting for the trainer (local to this laptop, never synced).

A participant who registers from a phone at the venue lands here, not in the registry:
nothing reaches the syncable tables until the trainer confirms the row (then the person,
the enrolment and the session's mark are written through the Writer and the row goes).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base


class PendingRegistration(Base):
    __tablename__ = "registration_pending"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    training_id: Mapped[str] = mapped_column(String(36), index=True)
    session_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime]
    full_name: Mapped[str] = mapped_column(String(200))
    answers: Mapped[str] = mapped_column(Text)  # JSON: the form's cleaned values
