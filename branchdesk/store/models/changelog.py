"""The one ordered stream of changes that sync carries to HQ."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, UTCDateTime


class ChangeLogRow(Base):
    """`seq` is SQLite's rowid: max + 1 at insert, so a rolled-back row leaves no gap.

    Rows are never updated or deleted (triggers in the first migration refuse it),
    which keeps `seq` gap-free for ever.
    """

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(6))  # insert / update / delete
    payload: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
