"""The staff score's lines in words, in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from branchdesk.services.staff_score.rules import TARGET_LABELS, points_text
from branchdesk.services.staff_score.views import DayLine, DeductionLine, Line, TargetLine, WeekLine
from branchdesk.ui.i18n import tr_text


def part_label(code: str) -> str:
    """Short: the line table's first column leaves the room to the source."""
    return {"weekly": QCoreApplication.translate("StaffScore", "Weekly"),
            "targets": QCoreApplication.translate("StaffScore", "Targets"),
            "daily": QCoreApplication.translate("StaffScore", "Daily"),
            "deductions": QCoreApplication.translate("StaffScore", "Deductions")}.get(code, code)


def target_label(kind: str) -> str:
    return tr_text(TARGET_LABELS[kind]) if kind in TARGET_LABELS else kind


def short_day(day: dt.date) -> str:
    return f"{day:%m-%d}"


def week_span(monday: dt.date) -> str:
    return QCoreApplication.translate("StaffScore", "{first} to {last}").format(first=short_day(monday), last=short_day(monday + dt.timedelta(days=6)))


def counted(line: Line) -> bool:
    return not ((isinstance(line, WeekLine) and line.total is None)
                or (isinstance(line, DayLine) and not line.measured))


def line_points(line: Line) -> str:
    return points_text(line.points) if counted(line) else "—"


def line_text(line: Line) -> str:
    if isinstance(line, WeekLine):
        if line.total is None:
            return QCoreApplication.translate("StaffScore", "Week {span}: not evaluated (left out of the average)").format(span=week_span(line.week_start))
        text = QCoreApplication.translate("StaffScore", "Week {span}: {total} of 50").format(span=week_span(line.week_start), total=line.total)
        if line.corrections:
            text += QCoreApplication.translate("StaffScore", " (corrected: the latest of {count} entries counts)").format(count=line.corrections + 1)
        return text
    if isinstance(line, TargetLine):
        name = target_label(line.kind) + (f" ({line.note})" if line.note else "")
        if line.actual is None:
            done = QCoreApplication.translate("StaffScore", "nothing entered yet")
        else:
            done = QCoreApplication.translate("StaffScore", "{actual} of {goal}").format(actual=line.actual, goal=line.goal)
        how = QCoreApplication.translate("StaffScore", "counted") if line.computed else QCoreApplication.translate("StaffScore", "entered")
        return QCoreApplication.translate("StaffScore", "{target}: {done}, {how}; worth {points}").format(target=name, done=done, how=how,
                                                                   points=line.weight)
    if isinstance(line, DayLine):
        parts = []
        if line.checks_signed is not None:
            parts.append(QCoreApplication.translate("StaffScore", "daily checks signed: {count}").format(count=line.checks_signed))
        if line.with_norm:
            parts.append(QCoreApplication.translate("StaffScore", "{within} of {served} tickets within the norm").format(within=line.within_norm,
                                                                                    served=line.with_norm))
        if not parts:
            parts.append(QCoreApplication.translate("StaffScore", "nothing to measure (not counted)"))
        return f"{short_day(line.day)}  " + QCoreApplication.translate("StaffScore", "; ").join(parts)
    assert isinstance(line, DeductionLine)
    critical = QCoreApplication.translate("StaffScore", " (critical)") if line.critical else ""
    return QCoreApplication.translate("StaffScore", "{when} {check}: {item}{critical} failed").format(
        when=f"{line.signed_at:%m-%d %H:%M}", check=line.check_title, item=line.item_text, critical=critical)
