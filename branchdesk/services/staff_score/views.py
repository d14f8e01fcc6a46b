"""What the staff score hands out: plain data, each line with the source it came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Source:
    """Where a line's points come from, for the screen to open: an evaluation, a target, a day, or a check's
    failed item (`kind` evaluation, target, day, inspection)."""

    kind: str
    staff_id: str
    ref: str  # the evaluation's or inspection's id, the target's kind, the day (ISO)
    item_id: str | None = None  # the failed item of an inspection
    month: str = ""


@dataclass(frozen=True)
class WeekLine:
    week_start: dt.date
    total: int | None  # the evaluation's points out of WEEKLY_MAX; None: not evaluated
    corrections: int  # earlier entries for this week, replaced by the latest
    points: int  # hundredths added to the month
    source: Source | None


@dataclass(frozen=True)
class TargetLine:
    kind: str
    note: str
    goal: int
    weight: int  # the target's points
    actual: int | None  # None: an entered kind with nothing entered yet
    computed: bool
    points: int
    source: Source


@dataclass(frozen=True)
class DayLine:
    day: dt.date
    checks_signed: int | None  # None: the person's role does not run checks
    within_norm: int
    with_norm: int  # tickets served with a norm (back-entered ones excluded)
    measured: bool  # False: nothing to measure that day (listed, not counted)
    points: int
    source: Source


@dataclass(frozen=True)
class DeductionLine:
    signed_at: dt.datetime  # branch-local
    check_title: str
    item_text: str
    critical: bool
    points: int  # negative hundredths
    source: Source


Line = Union[WeekLine, TargetLine, DayLine, DeductionLine]


@dataclass(frozen=True)
class Part:
    code: str  # weekly, targets, daily, deductions
    maximum: int  # points; 0 for deductions
    points: int  # hundredths: the sum of the lines
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class MonthScore:
    staff_id: str
    full_name: str
    month: str
    parts: tuple[Part, ...]
    total: int  # hundredths, never below 0

    def part(self, code: str) -> Part:
        return next(p for p in self.parts if p.code == code)


@dataclass(frozen=True)
class Ranked:
    rank: int  # equal totals share a rank
    score: MonthScore


@dataclass(frozen=True)
class EvaluationEntry:
    id: str
    staff_id: str
    staff_name: str
    week_start: dt.date
    scores: dict[str, int]
    total: int
    note: str
    evaluated_by: str  # the name
    evaluated_at: dt.datetime  # branch-local
    latest: bool  # False: replaced by a later correction


@dataclass(frozen=True)
class TargetEntry:
    kind: str
    goal: int
    points: int
    note: str
    set_by: str
    set_at: dt.datetime  # branch-local
    latest: bool


@dataclass(frozen=True)
class FigureEntry:
    value: int
    note: str
    entered_by: str
    entered_at: dt.datetime  # branch-local
    latest: bool


@dataclass(frozen=True)
class CountedTicket:
    code: str
    day: dt.date
    service_minutes: float
    norm_minutes: float
    within: bool


@dataclass(frozen=True)
class TargetDetail:
    """A target with every entry made about it, and for a computed kind the tickets it counted."""

    staff_name: str
    month: str
    kind: str
    computed: bool
    entries: tuple[TargetEntry, ...]
    figures: tuple[FigureEntry, ...]
    tickets: tuple[CountedTicket, ...] = ()


@dataclass(frozen=True)
class SignedCheck:
    inspection_id: str
    title: str
    kind: str
    signed_at: dt.datetime


@dataclass(frozen=True)
class DayDetail:
    staff_name: str
    day: dt.date
    first_in: dt.datetime | None
    last_out: dt.datetime | None
    runs_checks: bool
    checks: tuple[SignedCheck, ...]
    tickets: tuple[CountedTicket, ...]


@dataclass(frozen=True)
class StaffTargets:
    """A person's current targets for a month, for the form (latest entry of each kind)."""

    staff_id: str
    month: str
    targets: dict[str, TargetEntry] = field(default_factory=dict)
    figures: dict[str, FigureEntry] = field(default_factory=dict)
