"""The queue at work, through the service on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.printing.faults import PrintFault
from branchdesk.services import Services
from branchdesk.services.queue import policy
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store import changelog
from branchdesk.store.models import AuditEntry, TicketEvent
from tests.conftest import SHANGHAI


@pytest.fixture
def queue(services, admin):
    services.queue.open_window(admin, 1)
    return services.queue


def test_defaults_are_installed_with_the_branch(services, admin):
    assert [s.prefix for s in services.queue.businesses()] == list("ABCDEF")
    windows = services.queue.windows()
    assert [w.number for w in windows] == [1, 2, 3]
    assert all(len(w.business_ids) == 6 for w in windows)


def test_numbers_count_per_business_and_restart_daily(queue, clerk, clock):
    assert [queue.issue("mail").code for _ in range(3)] == ["A001", "A002", "A003"]
    assert queue.issue("savings").code == "B001"
    clock.advance(days=1)
    assert queue.issue("mail").code == "A001"
    # Yesterday's unserved tickets were closed at today's first action, not left waiting (issue 8).
    assert queue.ticket("A003", clock.now().date() - dt.timedelta(days=1)).status == "expired"


def test_ticket_shows_how_many_are_ahead_and_a_wait(queue, clock):
    queue.issue("savings")
    queue.issue("savings")
    third = queue.issue("savings")
    assert third.ahead == 2
    # 2 ahead × (4 min by the norm + half a minute to walk up) at the one open window, which is free now
    assert third.estimated_wait_minutes == 9
    assert third.wait.state == "range" and third.wait.low <= 9 <= third.wait.high


def test_a_full_visit_records_the_norm_and_flags_an_overrun(queue, admin, clock):
    queue.issue("savings")
    called = queue.call_next(admin, 1)
    assert (called.code, called.status, called.window_number) == ("B001", "called", 1)
    queue.start(admin, 1)
    clock.advance(minutes=5)
    done = queue.finish(admin, 1, amount="25,000")
    assert done.norm_minutes == 6  # 4 + 2 started ¥10,000 above the first
    assert done.overrun is False and done.served_minutes == 5
    queue.issue("savings")
    queue.call_next(admin, 1)
    queue.start(admin, 1)
    clock.advance(minutes=5)
    assert queue.finish(admin, 1, amount="3000").overrun is True


def test_strict_priority_is_called_first(queue, admin):
    queue.issue("mail")
    queue.issue("mail", priority=True)
    assert queue.call_next(admin, 1).code == "A002"


def test_interleave_policy_takes_a_priority_ticket_after_n_others(services, admin):
    services.queue.policy = policy.Policy(policy.INTERLEAVE, every=2)
    services.queue.open_window(admin, 1)
    for _ in range(3):
        services.queue.issue("mail")
    services.queue.issue("mail", priority=True)
    calls = []
    for _ in range(4):
        calls.append(services.queue.call_next(admin, 1).code)
        services.queue.start(admin, 1)
        services.queue.finish(admin, 1)
    assert calls == ["A001", "A002", "A004", "A003"]


def test_transfer_keeps_the_original_arrival(queue, admin, clock):
    first = queue.issue("mail")
    clock.advance(minutes=3)
    queue.issue("savings")
    queue.call_next(admin, 1)  # A001
    moved = queue.transfer(admin, 1, "savings")
    assert (moved.code, moved.business_code, moved.status, moved.issued_at) == ("A001", "savings", "waiting",
                                                                               first.issued_at)
    assert queue.call_next(admin, 1).code == "A001"  # arrived before B001, so called before it


def test_recall_then_no_show(queue, admin):
    queue.issue("mail")
    assert queue.call_next(admin, 1).recalls == 0
    with pytest.raises(UserError) as err:
        queue.no_show(admin, 1)
    assert err.value.code == "queue.recall_first"
    recalled = queue.recall(admin, 1)
    assert (recalled.status, recalled.recalls) == ("called", 1)
    assert queue.current(1).recalls == 1
    assert queue.no_show(admin, 1).status == "no_show"
    assert queue.call_next(admin, 1) is None


def test_hold_and_call_back_by_number(queue, admin):
    queue.issue("mail")
    queue.issue("mail")
    queue.call_next(admin, 1)
    assert queue.hold(admin, 1).status == "held"
    assert queue.call_next(admin, 1).code == "A002"
    queue.start(admin, 1)
    queue.finish(admin, 1, units=2)
    assert queue.call_ticket(admin, 1, "a001").code == "A001"


def test_pause_needs_a_reason_and_blocks_calls(queue, admin):
    queue.issue("mail")
    with pytest.raises(UserError):
        queue.pause_window(admin, 1, "  ")
    queue.pause_window(admin, 1, "交接现金")
    with pytest.raises(UserError) as err:
        queue.call_next(admin, 1)
    assert err.value.code == "queue.window_not_open"
    queue.resume_window(admin, 1)
    assert queue.call_next(admin, 1).code == "A001"


@pytest.mark.parametrize("step", ["called", "serving"])
def test_a_window_with_a_customer_at_it_cannot_be_closed(queue, admin, step):
    """Closing it would strand the customer: nothing could finish, hold or transfer the ticket (issue 8, item 4)."""
    queue.issue("mail")
    queue.call_next(admin, 1)
    if step == "serving":
        queue.start(admin, 1)
    with pytest.raises(UserError) as err:
        queue.close_window(admin, 1)
    assert err.value.code == "queue.finish_first"
    assert queue.current(1).status == step  # nothing changed: the window still has its customer
    assert queue.hold(admin, 1).status == "held"
    queue.close_window(admin, 1)  # with the customer on hold, the window may close


@pytest.mark.parametrize("call", [
    lambda q, a: q.call_next(a, 2),  # window 2 was never opened
    lambda q, a: q.call_next(a, 9),
    lambda q, a: q.call_ticket(a, 1, "Z999"),
    lambda q, a: q.issue("lottery"),
])
def test_bad_requests_are_clear_errors_and_change_nothing(queue, admin, call):
    queue.issue("mail")
    with queue.db.reading() as s:
        before = len(s.scalars(select(TicketEvent)).all())
    with pytest.raises(UserError):
        call(queue, admin)
    with queue.db.reading() as s:
        assert len(s.scalars(select(TicketEvent)).all()) == before


def test_an_amount_that_is_not_a_number_leaves_the_customer_being_served(queue, admin):
    queue.issue("remittance")
    queue.call_next(admin, 1)
    queue.start(admin, 1)
    with pytest.raises(UserError) as err:
        queue.finish(admin, 1, amount="五千")
    assert err.value.code == "queue.bad_amount"
    with pytest.raises(UserError) as err:
        queue.finish(admin, 1)
    assert err.value.code == "queue.amount_needed"
    assert queue.current(1).status == "serving"
    assert queue.finish(admin, 1, amount="5000").norm_minutes == 6


def test_the_number_range_runs_out_clearly(queue, services):
    with services.db.transaction() as s:
        from branchdesk.store.models import Business

        s.scalar(select(Business).where(Business.code == "philately")).number_to = 2
    queue.issue("philately")
    queue.issue("philately")
    with pytest.raises(UserError) as err:
        queue.issue("philately")
    assert err.value.code == "queue.range_exhausted"


def test_ticket_events_are_append_only(queue):
    queue.issue("mail")
    conn = sqlite3.connect(queue.db.path)
    changelog.register_functions(conn)  # even a program that could log the change is refused
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE ticket_event SET kind = 'x'")
    conn.close()


def test_a_failed_print_is_flagged_until_reprinted(queue):
    ticket = queue.issue("mail")
    assert queue.record_print(ticket.id, ok=False, reason=PrintFault("print.paper_out")).code == "A001"
    assert [t.code for t in queue.print_failures()] == ["A001"]
    queue.record_print(ticket.id, ok=True)
    assert queue.print_failures() == []


def test_why_a_print_failed_is_kept_as_a_code_with_the_ticket(queue, services):
    """Stored, not held in a window: a restart, a sign-out or another language still shows why."""
    ticket, other = queue.issue("mail"), queue.issue("savings")
    queue.record_print(ticket.id, ok=False, reason=PrintFault("print.no_command"))
    queue.record_print(ticket.id, ok=False, reason=PrintFault("print.refused", {"target": "10.0.0.9:9100"}))
    queue.record_print(other.id, ok=False)
    reopened = Services.build(services.db, services.clock).queue  # what a restarted program reads
    assert reopened.print_faults([ticket.id, other.id]) == {
        ticket.id: PrintFault("print.refused", {"target": "10.0.0.9:9100"}),  # the last attempt's
        other.id: PrintFault("print.failed"),
    }


def test_a_ticket_shown_on_screen_without_a_printer_is_no_print_problem(queue, clock):
    ticket = queue.issue("mail", channel="kiosk")
    queue.record_print(ticket.id, ok=True, shown=True)
    clock.advance(seconds=600)
    assert queue.print_failures() == []
    assert queue.print_faults([ticket.id]) == {}


def test_a_ticket_whose_print_was_never_recorded_is_reported_after_the_grace(queue, admin, clock):
    """The kiosk died between saving the number and printing it: staff must see it, not a phantom arrival."""
    ticket = queue.issue("savings", channel="kiosk")
    queue.back_enter(admin, "mail", dt.datetime(2026, 11, 23, 16, 0, tzinfo=SHANGHAI))  # yesterday, open
    clock.advance(seconds=60)
    assert queue.print_failures() == []  # it may still be printing
    clock.advance(seconds=61)
    (problem,) = queue.print_failures()
    assert (problem.code, problem.print_status) == (ticket.code, "none")
    queue.record_print(ticket.id, ok=True)
    assert queue.print_failures() == []


def test_a_voided_ticket_is_kept_but_not_counted(queue, admin, services, clock):
    ticket = queue.issue("mail")
    queue.record_print(ticket.id, ok=False, reason=PrintFault("print.refused", {"target": "10.0.0.9:9100"}))
    with pytest.raises(UserError):
        queue.void(admin, "A001", " ")
    assert queue.void(admin, "A001", "打印失败，客户未取号").status == "void"
    assert queue.call_next(admin, 1) is None
    assert services.queue_reports.day(clock.now().astimezone(SHANGHAI).date()).total.arrivals == 0
    with services.db.reading() as s:
        kinds = [e.kind for e in s.scalars(select(TicketEvent).order_by(TicketEvent.at))]
    assert kinds[-1] == "voided"


def test_only_a_duty_manager_or_above_runs_the_kiosk_and_it_is_audited(services, admin, clerk):
    with pytest.raises(PermissionDenied):
        services.queue.kiosk_opened(clerk)
    services.queue.kiosk_opened(admin)
    services.queue.kiosk_closed(admin)
    with services.db.reading() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.position)).all()
    assert actions[-2:] == ["queue.kiosk_opened", "queue.kiosk_closed"]


def test_a_ticket_is_called_by_its_scanned_qr_or_its_number_typed_short(queue, admin, clock):
    queue.open_window(admin, 1)
    for _ in range(12):
        ticket = queue.issue("mail")
    assert ticket.scan_code == "Q20261124A012"
    assert queue.call_ticket(admin, 1, "q20261124a012\n").code == "A012"  # as a scanner types it
    queue.hold(admin, 1)
    assert queue.call_ticket(admin, 1, " a12 ").code == "A012"
    queue.hold(admin, 1)
    with pytest.raises(UserError) as err:  # last week's ticket never calls today's A012
        queue.call_ticket(admin, 1, "Q20261117A012")
    assert err.value.code == "queue.ticket_other_day" and err.value.params["date"] == "2026-11-17"
    with pytest.raises(UserError) as err:
        queue.call_ticket(admin, 1, "Q20261399A012")
    assert err.value.code == "queue.ticket_other_day"
    assert queue.ticket("A012").status == "held"


def test_full_width_characters_from_an_input_method_call_the_ticket(queue, admin):
    """Issue 8, item 10: an IME left in full-width mode types Ｑ２０２６…; they mean their ASCII selves."""
    queue.open_window(admin, 1)
    for _ in range(12):
        queue.issue("mail")
    assert queue.call_ticket(admin, 1, "ｑ２０２６１１２４ａ０１２").code == "A012"
    queue.hold(admin, 1)
    assert queue.call_ticket(admin, 1, "Ａ１２").code == "A012"


def test_whoever_opened_the_kiosk_may_close_it_whatever_their_role_now(services, admin, clerk):
    """Issue 8, item 9: the one who opened it closes it (a one-screen PC: it covers their counter); any
    other clerk may not, and the refusal writes nothing."""
    manager_info = services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    services.queue.kiosk_opened(services.staff.sign_in("liqiang", "2468"))
    services.staff.update(admin, manager_info.id, role=Role.CLERK)  # e.g. the roles were tidied up meanwhile
    opener_now = services.staff.sign_in("liqiang", "2468")
    assert opener_now.role is Role.CLERK
    with pytest.raises(PermissionDenied):
        services.queue.kiosk_closed(clerk)  # another clerk
    services.queue.kiosk_closed(opener_now)
    with services.db.reading() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.position)).all()
    assert actions.count("queue.kiosk_closed") == 1
