"""The staff score (issue 11, item 7): weekly evaluations, monthly targets and their entered figures.

All three are append-only (migration 0011's triggers refuse UPDATE and DELETE): a correction is a new
row, and the latest row (by `seq`) of its key counts. Daily progress and deductions are not stored:
they are read from attendance, tickets and signed checks whenever a score is computed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Sequenced, Synced, UTCDateTime


class StaffEvaluation(Synced, Sequenced, Base):
    """The branch head's weekly evaluation of one person; the latest for (person, week) counts."""

    __tablename__ = "staff_evaluation"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    week_start: Mapped[dt.date] = mapped_column(Date, index=True)  # the Monday
    scores: Mapped[str] = mapped_column(Text)  # JSON {criterion code: points}
    total: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    evaluated_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    evaluated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class StaffTarget(Synced, Sequenced, Base):
    """A monthly target of one person; the latest for (person, month, kind) counts, 0 points withdraws it."""

    __tablename__ = "staff_target"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # "2026-11"
    kind: Mapped[str] = mapped_column(String(24))
    goal: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    set_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    set_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class StaffTargetFigure(Synced, Sequenced, Base):
    """What a person achieved on an entered target kind; the latest for (person, month, kind) counts."""

    __tablename__ = "staff_target_figure"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    value: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    entered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
