"""The customer queue: businesses and windows (settings), tickets and what happened to them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Sequenced, Synced, UTCDateTime


class Business(Synced, Base):
    """A line of business (业务) customers queue for, with its ticket prefix and counter norm.

    Its table was `queue_service` up to schema 0004; HQ still knows it by that name on the wire.
    """

    __tablename__ = "business"
    __table_args__ = {"info": {"wire": "queue_service"}}

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(40))
    prefix: Mapped[str] = mapped_column(String(2), unique=True)
    number_from: Mapped[int] = mapped_column(Integer, default=1)
    number_to: Mapped[int] = mapped_column(Integer, default=999)
    norm_base_min: Mapped[float] = mapped_column(Float)
    norm_per_10k_min: Mapped[float] = mapped_column(Float, default=0.0)
    norm_per_unit_min: Mapped[float] = mapped_column(Float, default=0.0)
    norm_unit: Mapped[str | None] = mapped_column(String(10))  # "item", "title" or none
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class QueueWindow(Synced, Base):
    """A counter window; `state` is open, paused or closed (its history is in window_event)."""

    __tablename__ = "queue_window"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(10), default="closed")
    pause_reason: Mapped[str | None] = mapped_column(String(100))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WindowBusiness(Synced, Base):
    """Which businesses a window serves (`window_service` on the wire)."""

    __tablename__ = "window_business"
    __table_args__ = (UniqueConstraint("window_id", "business_id"), {"info": {"wire": "window_service"}})

    window_id: Mapped[str] = mapped_column(ForeignKey("queue_window.id"))
    business_id: Mapped[str] = mapped_column(ForeignKey("business.id"), info={"wire": "service_id"})


class Ticket(Synced, Base):
    """One customer's ticket; its current state here, every step appended to ticket_event.

    `issue_seq` orders the day's tickets as issued, whatever the PC's clock says.
    """

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("business_date", "prefix", "number"),
        UniqueConstraint("business_date", "issue_seq"),
    )

    business_date: Mapped[dt.date] = mapped_column(Date, index=True)
    issue_seq: Mapped[int] = mapped_column(Integer)
    prefix: Mapped[str] = mapped_column(String(2))
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(8))  # "A012"
    business_id: Mapped[str] = mapped_column(ForeignKey("business.id"), info={"wire": "service_id"})
    original_business_id: Mapped[str] = mapped_column(ForeignKey("business.id"),
                                                      info={"wire": "original_service_id"})
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(12))  # clerk, kiosk, back_entry
    issued_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), index=True)
    window_id: Mapped[str | None] = mapped_column(ForeignKey("queue_window.id"))
    called_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    recalls: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    served_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    amount_fen: Mapped[int | None] = mapped_column(Integer)
    units: Mapped[int | None] = mapped_column(Integer)
    norm_minutes: Mapped[float | None] = mapped_column(Float)
    overrun: Mapped[bool | None] = mapped_column(Boolean)
    back_entered: Mapped[bool] = mapped_column(Boolean, default=False)
    print_status: Mapped[str] = mapped_column(String(10), default="none")  # none, printed, failed


class TicketEvent(Synced, Sequenced, Base):
    """Issued, called, recalled, started, finished, no-show, transferred, held: appended, never edited."""

    __tablename__ = "ticket_event"

    ticket_id: Mapped[str] = mapped_column(ForeignKey("ticket.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    window_id: Mapped[str | None] = mapped_column(ForeignKey("queue_window.id"))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    detail: Mapped[str] = mapped_column(Text, default="{}")


class WindowEvent(Synced, Sequenced, Base):
    """A window opened, paused (with its reason), resumed or closed: appended, never edited."""

    __tablename__ = "window_event"

    window_id: Mapped[str] = mapped_column(ForeignKey("queue_window.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(String(100))
