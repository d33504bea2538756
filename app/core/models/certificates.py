"""The certificate register and the coordinator's include/exclude decisions.

Both travel by sync. A register row keeps the facts exactly as printed and signed, so a
certificate can be verified and reprinted identically even after the person's record
or the training changes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable


class Certificate(Syncable, Base):
    """One attendance certificate: number, who, which training, when, in what language.

    `number` is "<prefix>-<serial>": the prefix comes from the issuing installation's
    replica id, the serial counts that replica's certificates (app/core/services/
    certificates.py explains why two laptops can never hand out the same number).
    """

    __tablename__ = "certificate"
    __table_args__ = (
        Index("ix_certificate_training_id_person_id", "training_id", "person_id"),
        # A correction is the same number, one version up (the row id is derived from
        # both, so two laptops correcting the same certificate write the same row).
        UniqueConstraint("number", "version", name="uq_certificate_number"),
    )

    number: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(default=1, server_default="1")
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
    code: Mapped[str] = mapped_column(Text)  # the signed compact payload (base32)
    # The coordinator who signed a trainer laptop's draft (None: signed as issued).
    approved_by: Mapped[str | None] = mapped_column(String(200))


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


class CertificateRevocation(Syncable, Base):
    """A certificate withdrawn by an issuer: signed, dated, with a reason.

    One per number (the id is derived from it); it covers every version and every
    number the same person was given for the same training.
    """

    __tablename__ = "certificate_revocation"

    number: Mapped[str] = mapped_column(String(32), index=True)
    revoked_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)
    revoked_by: Mapped[str] = mapped_column(String(200))
    signer_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))  # base64 Ed25519


class IssuerStatement(Syncable, Base):
    """An issuer's signed word about another key: delegate issuing for a period, or
    withdraw it (from a date: its signatures made on or after it are refused)."""

    __tablename__ = "issuer_statement"

    kind: Mapped[str] = mapped_column(String(16))  # "delegate" | "withdraw"
    subject_key: Mapped[str] = mapped_column(String(64), index=True)
    subject_name: Mapped[str] = mapped_column(String(200))
    from_date: Mapped[date]
    until_date: Mapped[date | None]
    reason: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(String(200))
    signer_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
