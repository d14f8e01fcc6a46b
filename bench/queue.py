"""Queue benchmark: issuing and calling tickets on a branch with a million past tickets.

A measurement, not a test: it prints the figures beside their goals and exits 0
whatever they are; it exits non-zero only if a run itself fails.

    .venv/bin/python bench/queue.py [--runs N] [--rebuild] [--tickets 1000000] [--days 400]

The database is built once and cached under bench/out/ (git-ignored): the real
migrations (Database.open), the demo branch set-up (staff, businesses, windows;
no demo history), then SYNTHETIC history inserted with executemany on the
engine's raw connection with the ticket tables' capture triggers set aside, so
those rows have no change_log entries (the change log's size does not change
the cost of appending to it: `seq` is its INTEGER PRIMARY KEY); the triggers are
put back before anything is measured. Each past ticket gets its four
ticket_event rows (issued, called, started, finished; or issued, called,
recalled, no_show), because calling reads the events of the day.

Every run works on a fresh copy of the cached file, on the day after the
history, with a clock that moves 5 s per step. Interleaved N times:
  raw     sqlite3 single-row INSERT + COMMIT into a scratch table of the same
          file, same PRAGMAs (WAL, synchronous=FULL) — the baseline;
  issue   QueueService.issue(...);
  call    QueueService.call_next(...) at an open window (the called ticket is
          then held, unmeasured, so the window is free again).
Then a year of statistics (QueueReports.period over 365 days) and the window
advice (window_advice(weeks=52)), 3 times each, after one first read that
builds the stored figures of every closed day (timed and printed on its own:
it happens once, after the upgrade that brings the figures table).
Goals: issue and call ≤ 20 × raw and < 5 ms; a year of statistics and the
advice each < 300 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from branchdesk.services import Services  # noqa: E402
from branchdesk.services.clock import FixedClock  # noqa: E402
from branchdesk.services.demo import DEMO_BRANCH, build_demo  # noqa: E402
from branchdesk.services.queue.setup import norm_of  # noqa: E402
from branchdesk.store import Database, changelog  # noqa: E402
from branchdesk.store.base import new_id  # noqa: E402
from branchdesk.store.models import Business, QueueWindow, Staff  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
ZONE = ZoneInfo(DEMO_BRANCH.timezone)
TODAY = dt.date(2026, 11, 24)  # the bench day, a Tuesday; history ends the day before
GOAL_RATIO, GOAL_MS, GOAL_YEAR_MS = 20.0, 5.0, 300.0
BUSINESS_MIX = (("mail", 0.30), ("savings", 0.30), ("remittance", 0.10), ("philately", 0.05),
               ("periodicals", 0.10), ("other", 0.15))
TICKET_COLUMNS = ("id", "business_date", "issue_seq", "prefix", "number", "code", "business_id",
                  "original_business_id", "priority", "channel", "issued_by", "issued_at", "status", "window_id",
                  "called_at", "recalls", "started_at", "finished_at", "served_by", "amount_fen", "units",
                  "norm_minutes", "overrun", "back_entered", "print_status")
EVENT_COLUMNS = ("id", "ticket_id", "kind", "at", "window_id", "staff_id", "detail", "seq")
CAPTURED = ("ticket", "ticket_event")


def _ts(moment: dt.datetime) -> str:
    """How UTCDateTime stores a time in SQLite: naive UTC text with microseconds."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, tickets: int, days: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    began = time.perf_counter()
    db = Database.open(path, OUT / "backups", daily_backup=False)
    build_demo(db, now=dt.datetime.combine(TODAY, dt.time(7, 0), tzinfo=ZONE), queue_weeks=0)
    with db.reading() as s:
        businesses = {x.code: x for x in s.query(Business)}
        norms = {code: norm_of(x) for code, x in businesses.items()}
        windows = [w.id for w in s.query(QueueWindow).order_by(QueueWindow.number)]
        clerks = [x.id for x in s.query(Staff).filter(Staff.role != "admin").order_by(Staff.created_at)]
    rng = random.Random(2026)
    codes = [c for c, _ in BUSINESS_MIX]
    weights = [w for _, w in BUSINESS_MIX]
    per_day = tickets / days
    raw = db.engine.raw_connection()
    cur = raw.cursor()
    cur.execute("PRAGMA synchronous=OFF")  # building only; the measured runs use the app's own FULL
    captures = changelog.captures()
    for table in CAPTURED:
        for name in captures[table].trigger_names():
            cur.execute(f"DROP TRIGGER {name}")
    event_seq = cur.execute("SELECT coalesce(max(seq), 0) FROM ticket_event").fetchone()[0]
    made = 0
    ticket_sql = f"INSERT INTO ticket ({', '.join(TICKET_COLUMNS)}) VALUES ({', '.join('?' * len(TICKET_COLUMNS))})"
    event_sql = f"INSERT INTO ticket_event ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
    for offset in range(days, 0, -1):
        day = TODAY - dt.timedelta(days=offset)
        count = tickets - made if offset == 1 else int(round(per_day * rng.uniform(0.8, 1.2)))
        count = max(0, min(count, tickets - made))
        hours = DEMO_BRANCH.hours_on(day.weekday())
        opens = dt.datetime.combine(day, hours.opens, tzinfo=ZONE)
        span = (dt.datetime.combine(day, hours.closes, tzinfo=ZONE) - opens).total_seconds()
        arrivals = sorted(opens + dt.timedelta(seconds=rng.random() * span) for _ in range(count))
        numbers: dict[str, int] = {}
        ticket_rows, event_rows = [], []
        for seq, issued in enumerate(arrivals, start=1):
            code = rng.choices(codes, weights)[0]
            business = businesses[code]
            numbers[business.prefix] = number = numbers.get(business.prefix, 0) + 1
            window, clerk = rng.randrange(len(windows)), rng.randrange(len(clerks))
            called = issued + dt.timedelta(minutes=rng.expovariate(1 / 6))
            tid = new_id()
            events = [("issued", issued, None), ("called", called, windows[window])]
            if rng.random() < 0.02:
                status, started, finished, served_by, norm, overrun, recalls = "no_show", None, None, None, None, None, 1
                events += [("recalled", called + dt.timedelta(minutes=1), windows[window]),
                           ("no_show", called + dt.timedelta(minutes=2), windows[window])]
            else:
                amount = int(min(rng.lognormvariate(8.0, 1.0), 200_000)) * 100 if code in ("savings", "remittance") else None
                units = rng.choice((1, 1, 2, 3)) if code in ("mail", "periodicals") else None
                norm = norms[code].minutes(amount or 0, units or 1)
                served = norm * rng.lognormvariate(-0.15, 0.3)
                started = called + dt.timedelta(seconds=rng.randint(15, 60))
                finished = started + dt.timedelta(minutes=served)
                status, served_by, overrun, recalls = "done", clerks[clerk], served > norm, 0
                events += [("started", started, windows[window]), ("finished", finished, windows[window])]
            ticket_rows.append((
                tid, day.isoformat(), seq, business.prefix, number, f"{business.prefix}{number:03d}", business.id,
                business.id, rng.random() < 0.08, "kiosk", None, _ts(issued), status, windows[window], _ts(called),
                recalls, _ts(started) if started else None, _ts(finished) if finished else None, served_by,
                amount if status == "done" else None, units if status == "done" else None, norm, overrun, False,
                "printed",
            ))
            for kind, at, window_id in events:
                event_seq += 1
                event_rows.append((new_id(), tid, kind, _ts(at), window_id,
                                   clerks[clerk] if window_id else None, "{}", event_seq))
        cur.execute("BEGIN")
        cur.executemany(ticket_sql, ticket_rows)
        cur.executemany(event_sql, event_rows)
        cur.execute("COMMIT")
        made += count
        if offset % 50 == 0:
            print(f"  built {made:,} tickets ({time.perf_counter() - began:.0f} s)", flush=True)
    for table in CAPTURED:
        for sql in captures[table].trigger_sql():
            cur.execute(sql)
    cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cur.close()
    raw.close()
    db.close()
    size = path.stat().st_size / 2**20
    print(f"built {path} with {made:,} tickets over {days} days, {size:,.0f} MiB, "
          f"in {time.perf_counter() - began:.0f} s")


def _ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def measure(cached: Path, runs: int) -> dict:
    work = OUT / "queue-run.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, work)
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(8, 0), tzinfo=ZONE))
    db = Database.open(work, OUT / "backups", daily_backup=False)
    services = Services.build(db, clock)
    clerk = services.staff.sign_in("zhangmin", "3579")
    services.queue.open_window(clerk, 1)

    raw = sqlite3.connect(work, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=5000", "synchronous=FULL"):
        raw.execute(f"PRAGMA {pragma}")
    raw.execute("CREATE TABLE IF NOT EXISTS bench_scratch (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")

    def raw_commit() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO bench_scratch (note) VALUES (?)", ("one row",))
        raw.execute("COMMIT")

    codes = [c for c, _ in BUSINESS_MIX]
    for i in range(20):  # a queue, so call_next always has someone to call
        services.queue.issue(codes[i % len(codes)], channel="kiosk")
    times: dict[str, list[float]] = {"raw": [], "issue": [], "call": []}
    for i in range(runs + 5):  # the first 5 warm the caches and are not counted
        clock.advance(seconds=5)
        t0 = time.perf_counter()
        raw_commit()
        t1 = time.perf_counter()
        services.queue.issue(codes[i % len(codes)], channel="kiosk")
        t2 = time.perf_counter()
        called = services.queue.call_next(clerk, 1)
        t3 = time.perf_counter()
        if called is None:
            raise SystemExit("bench: call_next found nobody waiting")
        services.queue.hold(clerk, 1)  # free the window again, unmeasured
        if i >= 5:
            times["raw"].append(t1 - t0)
            times["issue"].append(t2 - t1)
            times["call"].append(t3 - t2)
    raw.close()

    reports = services.queue_reports
    t0 = time.perf_counter()  # the first read builds the stored figures of every closed day, once
    reports.period(TODAY - dt.timedelta(days=365), TODAY - dt.timedelta(days=1))
    first_build = time.perf_counter() - t0
    year: dict[str, list[float]] = {"period": [], "advice": []}
    for _ in range(3):
        t0 = time.perf_counter()
        report = reports.period(TODAY - dt.timedelta(days=365), TODAY - dt.timedelta(days=1))
        t1 = time.perf_counter()
        advice = reports.window_advice(weeks=52)
        t2 = time.perf_counter()
        year["period"].append(t1 - t0)
        year["advice"].append(t2 - t1)
    db.close()
    result = {name: round(_ms(values), 3) for name, values in {**times, **year}.items()}
    result["first_build_s"] = round(first_build, 2)
    result["year_arrivals"] = report.total.arrivals
    result["advice_cells"] = len(advice)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="measured repetitions of each step")
    parser.add_argument("--rebuild", action="store_true", help="build the cached database again")
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=400)
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    cached = OUT / f"queue-{args.tickets}-{args.days}.sqlite3"
    if args.rebuild or not cached.exists():
        build(cached, args.tickets, args.days)
    Database.open(cached, OUT / "backups", daily_backup=False).close()  # a cache from an older schema: upgrade once
    r = measure(cached, args.runs)
    raw = r["raw"]
    print(f"queue bench: {args.tickets:,} past tickets over {args.days} days, {args.runs} runs each (medians)")
    print(f"  raw sqlite3 INSERT+COMMIT  {raw:8.3f} ms   (baseline)")
    for name, label in (("issue", "issue"), ("call", "call_next")):
        ratio = r[name] / raw
        ok = ratio <= GOAL_RATIO and r[name] < GOAL_MS
        print(f"  {label:25}  {r[name]:8.3f} ms   {ratio:5.1f} × raw   "
              f"goal ≤ {GOAL_RATIO:g} × and < {GOAL_MS:g} ms: {'met' if ok else 'NOT met'}")
    for name, label in (("period", "a year of statistics"), ("advice", "window advice, 52 weeks")):
        ok = r[name] < GOAL_YEAR_MS
        print(f"  {label:25}  {r[name]:8.1f} ms   goal < {GOAL_YEAR_MS:g} ms: {'met' if ok else 'NOT met'}")
    print(f"  (the year held {r['year_arrivals']:,} arrivals; advice for {r['advice_cells']} hours of the week)")
    print(f"  building the stored figures of the 365 closed days, once: {r['first_build_s']:.1f} s "
          f"(then only days whose tickets change are built again)")
    if args.json:
        print(json.dumps(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
