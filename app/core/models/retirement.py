"""A laptop retired by a coordinator (lost, stolen, replaced): a record that travels.

Every installation that holds it refuses the retired key's changes above the cut-off
(`cutoffs`: the last seq of each of its replica ids the coordinator had accepted),
whoever relays them; its earlier work stays valid. Written through the Writer like any
syncable row, so retirement reaches every laptop by the ordinary sync.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base, Syncable


class DeviceRetirement(Syncable, Base):
    __tablename__ = "device_retirement"

    device_name: Mapped[str] = mapped_column(String(100))
    public_key: Mapped[str] = mapped_column(String(64), index=True)
    cutoffs: Mapped[str] = mapped_column(Text)  # JSON {replica_id: last accepted seq}
    retired_at: Mapped[datetime]
    retired_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
