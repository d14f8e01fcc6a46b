"""Before the branch is set up, services that need its time zone say so (mypy found `settings().zone`)."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.errors import UserError
from branchdesk.services.roles import Actor, Role
from tests.conftest import MORNING


def _not_set_up(call) -> None:
    with pytest.raises(UserError) as caught:
        call()
    assert caught.value.code == "branch.not_set_up"


def test_require_settings_before_and_after_set_up(services, admin):
    assert services.branch.require_settings().code == "QS-001"


def test_require_settings_on_an_empty_database(services):
    _not_set_up(services.branch.require_settings)


def test_queue_reports_need_a_branch(services):
    day = MORNING.date()
    _not_set_up(lambda: services.queue_reports.period(day - dt.timedelta(days=7), day))
    _not_set_up(services.queue_reports.window_advice)
    _not_set_up(services.queue_reports.advice_now)


def test_back_entry_needs_a_branch(services):
    someone = Actor("no-such-id", "boss", "王芳", Role.ADMIN)
    _not_set_up(lambda: services.queue.back_enter(someone, "mail", MORNING - dt.timedelta(hours=1)))
