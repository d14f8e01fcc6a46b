"""A demo branch a newcomer can click through: staff with known PINs and some history."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from branchdesk.services import secrets
from branchdesk.services.activities.demo import build_activity_demo
from branchdesk.services.attendance import AttendanceService
from branchdesk.services.branch import BranchService, BranchSettings, DayHours
from branchdesk.services.clock import FixedClock
from branchdesk.services.local_settings import LocalSettingsService
from branchdesk.services.staff_score.demo import seed_demo as seed_staff_score
from branchdesk.services.queue.demo import build_queue_history
from branchdesk.services.queue.printer import PrinterSettingsService
from branchdesk.services.roles import Actor, Role
from branchdesk.services.staff import NewStaff, StaffService
from branchdesk.store import Database


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: Role
    secret: str
    secret_kind: str = secrets.PIN


DEMO_ACCOUNTS = (
    DemoAccount("admin", "系统管理员", Role.ADMIN, "demo1234", secrets.PASSWORD),
    DemoAccount("wangfang", "王芳", Role.BRANCH_HEAD, "1357"),
    DemoAccount("liqiang", "李强", Role.DUTY_MANAGER, "2468"),
    DemoAccount("zhangmin", "张敏", Role.CLERK, "3579"),
    DemoAccount("liuyang", "刘洋", Role.CLERK, "4680"),
)

DEMO_BRANCH = BranchSettings(
    code="DEMO-01",
    name="青山镇邮政支局（演示）",
    grade=3,
    timezone="Asia/Shanghai",
    savings_business=True,
    hours=[DayHours(d, dt.time(8, 0), dt.time(17, 30)) for d in range(5)]
    + [DayHours(d, dt.time(8, 30), dt.time(16, 30)) for d in (5, 6)],
    is_demo=True,
)
HISTORY_DAYS = 21


def build_demo(db: Database, hasher: secrets.SecretHasher | None = None,
               now: dt.datetime | None = None, seed: int = 7, queue_weeks: int = 4) -> None:
    """Fill an empty database with the demo branch, its staff, three weeks of attendance
    and `queue_weeks` weeks of queue history; this PC starts with no ticket printer."""
    now = now or dt.datetime.now(dt.timezone.utc)
    zone = DEMO_BRANCH.zone
    today = now.astimezone(zone).date()
    start = today - dt.timedelta(days=HISTORY_DAYS)
    clock = FixedClock(dt.datetime.combine(start, dt.time(7, 0), tzinfo=zone))
    staff_service = StaffService(db, clock, hasher)
    admin_account, *others = DEMO_ACCOUNTS
    admin = staff_service.set_up_branch(DEMO_BRANCH, _new(admin_account))
    people = [staff_service.create(admin, _new(a)) for a in others]
    actors = [Actor(p.id, p.username, p.full_name, p.role) for p in people]
    attendance = AttendanceService(db, clock, BranchService(db, clock))
    rng = random.Random(seed)
    for offset in range(HISTORY_DAYS + 1):
        day = start + dt.timedelta(days=offset)
        hours = DEMO_BRANCH.hours_on(day.weekday())
        assert hours.opens is not None and hours.closes is not None, "the demo branch opens every day"
        opens = dt.datetime.combine(day, hours.opens, tzinfo=zone)
        closes = dt.datetime.combine(day, hours.closes, tzinfo=zone)
        rota = actors if day.weekday() < 5 else actors[offset % 2::2]
        arrivals = sorted(
            ((opens - dt.timedelta(minutes=rng.choice([25, 20, 18, 15, 14, 12, 11, 5, -3])), actor)
             for actor in rota),
            key=lambda pair: pair[0],
        )
        for at, actor in arrivals:
            if at.astimezone(dt.timezone.utc) > now:
                continue
            clock.at = at
            attendance.clock_in(actor)
        leaving = sorted(
            ((closes + dt.timedelta(minutes=rng.randint(5, 35)), a) for a in rota), key=lambda pair: pair[0]
        )
        for at, actor in leaving:
            if at.astimezone(dt.timezone.utc) > now:
                continue
            clock.at = at
            attendance.clock_out(actor)
    build_queue_history(db, DEMO_BRANCH, now, weeks=queue_weeks)
    seed_staff_score(db, actors, now, zone)
    build_activity_demo(db, actors, now, rng)
    from branchdesk.services.checks.demo import build_checks_history

    by_name = {a.username: a for a in actors}
    build_checks_history(db, DEMO_BRANCH, now, by_name["liqiang"], [by_name["zhangmin"], by_name["liuyang"]])
    # No ticket printer: the kiosk shows the number on screen, so a newcomer is not met by print failures.
    PrinterSettingsService(db, clock, LocalSettingsService(db)).use_no_printer()


def _new(account: DemoAccount) -> NewStaff:
    return NewStaff(account.username, account.full_name, account.role, account.secret, account.secret_kind)
