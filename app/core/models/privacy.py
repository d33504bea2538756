"""Consent as data and erasure that travels (issue 16; docs/privacy-erasure.md).

- `consent_record`: one row per statement of consent (given or withdrawn) of one person
  for one kind (data processing, photos, being contacted), with when, how and who
  recorded it. Rows are never edited: a later statement is a new row, so the history is
  kept and two laptops recording offline never conflict; the current value of a kind is
  the latest statement (by `given_at`, then id).
- `person_erasure`: a coordinator erased a person (a data subject's request). Its id is
  derived from the person, so two coordinators erasing the same woman make one row. It
  travels like any record; every laptop that holds it scrubs her personal values from
  the person row, the rows that copy her name and the op log (app/core/erasure.py).
- `op_seal` (local, not synced): for every op whose value was scrubbed here, the hash
  chain of its origin just before and just after it (app/core/chain.py), so the chain
  over the scrubbed op log still verifies and relays (docs/sync.md, "Erased ops").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable


class ConsentRecord(Syncable, Base):
    __tablename__ = "consent_record"
    __table_args__ = (Index("ix_consent_record_person_id_kind", "person_id", "kind"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(16))  # data | photo | contact
    given: Mapped[bool]  # False: withdrawn (or refused)
    given_at: Mapped[datetime]  # when she gave (or withdrew) it
    how: Mapped[str] = mapped_column(String(24))  # app/core/vocab.py: CONSENT_WAYS
    witness: Mapped[str | None] = mapped_column(String(200))  # verbal: who witnessed it
    recorded_by: Mapped[str | None] = mapped_column(String(200))  # the laptop's user
    recorded_on: Mapped[str | None] = mapped_column(String(100))  # the laptop's name


class PersonErasure(Syncable, Base):
    __tablename__ = "person_erasure"

    person_id: Mapped[str] = mapped_column(String(36), index=True)
    erased_at: Mapped[datetime]
    erased_by: Mapped[str | None] = mapped_column(String(200))
    erased_on: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)


class TombstoneCompaction(Syncable, Base):
    """A coordinator compacted the tombstones older than the network's horizon.

    Travels like any record: every laptop that holds it removes the same rows (deleted
    rows none of whose changes is newer than `cutoff_hlc`, app/core/compaction.py) and
    from then on refuses changes to them that arrive late."""

    __tablename__ = "tombstone_compaction"

    cutoff_hlc: Mapped[int] = mapped_column(BigInteger)  # clock stamp of the cut-off
    cutoff: Mapped[datetime]  # the same, readable
    horizon_days: Mapped[int]
    made_at: Mapped[datetime]
    made_by: Mapped[str | None] = mapped_column(String(200))
    made_on: Mapped[str | None] = mapped_column(String(100))


class CompactedRow(Base):
    """A row removed here by a compaction (local): late changes to it are refused."""

    __tablename__ = "compacted_row"

    entity: Mapped[str] = mapped_column(String(48), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class OpSeal(Base):
    __tablename__ = "op_seal"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    before: Mapped[str] = mapped_column(String(64))  # hex chain at seq - 1
    after: Mapped[str] = mapped_column(String(64))  # hex chain at seq (over the original op)
