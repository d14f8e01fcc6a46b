"""What the monthly staff score report holds: plain data, no reportlab (the service fills it in Chinese)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ScoreReportLine:
    part: str  # 周评, 月度指标, 每日进度, 扣分
    text: str
    points: str  # "22.5", "-2"; "—" for a line listed but not counted
    counted: bool


@dataclass(frozen=True)
class ScoreReportPerson:
    rank: int
    full_name: str
    weekly: str
    targets: str
    daily: str
    deductions: str
    total: str
    lines: tuple[ScoreReportLine, ...]


@dataclass(frozen=True)
class StaffScoreReport:
    branch_name: str
    branch_code: str
    month: str  # "2026-11"
    people: tuple[ScoreReportPerson, ...]  # ranked, best first
    generated_at: dt.datetime  # branch-local
