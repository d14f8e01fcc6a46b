"""What an activity prints (issue 10, items 2, 4 and 7): the summary report's figures checked one by one
against counts made here from the sign-ins, spending, calls and review that the test itself recorded;
the poster's QRs carry each channel's payload; a closed activity prints no posters; paper sheets are
numbered and recorded."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.activities import codes
from branchdesk.services.activities.plans import ActionInput
from branchdesk.store.models import ActivitySheet, AuditEntry

from tests.activities.conftest import plan

SHANGHAI = dt.timezone(dt.timedelta(hours=8))

# (phone, channel index or None, day offset from today, hour, consent): who signed in, from where, when.
VISITS = [
    ("13800000001", 0, -1, 9, True), ("13800000002", 0, -1, 9, False), ("13800000003", 1, -1, 10, True),
    ("13800000004", None, -1, 14, True),
    ("13800000001", 1, 0, 9, True),  # returning the next day: one participant, two sign-ins
    ("13800000005", 1, 0, 10, True), ("13800000006", 1, 0, 10, False), ("13800000007", 0, 0, 11, True),
    ("13800000002", None, 1, 9, False), ("13800000008", 1, 1, 15, True),
]
VOIDED = 6  # the index of the visit entered by mistake and cancelled


@pytest.fixture
def reviewed(services, clock, manager, clerk, admin, running, today):
    """The running activity with a week's worth of everything the report counts."""
    activity, channels = running
    acts = services.activities
    # Customer 2 came to an earlier activity: returning here, not new.
    earlier = acts.plans.start(manager, acts.plans.create(manager, plan(today, name="上月活动")).id)
    clock.at = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(8, 0), tzinfo=SHANGHAI)
    acts.signins.sign_in(clerk, earlier.id, "13800000002")
    lines = {}
    for category, cap in (("publicity", 80_000), ("gifts", 240_000)):
        view = acts.budget.add_line(manager, activity.id, category, cap, 5_000)
        lines[category] = next(line.id for line in view.lines if line.category == category)
    acts.budget.spend(manager, lines["publicity"], 75_650, today, "海报")
    acts.budget.spend(manager, lines["gifts"], 100_000, today, "礼品")
    wrong = acts.budget.spend(manager, lines["gifts"], 30_000, today, "多记了")
    acts.budget.correct(manager, wrong.id, 20_000, "实为二百元")
    results = []
    for phone, channel, offset, hour, consent in VISITS:
        clock.at = dt.datetime.combine(today + dt.timedelta(days=offset), dt.time(hour, 5), tzinfo=SHANGHAI)
        code = channels[channel].code if channel is not None else None
        results.append(acts.signins.sign_in(clerk, activity.id, phone, channel_code=code, consent=consent))
    acts.signins.void(manager, results[VOIDED].signin_id, "重复录入")
    acts.business.record(clerk, activity.id, "寄递", 3)
    acts.business.record(clerk, activity.id, "储蓄开户", 2)
    scores = iter([5, 4, 2])
    called = 0
    for followup in acts.followups.listing(activity.id)[:4]:
        score = next(scores, None)
        acts.followups.record(manager, followup.id, "reached" if score else "unreachable", score)
        called += 1
    owner = manager.staff_id
    acts.plans.write_review(manager, activity.id, "第二天礼品不够，客户13912345678等了很久。", "按天分装礼品。",
                            [ActionInput("礼品按天分装", owner, today + dt.timedelta(days=7)),
                             ActionInput("签到区加一台扫码枪", clerk.staff_id, today + dt.timedelta(days=5)),
                             ActionInput("回访未接通的客户", owner, today + dt.timedelta(days=3))])
    return activity, channels


def test_every_report_figure_matches_what_was_recorded(services, reviewed, today):
    activity, channels = reviewed
    data = services.activities.printouts.report(activity.id)
    live = [v for i, v in enumerate(VISITS) if i != VOIDED]
    # Customer 6's only visit was voided; customer 2 had come to the earlier activity.
    phones = {v[0] for v in live}
    new = phones - {"13800000002"}
    assert data.participants == len(phones) == 7
    assert data.new_customers == len(new) == 6 and data.returning_customers == 1
    assert dict(data.signins_by_day) == {today + dt.timedelta(days=o): n
                                          for o, n in Counter(v[2] for v in live).items()}
    assert dict(data.signins_by_hour) == dict(Counter(v[3] for v in live))
    by_channel = Counter(v[1] for v in live)
    assert sorted((c.name, c.code, c.printed, c.signins) for c in data.channels) == sorted(
        (ch.name, ch.code, ch.copies, by_channel[i]) for i, ch in enumerate(channels))
    goals = {g.label_en: (g.target, g.actual) for g in data.goals}
    assert goals["Participants"] == (200, len(phones))
    assert goals["New customers"] == (50, len(new))
    assert goals["Satisfaction"] == (4.5, pytest.approx((5 + 4 + 2) / 3, abs=0.01))
    assert [(b.item, b.planned, b.actual) for b in data.budget] == [
        ("宣传", Decimal("800.00"), Decimal("756.50")), ("礼品", Decimal("2400.00"), Decimal("1200.00"))]
    assert data.cost_per_participant == (Decimal("1956.50") / 7).quantize(Decimal("0.01"))
    assert data.satisfaction_mean == pytest.approx(11 / 3) and data.satisfaction_answers == 3
    consented = {v[0] for v in VISITS if v[4]}  # one visit follow-up per customer who agreed to a call
    assert data.follow_ups_due == len(consented) == 6
    assert data.follow_ups_done == 3  # three reached; the unreachable call leaves its follow-up open
    assert "139****5678" in data.problems and "13912345678" not in data.problems
    assert data.suggestions == "按天分装礼品。"
    assert [(a.text, a.owner, a.deadline) for a in data.actions] == [
        ("礼品按天分装", "李强", today + dt.timedelta(days=7)),
        ("签到区加一台扫码枪", "张敏", today + dt.timedelta(days=5)),
        ("回访未接通的客户", "李强", today + dt.timedelta(days=3))]
    assert (data.starts, data.ends) == (today - dt.timedelta(days=1), today + dt.timedelta(days=1))
    assert data.branch_name == "青山镇邮政支局" and data.title == "金秋集市日"


def test_business_done_counts_its_corrections(services, clerk, manager, today):
    acts = services.activities
    activity = acts.plans.start(manager, acts.plans.create(
        manager, plan(today, goals={"participants": 10, "business": 5})).id)
    first = acts.business.record(clerk, activity.id, "寄递", 4)
    acts.business.record(clerk, activity.id, "寄递", -1, corrects_id=first)
    acts.business.record(clerk, activity.id, "储蓄开户", 2)
    goals = {g.label_en: (g.target, g.actual) for g in acts.printouts.report(activity.id).goals}
    assert goals == {"Participants": (10, 0), "Business done": (5, 5)}


def test_the_poster_carries_the_branch_contact_and_each_channel_payload(services, admin, running):
    activity, (gate, flyer) = running
    printouts = services.activities.printouts
    poster, qrs = printouts.poster(activity.id)
    assert sorted(q.payload for q in qrs) == sorted([gate.code, flyer.code])  # no public address: bare codes
    printouts.set_contact(admin, "青山镇新街18号", "0855-8123 4567", "https://hq.qingshan.example.cn/")
    poster, qrs = printouts.poster(activity.id, [flyer.id])
    assert [q.payload for q in qrs] == [f"https://hq.qingshan.example.cn/c/{flyer.code}"]
    assert codes.read_scan(qrs[0].payload).value == flyer.code
    assert (poster.branch.name, poster.branch.address, poster.branch.phone) == (
        "青山镇邮政支局", "青山镇新街18号", "0855-8123 4567")
    assert poster.title == "金秋集市日" and poster.text == "扫码签到领好礼"
    with services.db.reading() as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.action == "activity.print_contact")).all()


def test_the_contact_is_the_heads_to_set_and_a_bad_address_changes_nothing(services, admin, clerk):
    printouts = services.activities.printouts
    with pytest.raises(PermissionDenied):
        printouts.set_contact(clerk, "x", "y", "")
    with pytest.raises(UserError) as caught:
        printouts.set_contact(admin, "新街18号", "0855", "hq.example.cn c")
    assert caught.value.code == "printouts.bad_base"
    assert printouts.contact().address == ""


def test_a_closed_activity_prints_no_poster_nor_sheet_but_its_report(services, reviewed, manager):
    activity, (gate, _) = reviewed
    services.activities.plans.close(manager, activity.id)
    for make in (lambda: services.activities.printouts.poster(activity.id),
                 lambda: services.activities.printouts.sheets(manager, activity.id, gate.id, 1)):
        with pytest.raises(UserError) as caught:
            make()
        assert caught.value.code == "printouts.closed"
    assert services.activities.printouts.report(activity.id).participants == 7


def test_sheets_are_numbered_on_from_the_last_and_recorded(services, clerk, running):
    activity, (gate, flyer) = running
    printouts = services.activities.printouts
    first = printouts.sheets(clerk, activity.id, gate.id, 3)
    second = printouts.sheets(clerk, activity.id, flyer.id, 2)
    assert (first.first_number, first.pages, second.first_number, second.pages) == (1, 3, 4, 2)
    assert second.channel.code == flyer.code and second.channels == tuple(
        c.name for c in services.activities.channels.listing(activity.id))  # numbered as the channels tab lists them
    with services.db.reading() as s:
        assert s.scalars(select(ActivitySheet.number).where(ActivitySheet.activity_id == activity.id)
                         .order_by(ActivitySheet.number)).all() == [1, 2, 3, 4, 5]
    assert printouts.printed_sheets(activity.id) == [1, 2, 3, 4, 5]
    with pytest.raises(UserError):
        printouts.sheets(clerk, activity.id, gate.id, 0)
    with pytest.raises(UserError):
        printouts.sheets(clerk, activity.id, "no-such-channel", 1)
    with services.db.reading() as s:
        assert len(s.scalars(select(ActivitySheet.id)).all()) == 5


def test_a_channel_is_found_by_code_or_name_and_another_activitys_code_is_refused(services, manager, running, today):
    activity, (gate, flyer) = running
    printouts = services.activities.printouts
    assert printouts.find_channel(activity.id, gate.code) == gate.id
    assert printouts.find_channel(activity.id, "赶集折页") == flyer.id
    other = services.activities.plans.create(manager, plan(today, name="另一个活动"))
    theirs = services.activities.channels.add(manager, other.id, "别处海报")
    for text in (theirs.code, gate.code[:-1], "随便"):
        with pytest.raises(UserError) as caught:
            printouts.find_channel(activity.id, text)
        assert caught.value.code == "printouts.no_channel"
