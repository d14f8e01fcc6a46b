"""When each checklist is due, and the corrective actions opened by failed items (issue 11, items 2 and 4)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Sequenced, Synced, UTCDateTime


class CheckSchedule(Synced, Base):
    """A template's schedule, where the branch changed it; without a row the kind's default applies."""

    __tablename__ = "check_schedule"

    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"), unique=True)
    frequency: Mapped[str] = mapped_column(String(10))  # opening, closing, weekly, monthly, none
    lead_minutes: Mapped[int] = mapped_column(Integer)  # due from this long before the anchor
    grace_minutes: Mapped[int] = mapped_column(Integer)  # overdue this long after the deadline's anchor
    due_day: Mapped[int | None] = mapped_column(Integer)  # weekly: weekday 0-6; monthly: day 1-31
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class CorrectiveAction(Synced, Base):
    """One failed item of a check and what is done about it: open, done (with evidence), closed after an
    effectiveness check by someone other than the owner. The current state only; every change is a step."""

    __tablename__ = "corrective_action"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"), Index("ix_corrective_action_status_due",
                                                                            "status", "due_on"))

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("template_item.id"))
    item_text: Mapped[str] = mapped_column(String(200))  # the item as it read, for the lists
    owner_staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    due_on: Mapped[dt.date] = mapped_column(Date)  # branch-local; overdue from the day after
    status: Mapped[str] = mapped_column(String(8))  # open, done, closed
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # the latest "done", cleared on reopening
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ActionStep(Synced, Sequenced, Base):
    """One thing done about an action: append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "action_step"

    action_id: Mapped[str] = mapped_column(ForeignKey("corrective_action.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # None: opened by signing
    kind: Mapped[str] = mapped_column(String(14))  # open, note, reassign, done, effective, not_effective
    text: Mapped[str] = mapped_column(Text, default="")
    photo_file: Mapped[str | None] = mapped_column(String(100))  # under the data folder's photos/
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    owner_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # open, reassign
    due_on: Mapped[dt.date | None] = mapped_column(Date)  # open, reassign
