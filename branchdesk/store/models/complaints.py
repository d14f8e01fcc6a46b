"""The complaint register (issue 11, item 6): one row per complaint, its steps appended in order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Sequenced, Synced, UTCDateTime


class Complaint(Synced, Base):
    """What the customer said and where it stands.

    The registered facts (when, how, what, who was asked first) are never edited: a correction is a
    step. Only the current state (assignee, reply, satisfaction) changes, each change also a step.
    """

    __tablename__ = "complaint"

    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    # Fixed at registration: the promise made to the customer does not move if the branch's zone does.
    deadline_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    channel: Mapped[str] = mapped_column(String(12))  # letter, visit, phone, hotline_12305, online
    category: Mapped[str] = mapped_column(String(12))  # delay, loss, damage, attitude, tariff, other
    summary: Mapped[str] = mapped_column(Text)
    contact: Mapped[str] = mapped_column(String(40))  # as entered; shown masked
    first_staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))  # 首问责任人
    assignee_staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    registered_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reply: Mapped[str | None] = mapped_column(Text)
    replied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    replied_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    satisfaction: Mapped[str | None] = mapped_column(String(20))


class ComplaintStep(Synced, Sequenced, Base):
    """One thing done about a complaint: append-only (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "complaint_step"

    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(12))  # register, note, assign, correction, reply, satisfaction
    text: Mapped[str] = mapped_column(Text)
    assignee_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # kind "assign"
