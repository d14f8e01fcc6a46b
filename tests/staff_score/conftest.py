"""A November at the branch: a clerk evaluated, given targets, serving tickets, named on failed items."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.services.checks.inspections import AnswerInput
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from tests.checks.conftest import template_id
from tests.conftest import SHANGHAI

MONTH = "2026-11"
FULL = {"service": 15, "help": 10, "demo": 10, "sales": 10, "skills": 5}


@pytest.fixture
def head(services, admin):
    services.staff.create(admin, NewStaff("liqiang", "李强", Role.BRANCH_HEAD, "2468"))
    return services.staff.sign_in("liqiang", "2468")


@pytest.fixture
def manager(services, admin):
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.DUTY_MANAGER, "1357"))
    return services.staff.sign_in("wangfang", "1357")


def scores(total_off: int = 0) -> dict[str, int]:
    """The full form less `total_off` points taken from the service standard."""
    return {**FULL, "service": FULL["service"] - total_off}


def serve(services, actor, minutes: float, window: int = 1) -> None:
    services.queue.issue("philately")  # 3 minutes by the norm
    services.queue.call_next(actor, window)
    services.queue.start(actor, window)
    services.clock.advance(minutes=minutes)
    services.queue.finish(actor, window)


def failed_closing_check(services, manager, named: dict[str, str]):
    """A closing check signed by the manager; items whose text contains a key fail, naming the person."""
    checks = services.checks
    inspection = checks.inspections.start(manager, template_id(checks, "daily_closing"))
    for line in inspection.lines:
        spec = line.item.spec
        fail = next((who for key, who in named.items() if key in spec.text), None)
        if spec.answer_type == "text":
            given = AnswerInput(text="无")
        else:
            given = AnswerInput(outcome="fail" if fail else "pass")
        checks.inspections.answer(manager, inspection.id, line.item.id, given)
        if fail:
            checks.inspections.name_responsible(manager, inspection.id, line.item.id, fail)
    return checks.inspections.sign(manager, inspection.id)


@pytest.fixture
def november(services, admin, head, manager, clerk, clock):
    """Two weekly evaluations of the clerk (one corrected), two targets, a day at the window with one
    ticket over the norm, and a closing check failing two items named to the clerk."""
    score = services.staff_score
    score.evaluate(head, clerk.staff_id, dt.date(2026, 11, 2), scores(10), "")  # 40
    score.evaluate(head, clerk.staff_id, dt.date(2026, 11, 9), scores(7), "")  # 43, corrected below
    score.evaluate(head, clerk.staff_id, dt.date(2026, 11, 9), scores(5), "复核后更正")  # 45
    score.set_target(head, clerk.staff_id, MONTH, "served_within_norm", 4, 20)
    score.set_target(head, clerk.staff_id, MONTH, "gifts_issued", 10, 10)
    score.enter_figure(head, clerk.staff_id, MONTH, "gifts_issued", 5)
    services.checks.templates.install_defaults()
    clock.at = dt.datetime(2026, 11, 24, 7, 45, tzinfo=SHANGHAI)
    services.attendance.clock_in(clerk)
    clock.at = dt.datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    services.queue.open_window(clerk, 1)
    serve(services, clerk, 2)
    serve(services, clerk, 3)
    serve(services, clerk, 5)  # over the 3 minutes
    clock.at = dt.datetime(2026, 11, 24, 17, 40, tzinfo=SHANGHAI)
    check = failed_closing_check(services, manager, {"设备归位": clerk.staff_id, "印章入库": clerk.staff_id})
    return check
