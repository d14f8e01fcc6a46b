"""The demo branch's activity (issue 10, item 8): a running market-day week with three channels, a week
of sign-ins, follow-ups due and done, a budget about half spent and one milestone overdue, so a newcomer
sees every activities screen with data."""

from __future__ import annotations

import datetime as dt
import random

from branchdesk.services.activities.budget import ActivityBudget
from branchdesk.services.activities.channels import ActivityChannels
from branchdesk.services.activities.followups import FollowUps
from branchdesk.services.activities.plans import ActivityPlans, EventDay, PlanInput
from branchdesk.services.activities.printouts import ActivityPrintouts
from branchdesk.services.activities.signin import SignIns
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import FixedClock
from branchdesk.services.local_settings import LocalSettingsService
from branchdesk.services.roles import Actor, Role
from branchdesk.store import Database

EVENT_DAYS = 7
BUDGET_YUAN = {"publicity": (1500, 150), "materials": (1200, 100), "gifts": (3000, 300), "staff": (800, 0),
               "venue": (300, 0), "catering": (200, 50)}
SPENT_YUAN = [("publicity", 880, "海报、折页印制"), ("materials", 640, "签到台、展架"), ("gifts", 1650, "到场礼：纸巾、环保袋"),
              ("staff", 400, "周末加班餐补"), ("venue", 300, "集市摊位费")]


def build_activity_demo(db: Database, actors: list[Actor], now: dt.datetime, rng: random.Random) -> None:
    """`actors`: the demo's staff (head, duty manager, clerks); nothing is recorded after `now`."""
    head = next(a for a in actors if a.role is Role.BRANCH_HEAD)
    duty = next(a for a in actors if a.role is Role.DUTY_MANAGER)
    clerks = [a for a in actors if a.role is Role.CLERK]
    branch = BranchService(db, FixedClock(now))
    zone = branch.require_settings().zone
    today = now.astimezone(zone).date()
    first_day = today - dt.timedelta(days=EVENT_DAYS - 1)
    clock = FixedClock(dt.datetime.combine(first_day - dt.timedelta(days=20), dt.time(9), tzinfo=zone))
    branch = BranchService(db, clock)
    plans, budget, channels = ActivityPlans(db, clock, branch), ActivityBudget(db, clock), ActivityChannels(db, clock)
    signins, followups = SignIns(db, clock, branch), FollowUps(db, clock)

    plan = PlanInput(
        name="赶集日邮政惠民周", theme="邮政服务进集市：寄递、储蓄、集邮一站办",
        poster_text="赶集日来邮政摊位扫码签到，领取到场礼；现场办理寄递优惠、储蓄咨询、集邮新品预订。",
        target_segments=("farmers", "merchants", "elderly"),
        days=tuple(EventDay(first_day + dt.timedelta(days=i), dt.time(8, 30), dt.time(12, 0))
                   for i in range(EVENT_DAYS)),
        goals={"participants": 300, "new_customers": 80, "business": 60, "satisfaction": 4.5})
    activity = plans.create(head, plan)
    # What the posters print as the branch's contact; no public HQ address, so the QRs hold the bare codes.
    ActivityPrintouts(db, clock, branch, LocalSettingsService(db)).set_contact(
        head, "青山镇新街18号（农贸市场对面）", "0855-8123 4567", "")
    for kind, owner, deliverables in (("warmup", head, "海报3处张贴、折页800份、村委会通知"),
                                      ("execution", duty, "每天签到、体验、咨询、礼品发放"),
                                      ("review", head, "48小时回访、费用复盘、总结报告")):
        plans.set_phase(head, activity.id, kind, owner.staff_id, deliverables)
    milestones = [("publicity_start", first_day - dt.timedelta(days=10), head, True, ""),
                  ("materials_arrival", first_day - dt.timedelta(days=5), duty, True, ""),
                  ("rehearsal", first_day - dt.timedelta(days=1), duty, True, ""),
                  ("event_day", first_day, duty, True, ""),
                  ("other", today - dt.timedelta(days=2), clerks[0], False, "加印折页200份"),
                  ("review", today + dt.timedelta(days=3), head, False, "")]
    made = []
    for kind, due, owner, _done, title in milestones:
        made.append(plans.add_milestone(head, activity.id, kind, due, owner.staff_id, title))
    lines = {}
    for category, (cap, slack) in BUDGET_YUAN.items():
        view = budget.add_line(head, activity.id, category, cap * 100, slack * 100)
        lines[category] = next(line.id for line in view.lines if line.category == category)
    gate = channels.add(head, activity.id, "集市入口海报", "poster", "集市东口电线杆", 3)
    flyer = channels.add(head, activity.id, "赶集折页", "flyer", "摊位与集市主街派发", 800)
    board = channels.add(head, activity.id, "村委会公告栏", "poster", "青山村村委会", 2)
    plans.start(head, activity.id)
    for milestone, (_kind, due, _owner, done, _title) in zip(made, milestones, strict=True):
        if done:
            clock.at = dt.datetime.combine(due, dt.time(16), tzinfo=zone)
            plans.set_milestone_done(head, milestone.id)
    for (category, yuan, note), offset in zip(SPENT_YUAN, (-9, -4, -2, 1, 0), strict=True):
        clock.at = dt.datetime.combine(first_day + dt.timedelta(days=offset), dt.time(15), tzinfo=zone)
        budget.spend(head, lines[category], yuan * 100, clock.at.date(), note)

    regulars = [f"1{rng.choice('3589')}{rng.randrange(10**9):09d}" for _ in range(60)]
    weights = ((gate.code, 3), (flyer.code, 5), (board.code, 1), (None, 2))
    for offset in range(EVENT_DAYS):
        day = first_day + dt.timedelta(days=offset)
        moments = sorted(dt.datetime.combine(day, dt.time(8, 30), tzinfo=zone)
                         + dt.timedelta(minutes=rng.randint(0, 210)) for _ in range(rng.randint(28, 44)))
        for moment in moments:
            if moment > now:
                break
            clock.at = moment
            phone = rng.choice(regulars) if rng.random() < 0.3 else f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
            code = rng.choices([w[0] for w in weights], [w[1] for w in weights])[0]
            signins.sign_in(rng.choice(clerks + [duty]), activity.id, phone, channel_code=code,
                            consent=rng.random() < 0.6)
    # The follow-up calls made so far: most of those due by now, a few forgotten (overdue), the newest still due.
    for followup in followups.listing(activity.id):
        called = followup.due_at - dt.timedelta(hours=rng.randint(4, 40))
        if called > now - dt.timedelta(hours=3) or rng.random() < 0.05:
            continue
        clock.at = called
        outcome = rng.choices(["reached", "unreachable", "declined"], [12, 1, 1])[0]
        followups.record(rng.choice([head, duty]), followup.id, outcome,
                         rng.choices([5, 4, 3, 2], [5, 4, 1, 0.3])[0] if outcome == "reached" else None)
