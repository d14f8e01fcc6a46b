"""The one ordered stream of changes that sync carries to HQ."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, UTCDateTime


class ChangeLogRow(Base):
    """Written only by the capture triggers (`store/changelog.py`), never by hand.

    `seq` is an INTEGER PRIMARY KEY: max + 1 at insert, so a rolled-back row leaves
    no gap, and VACUUM keeps it. Rows are never updated or deleted (triggers refuse
    it), which keeps `seq` gap-free for ever. Rows written before schema 0004 have
    no txid (group them by `changed_at`: one flush each) and no schema_rev.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity_entity_id_seq", "entity", "entity_id", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(6))  # insert / update / delete
    payload: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    txid: Mapped[str | None] = mapped_column(String(36))
    origin: Mapped[str] = mapped_column(String(8), server_default="local")  # local / hq
    schema_rev: Mapped[str | None] = mapped_column(String(32))
    payload_format: Mapped[int] = mapped_column(Integer, server_default="1")
