"""The demo branch's recent checks (issue 11): a few days of opening and closing checks, one with failed
items and their corrective actions, an unanswered complaint, so the home page's due list and the 检查
page have something to show."""

from __future__ import annotations

import datetime as dt

from branchdesk.services.attendance import AttendanceService
from branchdesk.services.branch import BranchService, BranchSettings
from branchdesk.services.checks.inspections import AnswerInput, Inspections
from branchdesk.services.checks.scoring import NUMBER, PASS_FAIL, SCORE, TEXT
from branchdesk.services.checks.templates import CheckTemplates
from branchdesk.services.clock import FixedClock
from branchdesk.services.complaints import ComplaintService
from branchdesk.services.roles import Actor
from branchdesk.store import Database


def _answer(spec_type: str, top: int | None, high: float | None, failed: bool) -> AnswerInput:
    if spec_type == PASS_FAIL:
        return AnswerInput(outcome="fail" if failed else "pass")
    if spec_type == SCORE:
        return AnswerInput(score=top or 0)
    if spec_type == NUMBER:
        return AnswerInput(number=high if high is not None else 0.0)
    if spec_type == TEXT:
        return AnswerInput(text="无")
    return AnswerInput(not_applicable=True)


def build_checks_history(db: Database, settings: BranchSettings, now: dt.datetime, manager: Actor,
                         clerks: list[Actor]) -> None:
    zone = settings.zone
    today = now.astimezone(zone).date()
    clock = FixedClock(now)
    branch = BranchService(db, clock)
    templates = CheckTemplates(db, clock)
    templates.install_defaults()
    inspections = Inspections(db, clock, AttendanceService(db, clock, branch))
    by_key = {t.key: t.id for t in templates.templates()}
    fail_on = {4: ("四净四无", "时钟")}  # four days ago two items failed: their actions are overdue by now

    def run(key: str, at: dt.datetime, failing: tuple[str, ...] = ()) -> None:
        if at > now:
            return
        clock.at = at
        inspection = inspections.start(manager, by_key[key])
        for line in inspection.lines:
            if line.answer is not None:
                continue
            spec = line.item.spec
            failed = any(text in spec.text for text in failing)
            inspection = inspections.answer(manager, inspection.id, line.item.id,
                                            _answer(spec.answer_type, spec.max_score, spec.max_value, failed))
            if failed and clerks:
                inspection = inspections.name_responsible(manager, inspection.id, line.item.id, clerks[0].staff_id)
        clock.at = at + dt.timedelta(minutes=12)
        inspections.sign(manager, inspection.id)

    for days_ago in (4, 3, 2, 1):
        day = today - dt.timedelta(days=days_ago)
        hours = settings.hours_on(day.weekday())
        if hours.opens is None or hours.closes is None:
            continue
        run("daily_opening", dt.datetime.combine(day, hours.opens, tzinfo=zone) - dt.timedelta(minutes=25),
            fail_on.get(days_ago, ()))
        if days_ago != 2:  # one closing check missed
            run("daily_closing", dt.datetime.combine(day, hours.closes, tzinfo=zone) + dt.timedelta(minutes=10))
    if clerks:
        received = dt.datetime.combine(today - dt.timedelta(days=5), dt.time(10, 20), tzinfo=zone)
        clock.at = received
        ComplaintService(db, clock, branch).register(
            manager, received_at=received, channel="phone", category="delay", summary="挂号信寄出一周仍未妥投",
            contact="13907351234", first_staff_id=clerks[-1].staff_id, assignee_staff_id=manager.staff_id)
