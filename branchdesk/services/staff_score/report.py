"""The monthly report's data, in Chinese: each line says where its points came from and how."""

from __future__ import annotations

import datetime as dt

from branchdesk.printing.staff_score_data import ScoreReportLine, ScoreReportPerson, StaffScoreReport
from branchdesk.services.staff_score.rules import points_text
from branchdesk.services.staff_score.views import DayLine, DeductionLine, Line, MonthScore, Ranked, TargetLine, WeekLine

PARTS_ZH = {"weekly": "周评", "targets": "月度指标", "daily": "每日进度", "deductions": "扣分"}
TARGET_KINDS_ZH = {"served_within_norm": "时限内办结笔数", "activity_sign_ins": "活动签到人数",
                   "gifts_issued": "礼品发放数", "other": "其他指标"}
CHECK_KINDS_ZH = {"opening": "开门检查", "closing": "关门检查", "weekly": "每周检查", "mystery": "神秘顾客暗访"}


def _day(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


def line_text(line: Line) -> str:
    if isinstance(line, WeekLine):
        span = f"{_day(line.week_start)}至{_day(line.week_start + dt.timedelta(days=6))}"
        if line.total is None:
            return f"{span} 未评估（不计入平均）"
        corrected = f"，更正 {line.corrections} 次，以最后一次为准" if line.corrections else ""
        return f"{span} 周评 {line.total}/50 分{corrected}"
    if isinstance(line, TargetLine):
        name = TARGET_KINDS_ZH.get(line.kind, line.kind) + (f"（{line.note}）" if line.note else "")
        how = "系统统计" if line.computed else "主管录入"
        actual = "未录入" if line.actual is None else f"{line.actual}/{line.goal}"
        return f"{name}：完成 {actual}（{how}），目标分 {line.weight} 分"
    if isinstance(line, DayLine):
        parts = []
        if line.checks_signed is not None:
            parts.append(f"签署日检 {line.checks_signed} 次")
        if line.with_norm:
            parts.append(f"时限内办结 {line.within_norm}/{line.with_norm} 笔")
        return f"{_day(line.day)} " + ("，".join(parts) if parts else "无可计量的工作（不计入）")
    assert isinstance(line, DeductionLine)
    critical = "【关键项】" if line.critical else ""
    return f"{line.signed_at:%m-%d %H:%M} {line.check_title}：{line.item_text}{critical} 不合格"


def person_lines(score: MonthScore) -> tuple[ScoreReportLine, ...]:
    lines = []
    for part in score.parts:
        for line in part.lines:
            counted = not ((isinstance(line, WeekLine) and line.total is None)
                           or (isinstance(line, DayLine) and not line.measured))
            lines.append(ScoreReportLine(PARTS_ZH[part.code], line_text(line),
                                         points_text(line.points) if counted else "—", counted))
    return tuple(lines)


def report_data(branch_name: str, branch_code: str, month: str, ranked: list[Ranked],
                generated_at: dt.datetime) -> StaffScoreReport:
    people = []
    for entry in ranked:
        score = entry.score
        weekly, targets, daily, deductions = (points_text(score.part(code).points)
                                              for code in ("weekly", "targets", "daily", "deductions"))
        people.append(ScoreReportPerson(entry.rank, score.full_name, weekly, targets, daily, deductions,
                                        points_text(score.total), person_lines(score)))
    return StaffScoreReport(branch_name, branch_code, month, tuple(people), generated_at)
