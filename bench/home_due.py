"""Home page "due and overdue" benchmark: `services.due.now()` on three years of checks, corrective actions
and complaints, beside a raw sqlite3 query of the same rows in the same run.

A measurement, not a test: it prints the figures beside the goal and exits 0 whatever they are; it exits
non-zero only if a run itself fails.

    .venv/bin/python bench/home_due.py [--runs N] [--rebuild]

The database is built once and cached under bench/out/ (git-ignored): the real migrations, the demo
branch's staff and hours, the shipped checklists, and three years (1,095 days) before 2026-11-24 of
- an opening and a closing check every day and a weekly check every week, signed (2,346 checks);
- three corrective actions a day (3,285), each with its steps (open, done, effective), all closed but the
  last 40 days', of which the older ones are overdue;
- two complaints a day (2,190), answered but for the last 12 days', most of them overdue;
written in bulk with SQLAlchemy Core inside one transaction (the change-capture triggers run as for any
write). Each run then times, interleaved, at Tuesday 2026-11-24 08:45 (the opening check overdue):
- **service**: `services.due.now()`, the call the home page makes on the database lane (its read
  transaction, the ORM and the schedule computation included);
- **raw**: the baseline: Python's sqlite3 module on the same file, a connection opened once, running the
  same reads (the published checklists and their schedules, the checks since the month began, the open
  actions past their due day, the unanswered complaints past their deadline, the staff names) and
  fetching every row, with no computation.
Goal: service median < 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select  # noqa: E402

from branchdesk.services import Services  # noqa: E402
from branchdesk.services.branch import create_branch  # noqa: E402
from branchdesk.services.checks.templates import CheckTemplates  # noqa: E402
from branchdesk.services.clock import FixedClock  # noqa: E402
from branchdesk.services.demo import DEMO_BRANCH  # noqa: E402
from branchdesk.store import Database  # noqa: E402
from branchdesk.store.base import new_id  # noqa: E402
from branchdesk.store.models import (  # noqa: E402
    ActionStep, ChecklistTemplate, Complaint, CorrectiveAction, Inspection, Staff, TemplateItem, TemplateVersion,
)

OUT = Path(__file__).resolve().parent / "out"
ZONE = ZoneInfo(DEMO_BRANCH.timezone)
TODAY = dt.date(2026, 11, 24)
DAYS = 3 * 365
AT = dt.datetime(2026, 11, 24, 8, 45, tzinfo=ZONE)
GOAL_MS = 100.0

RAW = {
    "templates": "SELECT t.id, t.kind, v.title, v.number FROM checklist_template t JOIN template_version v "
                 "ON v.template_id = t.id AND v.published = 1 "
                 "AND v.number = (SELECT max(number) FROM template_version WHERE template_id = t.id AND published = 1)",
    "schedules": "SELECT template_id, frequency, lead_minutes, grace_minutes, due_day FROM check_schedule",
    "checks": "SELECT i.id, v.template_id, i.started_at, i.signed_at FROM inspection i JOIN template_version v "
              "ON v.id = i.version_id WHERE i.signed_at >= :since OR (i.signed_at IS NULL AND i.started_at >= :since)",
    "actions": "SELECT id, item_text, owner_staff_id, due_on FROM corrective_action "
               "WHERE status = 'open' AND due_on < :today ORDER BY due_on, id",
    "complaints": "SELECT id, summary, assignee_staff_id, deadline_at FROM complaint "
                  "WHERE replied_at IS NULL AND deadline_at < :now ORDER BY deadline_at, id",
    "staff": "SELECT id, full_name FROM staff",
}


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.timezone.utc)


def build(path: Path) -> None:
    """Three years of checks, actions and complaints, written in bulk."""
    path.unlink(missing_ok=True)
    db = Database.open(path, daily_backup=False)
    rng = random.Random(11)
    start = TODAY - dt.timedelta(days=DAYS)
    now = _utc(dt.datetime.combine(start, dt.time(7), tzinfo=ZONE))
    with db.transaction() as s:
        branch = create_branch(s, DEMO_BRANCH, now)
        people = [Staff(branch_id=branch.id, username=u, full_name=n, role=r, active=True, created_at=now)
                  for u, n, r in (("wangfang", "王芳", "branch_head"), ("liqiang", "李强", "duty_manager"),
                                  ("zhangmin", "张敏", "clerk"), ("liuyang", "刘洋", "clerk"))]
        s.add_all(people)
        s.flush()
        staff = [p.id for p in people]
    CheckTemplates(db, FixedClock(now)).install_defaults()
    with db.transaction() as s:
        versions = {kind: vid for kind, vid in s.execute(
            select(ChecklistTemplate.kind, TemplateVersion.id).join(
                TemplateVersion, TemplateVersion.template_id == ChecklistTemplate.id))}
        items = [(iid, text) for iid, text in s.execute(
            select(TemplateItem.id, TemplateItem.text).where(TemplateItem.version_id == versions["opening"]))]
        checks, actions, steps, complaints = [], [], [], []
        for offset in range(DAYS):
            day = start + dt.timedelta(days=offset)
            hours = DEMO_BRANCH.hours_on(day.weekday())
            assert hours.opens is not None and hours.closes is not None
            moments = [("opening", dt.datetime.combine(day, hours.opens, tzinfo=ZONE) - dt.timedelta(minutes=20)),
                       ("closing", dt.datetime.combine(day, hours.closes, tzinfo=ZONE) + dt.timedelta(minutes=15))]
            if day.weekday() == 3:
                moments.append(("weekly", dt.datetime.combine(day, dt.time(14), tzinfo=ZONE)))
            for kind, at in moments:
                checks.append({"id": new_id(), "version_id": versions[kind], "kind": kind, "started_by": staff[1],
                               "started_at": _utc(at), "signed_by": staff[1],
                               "signed_at": _utc(at + dt.timedelta(minutes=15)), "result": "pass", "earned": 14.0,
                               "possible": 15.0})
            opening = checks[-len(moments)]
            for n in range(3):
                item_id, text = items[(offset * 3 + n) % len(items)]
                due = day + dt.timedelta(days=3)
                recent = (TODAY - day).days <= 40
                action_id = new_id()
                opened = opening["signed_at"]
                actions.append({"id": action_id, "inspection_id": opening["id"], "item_id": item_id,
                                "item_text": text, "owner_staff_id": rng.choice(staff), "due_on": due,
                                "status": "open" if recent else "closed", "opened_at": opened,
                                "done_at": None if recent else opened + dt.timedelta(days=2),
                                "closed_at": None if recent else opened + dt.timedelta(days=2, hours=2)})
                steps.append({"action_id": action_id, "at": opened, "staff_id": None, "kind": "open", "text": "",
                              "owner_staff_id": actions[-1]["owner_staff_id"], "due_on": due})
                if not recent:
                    steps.append({"action_id": action_id, "at": opened + dt.timedelta(days=2), "staff_id": staff[2],
                                  "kind": "done", "text": "已整改"})
                    steps.append({"action_id": action_id, "at": opened + dt.timedelta(days=2, hours=2),
                                  "staff_id": staff[0], "kind": "effective", "text": ""})
            for n in range(2):
                received = _utc(dt.datetime.combine(day, dt.time(9 + 3 * n, 10), tzinfo=ZONE))
                open_ = (TODAY - day).days <= 12
                complaints.append({
                    "id": new_id(), "received_at": received, "deadline_at": received + dt.timedelta(days=3),
                    "channel": "phone", "category": "delay", "summary": f"包裹延误 {offset}-{n}",
                    "contact": "13812345678", "first_staff_id": staff[2], "assignee_staff_id": staff[1],
                    "registered_by": staff[1], "registered_at": received,
                    "reply": None if open_ else "已查明并答复", "replied_by": None if open_ else staff[1],
                    "replied_at": None if open_ else received + dt.timedelta(days=1)})
        for seq, step in enumerate(steps, start=1):
            step.update(id=new_id(), seq=seq)
            step.setdefault("photo_file", None)
            step.setdefault("photo_sha256", None)
            step.setdefault("owner_staff_id", None)
            step.setdefault("due_on", None)
        for table, rows in ((Inspection, checks), (CorrectiveAction, actions), (ActionStep, steps),
                            (Complaint, complaints)):
            for i in range(0, len(rows), 2000):
                s.execute(insert(table), rows[i:i + 2000])
    db.close()
    print(f"built {path.name}: {len(checks)} checks, {len(actions)} actions, {len(steps)} steps, "
          f"{len(complaints)} complaints")


def raw(conn: sqlite3.Connection) -> int:
    since = _utc(dt.datetime.combine(TODAY.replace(day=1), dt.time(), tzinfo=ZONE)).strftime("%Y-%m-%d %H:%M:%S")
    now = _utc(AT).strftime("%Y-%m-%d %H:%M:%S")
    params = {"since": since, "today": TODAY.isoformat(), "now": now}
    conn.execute("BEGIN")
    try:
        return sum(len(conn.execute(sql, params).fetchall()) for sql in RAW.values())
    finally:
        conn.execute("COMMIT")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    cached = OUT / f"home-due-{DAYS}.sqlite3"
    if args.rebuild or not cached.exists():
        build(cached)
    work = OUT / "home-due-run.sqlite3"
    shutil.copyfile(cached, work)
    db = Database.open(work, daily_backup=False)
    services = Services.build(db, FixedClock(AT))
    conn = sqlite3.connect(work, isolation_level=None)
    try:
        due = services.due.now()
        rows = raw(conn)
        print(f"due now: {len(due.checks)} checks, {len(due.actions)} overdue actions, "
              f"{len(due.complaints)} overdue complaints; the raw reads fetch {rows} rows")
        service_ms, raw_ms = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            services.due.now()
            service_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            raw(conn)
            raw_ms.append((time.perf_counter() - start) * 1000)
    finally:
        conn.close()
        db.close()
        work.unlink(missing_ok=True)
    service, baseline = statistics.median(service_ms), statistics.median(raw_ms)
    print(f"service due.now(): median {service:.1f} ms (max {max(service_ms):.1f}), goal < {GOAL_MS:.0f} ms: "
          f"{'met' if service < GOAL_MS else 'NOT met'}")
    print(f"raw sqlite3, same rows: median {baseline:.1f} ms; service / raw = {service / baseline:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
