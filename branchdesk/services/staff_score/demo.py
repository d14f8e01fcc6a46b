"""The demo branch's staff score: the head's weekly evaluations and this month's targets, and a few
daily checks, one failing an item named to a clerk, so the 员工积分 page has every kind of line."""

from __future__ import annotations

import datetime as dt
import random

from branchdesk.services.attendance import AttendanceService
from branchdesk.services.branch import BranchService
from branchdesk.services.checks.inspections import AnswerInput, Inspections
from branchdesk.services.checks.templates import CheckTemplates
from branchdesk.services.clock import FixedClock
from branchdesk.services.roles import Actor, Role
from branchdesk.services.staff_score import rules
from branchdesk.services.staff_score.service import StaffScoreService
from branchdesk.store import Database

CLEANING = "设备归位"  # the closing item the demo fails, named to a clerk


def seed_demo(db: Database, actors: list[Actor], now: dt.datetime, zone: dt.tzinfo, seed: int = 7) -> None:
    rng = random.Random(seed)
    head = next(a for a in actors if a.role == Role.BRANCH_HEAD)
    manager = next(a for a in actors if a.role == Role.DUTY_MANAGER)
    clerks = [a for a in actors if a.role == Role.CLERK]
    today = now.astimezone(zone).date()
    month = rules.month_of(today)
    clock = FixedClock(now)
    branch = BranchService(db, clock)
    inspections = Inspections(db, clock, AttendanceService(db, clock, branch))
    score = StaffScoreService(db, clock, branch, inspections)
    for monday in rules.month_weeks(month):
        if monday + dt.timedelta(days=6) >= today:
            continue  # evaluated once the week is over
        clock.at = dt.datetime.combine(monday + dt.timedelta(days=6), dt.time(17, 0), tzinfo=zone)
        for person in actors:
            scores = {c.code: c.maximum - rng.choice([0, 0, 1, 1, 2, 3]) for c in rules.CRITERIA}
            score.evaluate(head, person.staff_id, monday, scores)
    first, _last = rules.month_bounds(month)
    clock.at = dt.datetime.combine(first, dt.time(8, 30), tzinfo=zone)
    for person in actors:
        score.set_target(head, person.staff_id, month, rules.SERVED_WITHIN_NORM, 1000, 20)
        score.set_target(head, person.staff_id, month, rules.GIFTS_ISSUED, 40, 10)
    clock.at = now
    for person in actors:
        score.enter_figure(head, person.staff_id, month, rules.GIFTS_ISSUED, rng.randint(12, 30))
    _closing_checks(inspections, CheckTemplates(db, clock), clock, manager, clerks[0], today, zone)


def _closing_checks(inspections: Inspections, templates: CheckTemplates, clock: FixedClock, manager: Actor,
                    clerk: Actor, today: dt.date, zone: dt.tzinfo) -> None:
    """The last three days' closing checks, signed by the duty manager; the oldest fails one item."""
    templates.install_defaults()
    closing = next(t.id for t in templates.templates() if t.kind == "closing")
    for back in (3, 2, 1):
        clock.at = dt.datetime.combine(today - dt.timedelta(days=back), dt.time(17, 40), tzinfo=zone)
        inspection = inspections.start(manager, closing)
        for line in inspection.lines:
            spec = line.item.spec
            fail = back == 3 and CLEANING in spec.text
            given = AnswerInput(text="无") if spec.answer_type == "text" else \
                AnswerInput(outcome="fail" if fail else "pass")
            inspections.answer(manager, inspection.id, line.item.id, given)
            if fail:
                inspections.name_responsible(manager, inspection.id, line.item.id, clerk.staff_id)
        inspections.sign(manager, inspection.id)
