"""The certificate register and the coordinator's include/exclude decisions.

Both travel by sync. A register row keeps the facts exactly as printed and signed, so a
certificate can be verified and reprinted identically even after the person's record
or the training changes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable


class Certificate(Syncable, Base):
    """One attendance certificate: number, who, which training, when, in what language.

    `number` is "<prefix>-<serial>": the prefix comes from the issuing installation's
    replica id, the serial counts that replica's certificates (app/core/services/
    certificates.py explains why two laptops can never hand out the same number).
    """

    __tablename__ = "certificate"
    __table_args__ = (Index("ix_certificate_training_id_person_id", "training_id", "person_id"),)

    number: Mapped[str] = mapped_column(String(32), unique=True)
    issuer_replica: Mapped[str] = mapped_column(String(36))
    serial: Mapped[int]
    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    # The signed facts, as printed.
    person_name: Mapped[str] = mapped_column(String(200))
    training_title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date]
    end_date: Mapped[date]
    hours: Mapped[float]
    organisation: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[date]
    # How and by whom it was issued.
    language: Mapped[str] = mapped_column(String(8))
    issued_by: Mapped[str] = mapped_column(String(200))
    issuer_key: Mapped[str] = mapped_column(String(64))
    network_id: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(Text)


class CertificateOverride(Syncable, Base):
    """A coordinator's decision to include or exclude a person whatever the rule says.

    One per (training, person): the id is derived from the pair.
    """

    __tablename__ = "certificate_override"

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    decision: Mapped[str] = mapped_column(String(8))  # "include" | "exclude"
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime]
