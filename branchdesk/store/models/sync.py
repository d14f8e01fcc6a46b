"""Sync with HQ: this PC's enrolment and progress (local), and what comes down from HQ (synced)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Synced, UTCDateTime


class SyncState(Base):
    """One row: who this branch is to HQ and how far sync has got. Never synced itself.

    The branch's private key lives here, not beside the database, so a backup restored
    after a disk failure still signs as the branch (docs/sync-protocol.md §2).
    """

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    hq_url: Mapped[str] = mapped_column(String(200))
    branch_code: Mapped[str] = mapped_column(String(20))
    credential: Mapped[str] = mapped_column(String(64))
    branch_secret: Mapped[str] = mapped_column(String(64))
    hq_public_key: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # The highest seq HQ said (signed) it holds; pushing starts after it.
    acknowledged: Mapped[int] = mapped_column(Integer, default=0)
    # The last request number used; the next request takes this plus one, committed before sending.
    last_request: Mapped[int] = mapped_column(Integer, default=0)
    pull_cursor: Mapped[int] = mapped_column(Integer, default=0)
    # The SHA-256 of the last weekly bundle written, named by the next one so HQ can tell one is missing.
    last_bundle_sha256: Mapped[str | None] = mapped_column(String(64))
    last_success_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(40))  # a code, translated when shown
    last_error_detail: Mapped[str | None] = mapped_column(Text)
    clock_offset_s: Mapped[float | None] = mapped_column(Float)  # HQ's clock minus ours


class Announcement(Synced, Base):
    """A county announcement, owned by HQ: written here only as applied from HQ."""

    __tablename__ = "announcement"

    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    published_at: Mapped[str] = mapped_column(String(32))  # HQ's clock, as HQ sent it


class AnnouncementRead(Synced, Base):
    """Someone at the branch has read an announcement: the branch's own row, pushed up."""

    __tablename__ = "announcement_read"

    announcement_id: Mapped[str] = mapped_column(ForeignKey("announcement.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    read_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
