"""The branch itself: identity, grade, opening hours; and this PC's own settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from branchdesk.store.base import Base, Synced, UTCDateTime


class Branch(Synced, Base):
    __tablename__ = "branch"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    grade: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64))
    savings_business: Mapped[bool] = mapped_column(Boolean, default=False)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    hours: Mapped[list[OpeningHours]] = relationship(
        back_populates="branch", order_by="OpeningHours.weekday", cascade="all, delete-orphan"
    )


class OpeningHours(Synced, Base):
    """One weekday's hours; `opens` and `closes` are both empty on a closed day."""

    __tablename__ = "opening_hours"
    __table_args__ = (UniqueConstraint("branch_id", "weekday"),)

    branch_id: Mapped[str] = mapped_column(ForeignKey("branch.id"))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday, as in datetime
    opens: Mapped[dt.time | None] = mapped_column(Time)
    closes: Mapped[dt.time | None] = mapped_column(Time)

    branch: Mapped[Branch] = relationship(back_populates="hours")


class LocalSetting(Base):
    """Settings of this PC only (language, printer), never sent to HQ."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
