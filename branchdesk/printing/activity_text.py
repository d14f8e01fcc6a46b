"""The words the activity printouts share: dates in Chinese and English (plain, no reportlab)."""

from __future__ import annotations

import datetime as dt

from branchdesk.printing.activity_data import ActivityReport, percent
from branchdesk.printing.report_text import WEEKDAYS

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def _zh(day: dt.date, *, year: bool = True, month: bool = True) -> str:
    weekday = WEEKDAYS[day.weekday()][0]
    head = f"{day.year}年" if year else ""
    head += f"{day.month}月" if month or year else ""
    return f"{head}{day.day}日（{weekday}）"


def dates_zh(starts: dt.date, ends: dt.date, hours: str = "") -> str:
    """"2026年12月5日（星期六）至 12月6日（星期日） 08:30–16:30": the year once, the month once if it stays."""
    if ends <= starts:
        text = _zh(starts)
    else:
        text = f"{_zh(starts)}至{_zh(ends, year=ends.year != starts.year, month=ends.month != starts.month)}"
    return f"{text} {hours}" if hours else text


def _en(day: dt.date, *, year: bool = True) -> str:
    text = f"{WEEKDAYS[day.weekday()][1]} {day.day} {MONTHS_EN[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def dates_en(starts: dt.date, ends: dt.date, hours: str = "") -> str:
    if ends <= starts:
        text = _en(starts)
    else:
        text = f"{_en(starts, year=ends.year != starts.year)} – {_en(ends)}"
    return f"{text}, {hours}" if hours else text


def short_dates(starts: dt.date, ends: dt.date) -> str:
    """"2026-12-05 – 12-06" for narrow places (tear-off slips, sheet headers)."""
    if ends <= starts:
        return f"{starts:%Y-%m-%d}"
    return f"{starts:%Y-%m-%d} – {ends:%m-%d}" if ends.year == starts.year else f"{starts:%Y-%m-%d} – {ends:%Y-%m-%d}"


def figure(value: float) -> str:
    """A goal's figure as printed: whole numbers without decimals, else up to two."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def achieved_lines(data: ActivityReport) -> list[tuple[str, str]]:
    """One sentence per goal, (Chinese, English): what was reached against what was planned."""
    lines = []
    for g in data.goals:
        unit = g.unit
        if g.met:
            lines.append((f"{g.label}：计划 {figure(g.target)}{unit}，实际 {figure(g.actual)}{unit}，"
                          f"完成 {percent(g.share)}，已达成。",
                          f"{g.label_en}: {figure(g.actual)} against {figure(g.target)} planned "
                          f"({percent(g.share)}), met."))
        else:
            lines.append((f"{g.label}：计划 {figure(g.target)}{unit}，实际 {figure(g.actual)}{unit}，"
                          f"完成 {percent(g.share)}，未达成。",
                          f"{g.label_en}: {figure(g.actual)} against {figure(g.target)} planned "
                          f"({percent(g.share)}), not met."))
    return lines
