"""Queue figures of closed days, kept on this PC so a year of statistics reads a few thousand rows.

Derived from the tickets, never synced: HQ gets the tickets themselves. Triggers
(migration 0003) drop a day's figures whenever one of its tickets is written, so
a figure is either current or absent, never stale; absent days are built again
on the next read.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base


class QueueDayFigures(Base):
    """One day's figures for one group: the whole day, an hour, a business, a clerk, or an hour and business."""

    __tablename__ = "queue_day_figures"

    business_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    dimension: Mapped[str] = mapped_column(String(12), primary_key=True)  # day, hour, business, clerk, hour_business
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    arrivals: Mapped[int] = mapped_column(Integer)
    served: Mapped[int] = mapped_column(Integer)
    no_shows: Mapped[int] = mapped_column(Integer)
    wait_count: Mapped[int] = mapped_column(Integer)
    wait_sum: Mapped[float] = mapped_column(Float)
    wait_max: Mapped[float | None] = mapped_column(Float)
    wait_p90: Mapped[float | None] = mapped_column(Float)  # exact, for this one day
    wait_histogram: Mapped[bytes] = mapped_column(LargeBinary)  # counts per stats.WAIT_BOUNDS bucket
    service_count: Mapped[int] = mapped_column(Integer)
    service_sum: Mapped[float] = mapped_column(Float)
    within_norm: Mapped[int] = mapped_column(Integer)
    with_norm: Mapped[int] = mapped_column(Integer)


class QueueDayBuilt(Base):
    """A closed day whose figures are built, and the time zone its hours were read in."""

    __tablename__ = "queue_day_built"

    business_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    zone: Mapped[str] = mapped_column(String(64))
