"""Branch settings against the counter service standard."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.branch import DayHours, hours_warnings, standard_week
from branchdesk.store.models import ChangeLogRow
from tests.conftest import branch_settings


def codes(settings) -> list[str]:
    return [w.code for w in hours_warnings(settings)]


@pytest.mark.parametrize("grade, closes, short", [(1, 20, False), (1, 19, True), (2, 18, False), (2, 17, True),
                                                  (3, 16, False), (3, 15, True), (4, 16, False)])
def test_minimum_daily_hours_by_grade(grade, closes, short):
    settings = branch_settings(grade=grade, hours=standard_week(dt.time(8), dt.time(closes)))
    assert ("hours.short_day" in codes(settings)) is short


def test_which_branches_may_close_a_day():
    one_closed = standard_week()[:6] + [DayHours(6)]
    two_closed = standard_week()[:5] + [DayHours(5), DayHours(6)]
    assert codes(branch_settings(grade=4, savings_business=False, hours=one_closed)) == []
    assert codes(branch_settings(grade=4, savings_business=True, hours=one_closed)) == ["hours.must_open_all_week"]
    assert codes(branch_settings(grade=3, savings_business=False, hours=one_closed)) == ["hours.must_open_all_week"]
    assert codes(branch_settings(grade=4, savings_business=False, hours=two_closed)) == ["hours.closed_too_often"]


def test_update_is_validated_audited_and_captured(services, admin):
    warnings = services.branch.update(admin, branch_settings(name="青山镇支局", grade=1))
    assert [w.code for w in warnings] == ["hours.short_day"]
    assert services.branch.settings().name == "青山镇支局"
    with services.db.reading() as s:
        last = s.scalars(select(ChangeLogRow).where(ChangeLogRow.entity == "branch").order_by(ChangeLogRow.seq.desc())).first()
    assert json.loads(last.payload)["grade"] == 1


@pytest.mark.parametrize(
    "changes, code",
    [({"code": "a b"}, "branch.bad_code"), ({"name": " "}, "branch.no_name"), ({"grade": 5}, "branch.bad_grade"),
     ({"timezone": "Mars/Olympus"}, "branch.bad_timezone"),
     ({"hours": [DayHours(0, dt.time(9), None)]}, "branch.half_hours"),
     ({"hours": [DayHours(0, dt.time(17), dt.time(9))]}, "branch.hours_order")],
)
def test_bad_settings_are_refused_and_change_nothing(services, admin, changes, code):
    with pytest.raises(UserError) as err:
        services.branch.update(admin, branch_settings(**changes))
    assert err.value.code == code
    assert services.branch.settings() == branch_settings()


def test_clerks_cannot_change_branch_settings(services, clerk):
    with pytest.raises(PermissionDenied):
        services.branch.update(clerk, branch_settings(name="改名"))
    assert services.branch.settings().name == "青山镇邮政支局"
