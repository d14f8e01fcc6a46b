"""Queue faults for real: a killed process, a clock that jumps back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from branchdesk.store import Database, files
from branchdesk.store.changelog import sequence_problems
from branchdesk.store.models import Ticket, TicketEvent

ISSUER = textwrap.dedent(
    """
    import sys
    from branchdesk.store import Database
    from branchdesk.services import Services

    services = Services.build(Database.open(sys.argv[1], daily_backup=False))
    codes = ["mail", "savings", "remittance"]
    n = 0
    while True:
        ticket = services.queue.issue(codes[n % 3], priority=n % 7 == 0, channel="kiosk")
        n += 1
        print(ticket.code, flush=True)  # the customer sees the number only after the commit
    """
)


def test_a_killed_kiosk_loses_no_issued_ticket(demo_services, tmp_path):
    path = demo_services.db.path
    demo_services.db.close()
    script = tmp_path / "issuer.py"
    script.write_text(ISSUER)
    shown = []
    # `with` closes the pipe and reaps the process, however the test ends.
    with subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True,
                          env={**os.environ, "PYTHONPATH": os.getcwd()}) as proc:
        for line in proc.stdout:
            shown.append(line.strip())
            if len(shown) >= 60:
                break
        os.kill(proc.pid, signal.SIGKILL)
    assert len(shown) == 60

    assert files.integrity_problems(path, quick=False) == []
    db = Database.open(path, daily_backup=False)
    with db.reading() as s:
        today = s.scalar(select(func.max(Ticket.business_date)))
        stored = set(s.scalars(select(Ticket.code).where(Ticket.business_date == today)))
        assert set(shown) <= stored  # every number a customer saw is in the database
        issued_events = s.scalar(select(func.count()).select_from(TicketEvent).where(TicketEvent.kind == "issued"))
        tickets = s.scalar(select(func.count()).select_from(Ticket))
        assert issued_events >= len(stored) and tickets >= len(shown)
        assert sequence_problems(s) == []
    db.close()


def test_clock_moving_backwards_keeps_order_and_never_negative_times(services, admin, clock):
    services.queue.open_window(admin, 1)
    first = services.queue.issue("mail")
    clock.advance(minutes=-30)  # someone sets the PC's clock back half an hour
    second = services.queue.issue("mail")
    assert (first.code, second.code) == ("A001", "A002")
    called = services.queue.call_next(admin, 1)
    assert called.code == "A001"  # order of issue, not the wall clock
    services.queue.start(admin, 1)
    clock.advance(minutes=-5)
    done = services.queue.finish(admin, 1)
    assert done.served_minutes == 0 and done.overrun is False
    report = services.queue_reports.day(first.business_date)
    assert report.total.mean_wait is not None and report.total.mean_wait >= 0


def test_tickets_left_at_closing_do_not_spill_into_the_next_day(services, admin, clock):
    services.queue.open_window(admin, 1)
    services.queue.issue("savings")
    clock.advance(days=1)
    assert services.queue.call_next(admin, 1) is None
    assert services.queue.issue("savings").code == "B001"
    waiting = services.queue.waiting()
    assert [t.code for t in waiting] == ["B001"] and waiting[0].business_date == services.branch.today()
