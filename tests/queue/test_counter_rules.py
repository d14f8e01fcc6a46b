"""Issue 8: a no-show may come back, a day's unserved tickets are closed, back-entry keeps to a window,
and amounts at finish are unambiguous and corrected as events."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.queue.rules import Rules
from branchdesk.store.models import AuditEntry, Ticket, TicketEvent
from tests.conftest import SHANGHAI


@pytest.fixture
def queue(services, admin, clock):
    clock.advance(hours=2)  # 09:30, the branch open
    services.queue.open_window(admin, 1)
    return services.queue


def events(services, code: str) -> list[tuple[str, dict]]:
    with services.db.reading() as s:
        rows = s.execute(select(TicketEvent.kind, TicketEvent.detail).join(Ticket, Ticket.id == TicketEvent.ticket_id)
                         .where(Ticket.code == code).order_by(TicketEvent.seq))
        return [(kind, json.loads(detail)) for kind, detail in rows]


def audited(services, action: str) -> list[dict]:
    with services.db.reading() as s:
        return [json.loads(d) for d in s.scalars(select(AuditEntry.detail).where(AuditEntry.action == action))]


def no_show(queue, admin, code: str = "A001") -> None:
    queue.call_ticket(admin, 1, code)
    queue.recall(admin, 1)
    queue.no_show(admin, 1)


# --- 1. a no-show comes back -----------------------------------------------------------------

def test_a_no_show_is_called_back_by_its_code_within_the_time_allowed(queue, admin, clock):
    queue.issue("mail")
    no_show(queue, admin)
    clock.advance(minutes=12)
    (listed,) = queue.no_shows()
    assert (listed.code, listed.window_number, listed.at) == ("A001", 1, clock.now() - dt.timedelta(minutes=12))
    assert queue.overview(1).no_shows == [listed]
    again = queue.call_ticket(admin, 1, "a1")  # typed, as a clerk types it
    assert (again.status, again.window_number, again.recalls) == ("called", 1, 0)
    assert [k for k, _ in events(queue, "A001")][-2:] == ["returned", "called"]
    assert queue.no_shows() == []
    queue.start(admin, 1)
    assert queue.finish(admin, 1, units=1).status == "done"


def test_a_no_show_past_the_time_allowed_is_refused_and_unchanged(queue, admin, clock, services):
    queue.issue("mail")
    no_show(queue, admin)
    clock.advance(minutes=31)
    assert queue.no_shows() == []
    with pytest.raises(UserError) as err:
        queue.call_ticket(admin, 1, "A001")
    assert err.value.code == "queue.no_show_too_late" and err.value.params["minutes"] == 30
    assert queue.ticket("A001").status == "no_show" and queue.current(1) is None


def test_the_duty_manager_sets_the_call_back_time_audited(queue, admin, clerk, clock, services):
    settings = services.queue_settings
    with pytest.raises(PermissionDenied):
        settings.set_rules(clerk, Rules(no_show_return_minutes=60))
    with pytest.raises(UserError):
        settings.set_rules(admin, Rules(no_show_return_minutes=-1))
    settings.set_rules(admin, Rules(no_show_return_minutes=60))
    assert settings.rules().no_show_return_minutes == 60
    assert audited(services, "queue.rules_changed")[-1]["new"]["no_show_return_minutes"] == 60
    queue.issue("mail")
    no_show(queue, admin)
    clock.advance(minutes=45)
    assert queue.call_ticket(admin, 1, "A001").status == "called"


def test_a_no_show_of_another_day_cannot_be_called_back(queue, admin, clock):
    queue.issue("mail")
    no_show(queue, admin)
    clock.advance(days=1)
    with pytest.raises(UserError) as err:
        queue.call_ticket(admin, 1, "A001")
    assert err.value.code == "queue.unknown_ticket"


# --- 2. the business day ends --------------------------------------------------------------------

def test_tickets_left_open_are_closed_at_the_first_action_of_the_next_day(queue, admin, clock, services):
    for _ in range(4):
        queue.issue("mail")
    queue.call_next(admin, 1)
    queue.hold(admin, 1)  # A001 held
    queue.call_next(admin, 1)  # A002 stays called at window 1
    yesterday = clock.now().astimezone(SHANGHAI).date()
    clock.advance(days=1)
    assert queue.call_next(admin, 1) is None  # window 1 is free again: nobody waits from yesterday
    statuses = {t.code: t.status for t in (queue.ticket(c, yesterday) for c in ("A001", "A002", "A003", "A004"))}
    assert set(statuses.values()) == {"expired"}
    assert events(services, "A002")[-1] == ("day_ended", {"reason": "business_day_ended", "was": "called"})
    assert audited(services, "queue.day_ended") == [{"days": [yesterday.isoformat()], "tickets": 4}]
    day = services.queue_reports.day(yesterday).total
    assert (day.arrivals, day.served, day.no_shows) == (4, 0, 0)


def test_start_up_closes_yesterdays_open_tickets(services, admin, clock):
    services.queue.issue("mail")
    clock.advance(days=1)
    services.queue.end_earlier_days()
    assert services.queue.ticket("A001", clock.now().astimezone(SHANGHAI).date() - dt.timedelta(days=1)).status \
        == "expired"
    services.queue.end_earlier_days()  # nothing left: no second record
    assert len(audited(services, "queue.day_ended")) == 1


# --- 3. back-entry keeps to a window -------------------------------------------------------------

def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=SHANGHAI)


def test_back_entry_is_limited_to_today_and_yesterday_in_opening_hours(queue, admin, clock, services):
    today = clock.now().astimezone(SHANGHAI).date()
    assert queue.back_enter(admin, "mail", at(today - dt.timedelta(days=1), 16)).status == "done"
    assert queue.back_enter(admin, "mail", at(today, 8, 15)).status == "done"
    refused = {
        "queue.back_entry_too_old": at(today - dt.timedelta(days=330), 10),
        "queue.back_entry_out_of_hours": at(today - dt.timedelta(days=1), 19, 45),
    }
    for code, when in refused.items():
        with pytest.raises(UserError) as err:
            queue.back_enter(admin, "mail", when)
        assert err.value.code == code
    with services.db.reading() as s:
        assert len(s.scalars(select(Ticket)).all()) == 2


def test_the_duty_manager_widens_the_back_entry_window_audited(queue, admin, clock, services):
    today = clock.now().astimezone(SHANGHAI).date()
    three_days_ago_evening = at(today - dt.timedelta(days=3), 19)
    services.queue_settings.set_rules(admin, Rules(back_entry_days=3, back_entry_in_hours=False))
    assert queue.back_enter(admin, "mail", three_days_ago_evening).business_date == today - dt.timedelta(days=3)
    assert audited(services, "queue.rules_changed")[-1]["new"] == {
        "back_entry_days": 3, "back_entry_in_hours": False, "no_show_return_minutes": 30}
    limits = queue.back_entry_limits()
    assert (limits.first_day, limits.last_day, limits.in_hours) == (today - dt.timedelta(days=3), today, False)


def test_a_closed_day_refuses_back_entry(queue, admin, clock, services):
    from tests.conftest import branch_settings
    today = clock.now().astimezone(SHANGHAI).date()
    yesterday = today - dt.timedelta(days=1)
    hours = [h if h.weekday != yesterday.weekday() else type(h)(h.weekday) for h in branch_settings().hours]
    services.branch.update(admin, branch_settings(hours=hours))
    with pytest.raises(UserError) as err:
        queue.back_enter(admin, "mail", at(yesterday, 10))
    assert err.value.code == "queue.back_entry_closed_day"


# --- 4. amounts at finish -------------------------------------------------------------------------

def serve_savings(queue, admin, amount: str, clock=None, minutes: float = 0):
    queue.issue("savings")
    queue.call_next(admin, 1)
    queue.start(admin, 1)
    if clock:
        clock.advance(minutes=minutes)
    return queue.finish(admin, 1, amount=amount)


@pytest.mark.parametrize("text", ["1,2,3", "12.345", "-5", "1e5", "12,34", "9999999999"])
def test_an_ambiguous_amount_is_refused_and_the_customer_stays(queue, admin, text):
    with pytest.raises(UserError):
        serve_savings(queue, admin, text)
    assert queue.current(1).status == "serving"


def test_the_amount_finished_with_is_returned(queue, admin):
    assert serve_savings(queue, admin, "1,234.50").amount_fen == 123_450


def test_the_duty_manager_corrects_an_amount_as_a_new_event(queue, admin, clerk, clock, services):
    done = serve_savings(queue, admin, "123")
    assert done.norm_minutes == 4
    with pytest.raises(PermissionDenied):
        queue.correct_amount(clerk, done.code, "123000", "typo")
    with pytest.raises(UserError):
        queue.correct_amount(admin, done.code, "123000", " ")
    fixed = queue.correct_amount(admin, done.code, "123,000", "少输了三个零")
    assert (fixed.amount_fen, fixed.norm_minutes) == (12_300_000, 16)  # 4 + 12 started ¥10,000 over the first
    kinds = events(services, done.code)
    assert kinds[-2][0] == "finished" and kinds[-2][1]["amount_fen"] == 12_300  # history kept as written
    assert kinds[-1] == ("amount_fixed", {"new_fen": 12_300_000, "norm_minutes": 16.0, "old_fen": 12_300,
                                         "reason": "少输了三个零"})
    assert audited(services, "queue.amount_corrected")[-1]["new_fen"] == 12_300_000


def test_a_corrected_amount_reaches_a_closed_days_figures(queue, admin, clock, services):
    serve_savings(queue, admin, "123", clock, minutes=10)  # over the 4 min norm of ¥123
    day = clock.now().astimezone(SHANGHAI).date()
    clock.advance(days=1)
    assert services.queue_reports.day(day).total.share_within_norm == 0  # the closed day is built and stored
    fixed = queue.correct_amount(admin, "B001", "90,000", "typo", day=day)
    assert (fixed.norm_minutes, fixed.overrun) == (12, False)  # ¥90,000: 4 + 8 min, served in 10
    assert services.queue_reports.day(day).total.share_within_norm == 1
