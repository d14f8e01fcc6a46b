"""Faults for real: a process killed in the middle of writing loses nothing it committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import select

from branchdesk.store import Database, files
from branchdesk.store.changelog import sequence_problems
from branchdesk.store.models import AttendanceEvent, ChangeLogRow

WRITER = textwrap.dedent(
    """
    import sys, datetime as dt
    from argon2 import PasswordHasher
    from branchdesk.store import Database
    from branchdesk.services import Services
    from branchdesk.services.clock import FixedClock
    from branchdesk.services.secrets import SecretHasher

    db = Database.open(sys.argv[1], daily_backup=False)
    clock = FixedClock(dt.datetime(2026, 11, 24, 0, 0, tzinfo=dt.timezone.utc))
    services = Services.build(db, clock, SecretHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)))
    clerk = services.staff.sign_in("zhangmin", "3579")
    n = 0
    while True:
        n += 1
        clock.advance(minutes=1)
        today = services.attendance.day_for(clerk.staff_id, services.branch.today())
        (services.attendance.clock_out if today.on_duty else services.attendance.clock_in)(clerk)
        print(n, flush=True)  # only after the commit returned
    """
)


def test_killed_writer_loses_no_committed_change(demo_services, tmp_path):
    path = demo_services.db.path
    demo_services.db.close()
    before = Database.open(path, daily_backup=False)
    with before.reading() as s:
        events_before = len(s.scalars(select(AttendanceEvent)).all())
    before.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    acknowledged = 0
    # `with` closes the pipe and reaps the process, however the test ends.
    with subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True,
                          env={**os.environ, "PYTHONPATH": os.getcwd()}) as proc:
        for line in proc.stdout:
            acknowledged = int(line)
            if acknowledged >= 40:
                break
        os.kill(proc.pid, signal.SIGKILL)  # no clean shutdown, no checkpoint
    assert acknowledged >= 40, "the writer stopped before it was killed"

    assert files.integrity_problems(path, quick=False) == []
    db = Database.open(path, daily_backup=False)
    with db.reading() as s:
        events = s.scalars(select(AttendanceEvent)).all()
        written = len(events) - events_before
        assert written >= acknowledged  # every acknowledged write is there (one more may have landed)
        assert sequence_problems(s) == []
        logged = set(s.scalars(select(ChangeLogRow.entity_id).where(ChangeLogRow.entity == "attendance_event")))
        assert {e.id for e in events} <= logged  # and each one is in the change log
    db.close()
