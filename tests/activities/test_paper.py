"""Entering a paper sign-in sheet afterwards (issue 10, item 4): rows marked paper with their sheet and row,
every field read as typed, bad rows refused with nothing recorded, duplicates refused or flagged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from branchdesk.errors import UserError
from branchdesk.services.activities import paper
from branchdesk.store.models import ActivitySignIn

from tests.conftest import SHANGHAI


def count(services) -> int:
    with services.db.reading() as s:
        return s.scalar(select(func.count()).select_from(ActivitySignIn))


@pytest.mark.parametrize("typed, expected", [("9:30", dt.time(9, 30)), ("0930", dt.time(9, 30)),
                                             ("930", dt.time(9, 30)), ("9", dt.time(9)), ("１４：０５", dt.time(14, 5)),
                                             ("14.05", dt.time(14, 5))])
def test_times_read_as_clerks_type_them(typed, expected):
    assert paper.parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["", "25:00", "9:75", "abc", "93000"])
def test_a_time_that_does_not_read_is_refused(typed):
    with pytest.raises(UserError) as caught:
        paper.parse_time(typed)
    assert caught.value.code == "paper.bad_time"


def test_channels_by_their_number_on_the_sheet_or_their_code(services, manager, running):
    activity, (gate, flyer) = running
    form = services.activities.paper.form(activity.id)
    # Numbered as the sheet's legend numbers them: in the order the channels are listed.
    listed = services.activities.channels.listing(activity.id)
    assert [(c.number, c.id) for c in form.channels] == [(1, listed[0].id), (2, listed[1].id)]
    assert paper.parse_channel("2", form).id == listed[1].id
    assert paper.parse_channel(gate.code, form).id == gate.id
    assert paper.parse_channel("", form) is None and paper.parse_channel("3", form) is None  # 3: "other"
    with pytest.raises(UserError) as caught:
        paper.parse_channel("7", form)
    assert caught.value.code == "paper.bad_channel" and caught.value.params == {"last": 2, "other": 3}


def test_a_row_is_signed_in_as_paper_with_its_sheet_and_row(services, clerk, manager, running, today, clock):
    activity, (gate, flyer) = running
    form = services.activities.paper.form(activity.id)
    yesterday = today - dt.timedelta(days=1)
    number = next(c.number for c in form.channels if c.id == flyer.id)
    result = services.activities.paper.enter(clerk, form, yesterday, "3", "5", "1430", "138 0000 1111", "王大妈",
                                             str(number))
    assert result.status == paper.ENTERED
    line = result.line
    assert (line.sheet, line.row, line.phone_masked, line.name, line.channel_name) == \
        (3, 5, "138****1111", "王大妈", "赶集折页")
    assert line.at == dt.datetime.combine(yesterday, dt.time(14, 30), tzinfo=SHANGHAI)
    with services.db.reading() as s:
        row = s.scalar(select(ActivitySignIn))
        assert (row.source, row.paper_sheet, row.paper_row) == ("paper", 3, 5)
        assert row.entered_at == clock.now() and row.at < row.entered_at  # entered afterwards
    assert [r.row for r in services.activities.paper.sheet_rows(activity.id, 3)] == [5]
    assert services.activities.channels.get(flyer.id).sign_ins == 1


@pytest.mark.parametrize("day_offset, fields, code", [
    (-5, ("1", "1", "9:00", "13800001111", "", "1"), "paper.not_event_day"),  # a date outside the activity
    (0, ("1", "1", "9:00", "1380000111", "", "1"), "paper.bad_phone"),  # ten digits
    (0, ("1", "1", "9:00", "12800001111", "", "1"), "paper.bad_phone"),  # no mobile starts 12
    (0, ("1", "1", "27:00", "13800001111", "", "1"), "paper.bad_time"),
    (0, ("0", "1", "9:00", "13800001111", "", "1"), "paper.bad_sheet"),
    (0, ("1", "41", "9:00", "13800001111", "", "1"), "paper.bad_row"),
    (0, ("1", "1", "9:00", "13800001111", "", "9"), "paper.bad_channel"),
    (0, ("1", "1", "23:00", "13800001111", "", "1"), "signin.paper_future"),  # later today than now (07:30)
    (0, ("1", "1", "9:00", "13800001111", "名" * 41, "1"), "customer.long_name"),  # not signed in without it
])
def test_a_bad_row_is_refused_with_nothing_recorded(services, clerk, running, today, day_offset, fields, code):
    activity, _ = running
    form = services.activities.paper.form(activity.id)
    with pytest.raises(UserError) as caught:
        services.activities.paper.enter(clerk, form, today + dt.timedelta(days=day_offset), *fields)
    assert caught.value.code == code
    assert count(services) == 0


def test_the_same_row_twice_is_refused_and_the_same_customer_that_day_is_flagged(services, clerk, running, today):
    activity, _ = running
    entry = services.activities.paper
    form = entry.form(activity.id)
    yesterday = today - dt.timedelta(days=1)
    entry.enter(clerk, form, yesterday, "1", "1", "9:00", "13800001111", "", "")
    with pytest.raises(UserError) as caught:  # typed again by mistake
        entry.enter(clerk, form, yesterday, "1", "1", "9:05", "13900002222", "", "")
    assert caught.value.code == "paper.row_entered"
    flagged = entry.enter(clerk, form, yesterday, "1", "2", "11:00", "13800001111", "", "")
    assert flagged.status == paper.DUPLICATE  # she signed twice on the same day: once counts
    assert (flagged.line.row, flagged.line.at.astimezone(SHANGHAI).time()) == (1, dt.time(9, 0))
    assert count(services) == 1
    # The next day is another visit.
    assert entry.enter(clerk, form, today, "2", "1", "7:10", "13800001111", "", "").status == paper.ENTERED


def test_a_cancelled_row_can_be_entered_again(services, clerk, manager, running, today):
    activity, _ = running
    entry = services.activities.paper
    form = entry.form(activity.id)
    yesterday = today - dt.timedelta(days=1)
    wrong = entry.enter(clerk, form, yesterday, "1", "1", "9:00", "13800001111", "", "")
    services.activities.signins.void(manager, wrong.line.id, "misread the phone")
    assert entry.sheet_rows(activity.id, 1) == []
    again = entry.enter(clerk, form, yesterday, "1", "1", "9:00", "13800001117", "", "")
    assert again.status == paper.ENTERED and again.line.phone_masked == "138****1117"
