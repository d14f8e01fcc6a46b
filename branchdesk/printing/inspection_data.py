"""What the report of a signed check holds: plain data, no reportlab (the app loads it at start-up)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ReportLine:
    position: int
    section: str
    text: str
    critical: bool
    answer: str  # as it reads, e.g. "合格", "不适用", "3 / 4", "22 °C（18–28）"
    points: str  # "2 / 2", "—" when not scored
    failed: bool
    responsible: str
    note: str  # a text answer, a photo's file and SHA-256, "read from attendance"


@dataclass(frozen=True)
class VisitLine:
    """A mystery-shopper visit's particulars, branch-local times (issue 11, item 5); only ever in a released
    visit's report or the inspector's own."""

    visited_at: dt.datetime
    window: str
    served_by: str  # "" when not known
    released_at: dt.datetime | None
    released_by: str  # "" with released_at: by HQ


@dataclass(frozen=True)
class InspectionReport:
    branch_name: str
    branch_code: str
    title: str
    kind: str
    version_number: int
    started_by: str
    started_at: dt.datetime  # branch-local
    signed_by: str
    signed_at: dt.datetime  # branch-local
    passed: bool
    critical_failed: bool
    earned: float
    possible: float
    failed_items: int
    lines: tuple[ReportLine, ...]
    generated_at: dt.datetime
    visit: VisitLine | None = None


def points(value: float) -> str:
    return f"{value:g}"
