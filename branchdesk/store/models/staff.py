"""Staff accounts, their secrets, and attendance."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Sequenced, Synced, UTCDateTime


class Staff(Synced, Base):
    __tablename__ = "staff"

    branch_id: Mapped[str] = mapped_column(ForeignKey("branch.id"))
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class StaffCredential(Base):
    """The Argon2 hash and lockout state: local to this PC, never synced."""

    __tablename__ = "staff_credential"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(200))
    secret_kind: Mapped[str] = mapped_column(String(10))  # "pin" or "password"
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class AttendanceEvent(Synced, Sequenced, Base):
    """A clock-in or clock-out, appended and never edited."""

    __tablename__ = "attendance_event"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    kind: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    work_date: Mapped[dt.date] = mapped_column(Date, index=True)  # branch-local date
    late: Mapped[bool] = mapped_column(Boolean, default=False)
