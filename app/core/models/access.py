"""The local access log: who exported, printed, erased or backed up what on this laptop.

Changes to records are in the op log (they travel); reading them out of Tirek does not
change a record, so it is logged here, on the laptop where it happened, and never synced
(a list exported in Naryn is this laptop's business, and the log holds person ids).
Written only through `app/core/access_log.py`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.models.base import Base


class AccessEntry(Base):
    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)  # UTC
    device: Mapped[str] = mapped_column(String(100))
    user: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    what: Mapped[str] = mapped_column(String(200))
    person_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
