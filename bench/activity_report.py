"""Activity summary report benchmark (issue 10, item 7): the report of a 5,000-participant activity, its data
built by the printouts service from the database and drawn as a PDF, beside baselines in the same run.

A measurement, not a test: it prints the figures beside their goal and exits 0 whatever they are; it
exits non-zero only if a run itself fails.

    .venv/bin/python bench/activity_report.py [--runs N] [--rebuild]

The database is built once through the services and cached under bench/out/ (git-ignored; a few minutes):
a branch, one activity of five market days with four channels, 5,000 customers signed in (one in three
back on a later day: about 6,700 sign-ins, a few voided), a visit follow-up for each customer who agreed
to a call and the calls made (most reached, with a 1-5 score), business done, six budget lines with
spending, and the review with its actions. Each run, interleaved:
- **report**: `services.activities.printouts.report(activity)` (every figure counted from the rows) and
  `activity_report_pdf` of it; the two parts are also shown apart. Goal: under 2 s.
- **raw SQL**: a bare sqlite3 connection counting participants, new customers and sign-ins per day and
  per channel in four GROUP BY queries: the least reading those figures costs.
- **sample PDF**: `activity_report_pdf` of a small hand-made report (two days, four channels): what
  drawing the report costs whatever the activity's size.
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
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from branchdesk.printing.activity_data import (  # noqa: E402
    ActivityReport, BudgetLine, ChannelFigures, Goal, ReviewAction,
)
from branchdesk.printing.activity_report import activity_report_pdf  # noqa: E402
from branchdesk.services import Services  # noqa: E402
from branchdesk.services.activities.plans import ActionInput, EventDay, PlanInput  # noqa: E402
from branchdesk.services.clock import FixedClock  # noqa: E402
from branchdesk.services.roles import Role  # noqa: E402
from branchdesk.services.staff import NewStaff  # noqa: E402
from branchdesk.store import Database  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
ZONE = ZoneInfo("Asia/Shanghai")
FIRST_DAY = dt.date(2026, 11, 20)
DAYS, PARTICIPANTS = 5, 5_000
GOAL_S = 2.0

SAMPLE = ActivityReport(
    title="赶集日邮政便民服务活动", branch_name="青山镇邮政支局", branch_code="QS-001", starts=dt.date(2026, 12, 5),
    ends=dt.date(2026, 12, 6), generated_at=dt.datetime(2026, 12, 9, 17, 5),
    goals=(Goal("参与人数", "Participants", 200, 236, "人"), Goal("新客户", "New customers", 40, 31, "人")),
    signins_by_day=((dt.date(2026, 12, 5), 141), (dt.date(2026, 12, 6), 95)),
    signins_by_hour=tuple((h, 10 + h) for h in range(8, 17)),
    channels=tuple(ChannelFigures(f"渠道 {i}", f"{2345678900 + i}", 100, 20) for i in range(4)),
    participants=236, new_customers=31, returning_customers=205,
    budget=(BudgetLine("宣传物料", "Publicity", Decimal("800"), Decimal("756.50")),
            BudgetLine("礼品", "Gifts", Decimal("2400"), Decimal("2610"))),
    satisfaction_mean=4.6, satisfaction_answers=118, follow_ups_done=180, follow_ups_due=236,
    problems="礼品不够发。", suggestions="分批备礼。",
    actions=(ReviewAction("礼品按天分装", "王芳", dt.date(2026, 12, 20)),),
)


def build(path: Path) -> None:
    from tests.conftest import branch_settings  # the test branch: Asia/Shanghai, grade 3

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    began = time.perf_counter()
    db = Database.open(path, OUT / "backups", daily_backup=False)
    clock = FixedClock(dt.datetime.combine(FIRST_DAY - dt.timedelta(days=20), dt.time(9), tzinfo=ZONE))
    services = Services.build(db, clock)
    admin = services.staff.set_up_branch(branch_settings(), NewStaff("admin", "管理员", Role.ADMIN, "bench-1234",
                                                                    "password"))
    services.staff.create(admin, NewStaff("head", "王芳", Role.BRANCH_HEAD, "1357"))
    head = services.staff.sign_in("head", "1357")
    acts = services.activities
    days = tuple(EventDay(FIRST_DAY + dt.timedelta(days=d), dt.time(8, 30), dt.time(16, 30)) for d in range(DAYS))
    activity = acts.plans.create(head, PlanInput(
        name="县城集市邮政服务周", theme="寄递、储蓄、集邮一站办", poster_text="扫码签到领好礼。", days=days,
        goals={"participants": 4_500, "new_customers": 1_500, "business": 800, "satisfaction": 4.5}))
    for category, cap in (("publicity", 3000), ("staff", 2000), ("materials", 2500), ("gifts", 12000),
                          ("venue", 1000), ("catering", 800)):
        view = acts.budget.add_line(head, activity.id, category, cap * 100, cap * 10)
        line = next(v for v in view.lines if v.category == category)
        acts.budget.spend(head, line.id, cap * 85, FIRST_DAY - dt.timedelta(days=3), "采购")
    channels = [acts.channels.add(head, activity.id, name, kind, "", copies).code for name, kind, copies in
                (("入口海报", "poster", 6), ("赶集折页", "flyer", 4000), ("村委会公告栏", "poster", 12),
                 ("展架", "stand", 2))]
    acts.plans.start(head, activity.id)
    rng = random.Random(11)
    visits = [(n, rng.randrange(DAYS)) for n in range(PARTICIPANTS)]
    visits += [(n, min(d + 1 + rng.randrange(2), DAYS - 1)) for n, d in visits if n % 3 == 0 and d < DAYS - 1]
    visits.sort(key=lambda v: v[1])
    per_day: dict[int, int] = {}
    voided = 0
    for n, day in visits:
        per_day[day] = per_day.get(day, 0) + 1
        clock.at = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=day), dt.time(8, 30), tzinfo=ZONE) \
            + dt.timedelta(seconds=per_day[day] * 17 % (8 * 3600))
        done = acts.signins.sign_in(head, activity.id, f"136{n:08d}", channel_code=rng.choice(channels + [None]),
                                    consent=n % 5 != 0)
        if n % 400 == 1 and done.signin_id and voided < 10:
            acts.signins.void(head, done.signin_id, "重复录入")
            voided += 1
        if n % 6 == 0:
            acts.business.record(head, activity.id, "寄递", 1 + n % 3)
    clock.at = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=DAYS + 1), dt.time(10), tzinfo=ZONE)
    for i, followup in enumerate(acts.followups.listing(activity.id)):
        if i % 7:
            acts.followups.record(head, followup.id, "reached", 5 - i % 3)
    acts.plans.write_review(head, activity.id, "第一天上午签到排队长。", "增加签到台。",
                            [ActionInput(f"措施 {i}", head.staff_id, FIRST_DAY + dt.timedelta(days=20 + i))
                             for i in range(3)])
    db.close()
    print(f"built {path} ({time.perf_counter() - began:.0f} s, {len(visits):,} sign-ins)", flush=True)


def raw_figures(conn: sqlite3.Connection, activity_id: str) -> None:
    live = "activity_id = ? AND voids_id IS NULL AND id NOT IN (SELECT voids_id FROM activity_signin " \
           "WHERE voids_id IS NOT NULL)"
    conn.execute(f"SELECT count(DISTINCT customer_id) FROM activity_signin WHERE {live}", (activity_id,)).fetchall()
    conn.execute(f"SELECT count(DISTINCT customer_id) FROM activity_signin WHERE {live} AND new_customer",
                 (activity_id,)).fetchall()
    conn.execute(f"SELECT date(at, '+8 hours'), count(*) FROM activity_signin WHERE {live} GROUP BY 1",
                 (activity_id,)).fetchall()
    conn.execute(f"SELECT channel_id, count(*) FROM activity_signin WHERE {live} GROUP BY 1", (activity_id,)).fetchall()


def run(runs: int, rebuild: bool) -> dict[str, float]:
    OUT.mkdir(exist_ok=True)
    cached = OUT / "activity_report.sqlite3"
    if rebuild or not cached.exists():
        building = OUT / "activity_report-building.sqlite3"
        build(building)
        building.replace(cached)  # only a whole build is cached
    work = OUT / "activity_report-work.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, work)
    db = Database.open(work, OUT / "backups", daily_backup=False)
    services = Services.build(db, FixedClock(dt.datetime.combine(FIRST_DAY + dt.timedelta(days=10), dt.time(9),
                                                                 tzinfo=ZONE)))
    activity = services.activities.plans.listing()[0]
    printouts = services.activities.printouts
    raw = sqlite3.connect(work)
    data_ms, pdf_ms, total_ms, raw_ms, sample_ms = [], [], [], [], []
    pages = 0
    for i in range(runs + 1):  # one warm-up round, unmeasured (imports, fonts)
        began = time.perf_counter()
        data = printouts.report(activity.id)
        built = time.perf_counter()
        pdf = activity_report_pdf(data)
        ended = time.perf_counter()
        raw_figures(raw, activity.id)
        raw_ended = time.perf_counter()
        activity_report_pdf(SAMPLE)
        sample_ended = time.perf_counter()
        if i:
            data_ms.append((built - began) * 1000)
            pdf_ms.append((ended - built) * 1000)
            total_ms.append((ended - began) * 1000)
            raw_ms.append((raw_ended - ended) * 1000)
            sample_ms.append((sample_ended - raw_ended) * 1000)
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    raw.close()
    db.close()
    return {"data": statistics.median(data_ms), "pdf": statistics.median(pdf_ms), "total": statistics.median(total_ms),
            "worst": max(total_ms), "raw": statistics.median(raw_ms), "sample": statistics.median(sample_ms),
            "participants": data.participants, "signins": sum(n for _, n in data.signins_by_day), "pages": pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    f = run(args.runs, args.rebuild)
    print(f"activity: {f['participants']:,.0f} participants, {f['signins']:,.0f} sign-ins")
    print(f"report, service data + PDF: median {f['total']:.0f} ms, worst {f['worst']:.0f} ms "
          f"(data {f['data']:.0f} ms, PDF {f['pdf']:.0f} ms) (goal: < {GOAL_S:g} s)")
    print(f"raw SQL, the same counts, same run:   median {f['raw']:.1f} ms")
    print(f"sample report PDF, same run:         median {f['sample']:.0f} ms")
    print(f"goal {'met' if f['total'] < GOAL_S * 1000 else 'NOT met'}")


if __name__ == "__main__":
    main()
