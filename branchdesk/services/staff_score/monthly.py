"""A person's month, computed from its sources each time it is read (nothing derived is stored)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import not_, select
from sqlalchemy.orm import Session

from branchdesk.services.checks import visibility
from branchdesk.services.roles import GRANTS, Permission, Role
from branchdesk.services.staff_score import rules
from branchdesk.services.staff_score.rules import HUNDRED, share
from branchdesk.services.staff_score.views import (
    CountedTicket, DayLine, DeductionLine, Line, MonthScore, Part, Source, TargetEntry, TargetLine, WeekLine,
)
from branchdesk.store.models import (
    AttendanceEvent, Inspection, InspectionAnswer, Staff, StaffEvaluation, StaffTarget, StaffTargetFigure,
    TemplateItem, TemplateVersion, Ticket,
)

DAILY_KINDS = ("opening", "closing")
# A mystery-shopper visit counts against a person once the inspector releases it (services/checks/visibility.py).


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    role: Role


def utc_bounds(first: dt.date, last: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(first, dt.time(), tzinfo=zone).astimezone(dt.timezone.utc)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=zone).astimezone(dt.timezone.utc)
    return start, end


def counted_tickets(s: Session, staff_id: str, first: dt.date, last: dt.date) -> list[CountedTicket]:
    """The person's tickets served at the window with a norm, in order; back-entered ones are not timed."""
    rows = s.execute(
        select(Ticket.code, Ticket.business_date, Ticket.started_at, Ticket.finished_at, Ticket.norm_minutes,
               Ticket.overrun)
        .where(Ticket.served_by == staff_id, Ticket.status == "done", Ticket.back_entered.is_(False),
               Ticket.business_date.between(first, last), Ticket.norm_minutes.is_not(None),
               Ticket.overrun.is_not(None), Ticket.started_at.is_not(None), Ticket.finished_at.is_not(None))
        .order_by(Ticket.business_date, Ticket.issue_seq)
    ).all()
    return [CountedTicket(code, day, round(max((end - start).total_seconds(), 0) / 60, 1), float(norm), not overrun)
            for code, day, start, end, norm, overrun in rows if start and end and norm is not None]


def served_within_norm(s: Session, staff_id: str, first: dt.date, last: dt.date) -> int:
    return sum(1 for t in counted_tickets(s, staff_id, first, last) if t.within)


# Target kinds computed from the branch's own data: (session, person, first day, last day) -> figure.
COMPUTED: dict[str, Callable[[Session, str, dt.date, dt.date], int]] = {
    rules.SERVED_WITHIN_NORM: served_within_norm,
}


K = TypeVar("K")
R = TypeVar("R")


def latest_by(rows: list[R], key: Callable[[R], K]) -> dict[K, R]:
    """The last row of each key (rows come in `seq` order)."""
    latest: dict[K, R] = {}
    for row in rows:
        latest[key(row)] = row
    return latest


def _weekly(s: Session, person: Person, month: str) -> Part:
    weeks = rules.month_weeks(month)
    rows = list(s.scalars(select(StaffEvaluation).where(
        StaffEvaluation.staff_id == person.id, StaffEvaluation.week_start.in_(weeks)).order_by(StaffEvaluation.seq)))
    latest = latest_by(rows, lambda r: r.week_start)
    evaluated = len(latest)
    lines: list[Line] = []
    for monday in weeks:
        row = latest.get(monday)
        if row is None:
            lines.append(WeekLine(monday, None, 0, 0, None))
            continue
        corrections = sum(1 for r in rows if r.week_start == monday) - 1
        # The month's part is the average of the evaluated weeks: each adds its total / their number.
        lines.append(WeekLine(monday, row.total, corrections, share(row.total * HUNDRED, 1, evaluated),
                              Source("evaluation", person.id, row.id, month=month)))
    return Part("weekly", rules.WEEKLY_MAX, sum(line.points for line in lines), tuple(lines))


def current_targets(s: Session, staff_id: str, month: str) -> dict[str, StaffTarget]:
    rows = list(s.scalars(select(StaffTarget).where(StaffTarget.staff_id == staff_id, StaffTarget.month == month)
                          .order_by(StaffTarget.seq)))
    return {kind: row for kind, row in latest_by(rows, lambda r: r.kind).items() if row.points > 0}


def current_figures(s: Session, staff_id: str, month: str) -> dict[str, StaffTargetFigure]:
    rows = list(s.scalars(select(StaffTargetFigure).where(
        StaffTargetFigure.staff_id == staff_id, StaffTargetFigure.month == month).order_by(StaffTargetFigure.seq)))
    return latest_by(rows, lambda r: r.kind)


def _targets(s: Session, person: Person, month: str) -> Part:
    first, last = rules.month_bounds(month)
    figures = current_figures(s, person.id, month)
    lines: list[Line] = []
    for kind in rules.TARGET_KINDS:
        target = current_targets(s, person.id, month).get(kind)
        if target is None:
            continue
        reader = COMPUTED.get(kind)
        figure = figures.get(kind)
        actual = reader(s, person.id, first, last) if reader else (figure.value if figure else None)
        earned = share(target.points * HUNDRED, min(actual or 0, target.goal), target.goal)
        lines.append(TargetLine(kind, target.note, target.goal, target.points, actual, reader is not None, earned,
                                Source("target", person.id, kind, month=month)))
    return Part("targets", rules.TARGETS_MAX, sum(line.points for line in lines), tuple(lines))


def runs_checks(role: Role) -> bool:
    return role in GRANTS[Permission.RUN_CHECKS]


def signed_daily_checks(s: Session, staff_id: str, start: dt.datetime, end: dt.datetime) -> list[Inspection]:
    return list(s.scalars(select(Inspection).where(
        Inspection.signed_by == staff_id, Inspection.kind.in_(DAILY_KINDS), Inspection.signed_at >= start,
        Inspection.signed_at < end).order_by(Inspection.signed_at)))


def _daily(s: Session, person: Person, month: str, zone: dt.tzinfo) -> Part:
    first, last = rules.month_bounds(month)
    start, end = utc_bounds(first, last, zone)
    checker = runs_checks(person.role)
    worked = set(s.scalars(select(AttendanceEvent.work_date).where(
        AttendanceEvent.staff_id == person.id, AttendanceEvent.kind == "in",
        AttendanceEvent.work_date.between(first, last))))
    checks: dict[dt.date, int] = {}
    for inspection in signed_daily_checks(s, person.id, start, end):
        assert inspection.signed_at is not None
        day = inspection.signed_at.astimezone(zone).date()
        checks[day] = checks.get(day, 0) + 1
    tickets: dict[dt.date, list[CountedTicket]] = {}
    for ticket in counted_tickets(s, person.id, first, last):
        tickets.setdefault(ticket.day, []).append(ticket)
    days = sorted(worked | set(checks) | set(tickets))
    # A day's measures: the daily checks (for a role that runs them: signed at least one that day), and the
    # share of its tickets served within norm (if it served any). A day with neither is listed, not counted.
    fractions: dict[dt.date, tuple[int, int]] = {}
    for day in days:
        measures: list[tuple[int, int]] = []
        if checker:
            measures.append((1 if checks.get(day) else 0, 1))
        served = tickets.get(day, [])
        if served:
            measures.append((sum(1 for t in served if t.within), len(served)))
        if measures:
            # The mean of the measures, as one fraction: sum(a/b) / n.
            den = 1
            for _, b in measures:
                den *= b
            num = sum(a * (den // b) for a, b in measures)
            fractions[day] = (num, den * len(measures))
    counted = len(fractions)
    lines: list[Line] = []
    for day in days:
        served = tickets.get(day, [])
        within = sum(1 for t in served if t.within)
        fraction = fractions.get(day)
        earned = share(rules.DAILY_MAX * HUNDRED, fraction[0], fraction[1] * counted) if fraction else 0
        lines.append(DayLine(day, checks.get(day, 0) if checker else None, within, len(served), fraction is not None,
                             earned, Source("day", person.id, day.isoformat(), month=month)))
    return Part("daily", rules.DAILY_MAX, sum(line.points for line in lines), tuple(lines))


def _deductions(s: Session, person: Person, month: str, zone: dt.tzinfo) -> Part:
    first, last = rules.month_bounds(month)
    start, end = utc_bounds(first, last, zone)
    rows = s.execute(
        select(Inspection.id, Inspection.signed_at, TemplateVersion.title, TemplateItem.id, TemplateItem.text,
               TemplateItem.critical)
        .join(InspectionAnswer, InspectionAnswer.inspection_id == Inspection.id)
        .join(TemplateItem, TemplateItem.id == InspectionAnswer.item_id)
        .join(TemplateVersion, TemplateVersion.id == Inspection.version_id)
        .where(InspectionAnswer.responsible_staff_id == person.id, InspectionAnswer.failed.is_(True),
               Inspection.signed_at.is_not(None), Inspection.signed_at >= start, Inspection.signed_at < end,
               not_(visibility.hidden()))  # an unreleased mystery visit counts once released
        .order_by(Inspection.signed_at, TemplateItem.position)
    ).all()
    lines: list[Line] = []
    for inspection_id, signed_at, title, item_id, text, critical in rows:
        assert signed_at is not None  # the query asks for signed checks
        cost = (rules.CRITICAL_DEDUCTION if critical else rules.DEDUCTION) * HUNDRED
        lines.append(DeductionLine(signed_at.astimezone(zone), title, text, critical, -cost,
                                   Source("inspection", person.id, inspection_id, item_id, month=month)))
    return Part("deductions", 0, sum(line.points for line in lines), tuple(lines))


def month_score(s: Session, person: Person, month: str, zone: dt.tzinfo) -> MonthScore:
    parts = (_weekly(s, person, month), _targets(s, person, month), _daily(s, person, month, zone),
             _deductions(s, person, month, zone))
    return MonthScore(person.id, person.full_name, month, parts, max(0, sum(p.points for p in parts)))


def person(s: Session, staff_id: str) -> Person | None:
    row = s.get(Staff, staff_id)
    return None if row is None else Person(row.id, row.full_name, Role(row.role))


def active_people(s: Session) -> list[Person]:
    """The people the branch scores: not the administrator's account (it looks after the PC, not customers) nor
    the county's inspector."""
    rows = s.scalars(select(Staff).where(Staff.active.is_(True),
                                         Staff.role.not_in((Role.INSPECTOR.value, Role.ADMIN.value)))
                     .order_by(Staff.created_at))
    return [Person(r.id, r.full_name, Role(r.role)) for r in rows]


def evaluation_scores(row: StaffEvaluation) -> dict[str, int]:
    return {code: int(value) for code, value in json.loads(row.scores).items()}


def target_entry(row: StaffTarget, names: dict[str, str], latest: bool, zone: dt.tzinfo) -> TargetEntry:
    return TargetEntry(row.kind, row.goal, row.points, row.note, names.get(row.set_by, ""),
                       row.set_at.astimezone(zone), latest)


def staff_names(s: Session) -> dict[str, str]:
    return {row[0]: row[1] for row in s.execute(select(Staff.id, Staff.full_name))}

