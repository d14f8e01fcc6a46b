"""The hash-chained audit log of sign-ins and sensitive actions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Synced, UTCDateTime


class AuditEntry(Synced, Base):
    __tablename__ = "audit_entry"

    position: Mapped[int] = mapped_column(Integer, unique=True)  # 1, 2, 3, ... the chain order
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor_staff_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
