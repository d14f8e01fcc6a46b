"""What an activity prints (issue 10, items 2, 4 and 7): the plain data of printing/activity_data.py, built
from the activity's own rows, so posters, flyers, sign-in sheets and the summary report need no database.

The branch's address and phone and HQ's public address live in this PC's local settings (the branch
table holds neither, and HQ keeps its own copy of where the branch is): a poster prints them as set here.
Without a public address a channel's QR holds its bare code; with one, the short link ending in the code.
Customers' phone numbers never reach a printout: the review's free text goes through `mask_phones`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.printing.activity_data import (
    ActivityPoster, ActivityReport, BranchContact, BudgetLine, ChannelFigures, ChannelQr, Goal, ReviewAction,
    SigninSheet, mask_phones,
)
from branchdesk.services import audit
from branchdesk.services.activities import codes, common
from branchdesk.services.activities.budget import CATEGORIES
from branchdesk.services.activities.common import CLOSED
from branchdesk.services.branch import BranchService, load_branch
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.local_settings import LocalSettingsService, put
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import (
    Activity, ActivityBudgetLine, ActivityBusiness, ActivityChannel, ActivityContact, ActivityDay, ActivityFollowUp,
    ActivityGoal, ActivityReview, ActivityReviewAction, ActivitySheet, ActivitySignIn, ActivitySpending,
)

ADDRESS_KEY, PHONE_KEY, PUBLIC_BASE_KEY = "activity.branch_address", "activity.branch_phone", "activity.public_base"
MAX_ADDRESS, MAX_PHONE, MAX_BASE = 120, 40, 100
MAX_SHEETS = 50  # sheets at one go: a busy market day needs a handful
_BASE = re.compile(r"https?://[^\s/?#]+(/[^\s?#]*)?")

# The printouts are for the branch and its public: Chinese first, English beside it on the report.
GOAL_LABELS = {"participants": ("参与人数", "Participants", "人"), "new_customers": ("新客户", "New customers", "人"),
               "business": ("办理业务", "Business done", "笔"), "satisfaction": ("满意度", "Satisfaction", "分")}
CATEGORY_LABELS = {"publicity": ("宣传", "Publicity"), "staff": ("人员", "Staff"), "materials": ("物料", "Materials"),
                   "gifts": ("礼品", "Gifts"), "venue": ("场地", "Venue"), "catering": ("餐饮", "Catering")}


@dataclass(frozen=True)
class PrintContact:
    """What this PC prints as the branch's contact and where the QRs point."""

    address: str
    phone: str
    public_base: str  # "" = the bare code in every QR


class ActivityPrintouts(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService, local: LocalSettingsService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch
        self.local = local

    # -- the branch's contact on posters ----------------------------------------------------------

    def contact(self) -> PrintContact:
        return PrintContact(self.local.get(ADDRESS_KEY, "") or "", self.local.get(PHONE_KEY, "") or "",
                            self.local.get(PUBLIC_BASE_KEY, "") or "")

    def set_contact(self, actor: Actor, address: str, phone: str, public_base: str) -> PrintContact:
        actor.require(Permission.EDIT_BRANCH)
        address, phone = common.clean_text(address, MAX_ADDRESS), common.clean_text(phone, MAX_PHONE)
        base = common.clean_text(public_base, MAX_BASE).rstrip("/")
        if base and not _BASE.fullmatch(base):
            raise UserError("printouts.bad_base",
                            tr_noop("HQ's public address looks like https://hq.example.cn, not {text}."), text=base)
        with self.db.transaction() as s:
            for key, value in ((ADDRESS_KEY, address), (PHONE_KEY, phone), (PUBLIC_BASE_KEY, base)):
                put(s, key, value)
            audit.append(s, self.clock.now(), "activity.print_contact", actor.staff_id, address=address,
                         phone=phone, public_base=base)
        return self.contact()

    # -- posters, flyers, tear-off slips ----------------------------------------------------------

    def poster(self, activity_id: str, channel_ids: list[str] | None = None) -> tuple[ActivityPoster,
                                                                                        list[ChannelQr]]:
        """The poster's words and the QR of each channel asked for (all of them without a list)."""
        contact = self.contact()
        with self.db.reading() as s:
            row = _printable(s, activity_id)
            poster = _poster(s, row, self._branch_contact(s, contact))
            channels = _channels(s, row.id, channel_ids)
            return poster, [ChannelQr(c.name, c.code, codes.qr_payload(c.code, contact.public_base)) for c in channels]

    def find_channel(self, activity_id: str, text: str) -> str:
        """A channel of this activity by its code (as printed or scanned) or its name; a clear error otherwise."""
        wanted = text.strip()
        scan = codes.read_scan(wanted)
        with self.db.reading() as s:
            rows = s.scalars(select(ActivityChannel).where(ActivityChannel.activity_id == activity_id)).all()
            for c in rows:
                if (scan.kind is codes.ScanKind.CHANNEL and c.code == scan.value) or c.name == wanted:
                    return c.id
        raise UserError("printouts.no_channel",
                        tr_noop("This activity has no channel “{text}”: give a channel's code or name."), text=text)

    # -- paper sign-in sheets ---------------------------------------------------------------------

    @publishes(ACTIVITIES)
    def sheets(self, actor: Actor, activity_id: str, channel_id: str, pages: int) -> SigninSheet:
        """`pages` numbered sheets, their numbers recorded (activity_sheet) so entering a sheet can check it."""
        if not 1 <= pages <= MAX_SHEETS:
            raise UserError("printouts.bad_pages", tr_noop("Print 1 to {n} sheets at a time."), n=MAX_SHEETS)
        contact = self.contact()
        now = self.clock.now()
        with self.db.transaction() as s:
            row = _printable(s, activity_id)
            chosen = _channels(s, row.id, [channel_id])[0]
            first = int(s.scalar(select(func.coalesce(func.max(ActivitySheet.number), 0))
                                 .where(ActivitySheet.activity_id == row.id)) or 0) + 1
            for number in range(first, first + pages):
                s.add(ActivitySheet(activity_id=row.id, number=number, printed_at=now, printed_by=actor.staff_id))
            audit.append(s, now, "activity.sheets_printed", actor.staff_id, activity=row.id, channel=chosen.id,
                         first=first, last=first + pages - 1)
            poster = _poster(s, row, self._branch_contact(s, contact))
            names = tuple(c.name for c in _channels(s, row.id, None))
            return SigninSheet(poster.title, poster.starts, poster.ends, poster.branch,
                               ChannelQr(chosen.name, chosen.code, codes.qr_payload(chosen.code, contact.public_base)),
                               names, first, pages)

    def printed_sheets(self, activity_id: str) -> list[int]:
        """The numbers of the sheets printed for the activity, in order: what paper entry checks a sheet against."""
        with self.db.reading() as s:
            return list(s.scalars(select(ActivitySheet.number).where(ActivitySheet.activity_id == activity_id)
                                  .order_by(ActivitySheet.number)))

    # -- the summary report -----------------------------------------------------------------------

    def report(self, activity_id: str) -> ActivityReport:
        """Goals against actual, sign-ins by day and hour, channels, new against returning, budget, satisfaction,
        follow-ups and the review, all counted from the activity's rows (voided sign-ins left out)."""
        zone = self.branch.require_settings().zone
        now = self.clock.now()
        with self.db.reading() as s:
            row = common.load(s, activity_id)
            branch = load_branch(s)
            days = sorted(s.scalars(select(ActivityDay.day).where(ActivityDay.activity_id == row.id)))
            live = _live_signins(s, row.id)
            local = [at.astimezone(zone) for _, _, _, at in live]
            by_day = Counter(t.date() for t in local)
            by_hour = Counter(t.hour for t in local)
            participants = {customer for customer, _, _, _ in live}
            new = {customer for customer, _, is_new, _ in live if is_new}
            per_channel = Counter(channel for _, channel, _, _ in live if channel)
            channels = tuple(ChannelFigures(c.name, c.code, c.copies, per_channel.get(c.id, 0))
                             for c in _channels(s, row.id, None))
            scores = [int(score) for score in s.scalars(
                select(ActivityContact.satisfaction).where(ActivityContact.activity_id == row.id,
                                                           ActivityContact.satisfaction.is_not(None)))
                      if score is not None]
            mean = sum(scores) / len(scores) if scores else None
            business = int(s.scalar(select(func.coalesce(func.sum(ActivityBusiness.quantity), 0))
                                    .where(ActivityBusiness.activity_id == row.id)) or 0)
            actual = {"participants": float(len(participants)), "new_customers": float(len(new)),
                      "business": float(business), "satisfaction": round(mean, 2) if mean is not None else 0.0}
            goals = tuple(Goal(*GOAL_LABELS[g.kind][:2], g.target, actual[g.kind], GOAL_LABELS[g.kind][2])
                          for g in sorted(s.scalars(select(ActivityGoal).where(ActivityGoal.activity_id == row.id)),
                                          key=lambda g: list(GOAL_LABELS).index(g.kind)))
            follow_ups = s.execute(select(func.count(), func.count(ActivityFollowUp.done_at))
                                   .where(ActivityFollowUp.activity_id == row.id)).one()
            review = s.scalar(select(ActivityReview).where(ActivityReview.activity_id == row.id))
            names = common.staff_names(s)
            actions = tuple(ReviewAction(mask_phones(a.action), names.get(a.owner_staff_id, ""), a.deadline)
                            for a in s.scalars(select(ActivityReviewAction)
                                               .where(ActivityReviewAction.activity_id == row.id)
                                               .order_by(ActivityReviewAction.position)))
            first, last = _span(days, local)
            return ActivityReport(
                title=row.name, branch_name=branch.name if branch else "", branch_code=branch.code if branch else "",
                starts=first, ends=last, generated_at=now.astimezone(zone).replace(tzinfo=None), goals=goals,
                signins_by_day=tuple((day, by_day.get(day, 0)) for day in sorted(set(days) | set(by_day))),
                signins_by_hour=tuple(sorted(by_hour.items())), channels=channels,
                participants=len(participants), new_customers=len(new),
                returning_customers=len(participants - new), budget=_budget(s, row.id),
                satisfaction_mean=mean, satisfaction_answers=len(scores),
                follow_ups_done=int(follow_ups[1]), follow_ups_due=int(follow_ups[0]),
                problems=mask_phones(review.problems) if review else "",
                suggestions=mask_phones(review.suggestions) if review else "", actions=actions)

    def _branch_contact(self, s: Session, contact: PrintContact) -> BranchContact:
        branch = load_branch(s)
        return BranchContact(branch.name if branch else "", contact.address, contact.phone,
                             branch.code if branch else "")


def _printable(s: Session, activity_id: str) -> Activity:
    row = common.load(s, activity_id)
    if row.status == CLOSED:
        raise UserError("printouts.closed", tr_noop(
            "The activity “{name}” is closed: its posters, flyers and sign-in sheets are no longer printed."),
            name=row.name)
    return row


def _poster(s: Session, row: Activity, branch: BranchContact) -> ActivityPoster:
    days = s.execute(select(ActivityDay.day, ActivityDay.starts, ActivityDay.ends)
                     .where(ActivityDay.activity_id == row.id).order_by(ActivityDay.day)).all()
    if not days:
        raise UserError("printouts.no_days", tr_noop("Give the activity its event days before printing for it."))
    hours = {(a, b) for _, a, b in days}
    (opens, closes), = hours if len(hours) == 1 else {(None, None)}
    text = mask_phones(row.poster_text or row.theme)
    highlights = (row.theme,) if row.theme and row.poster_text else ()  # the theme as the poster's one point
    return ActivityPoster(row.name, days[0].day, days[-1].day, text, branch,
                          hours=f"{opens:%H:%M}–{closes:%H:%M}" if opens and closes else "", highlights=highlights)


def _channels(s: Session, activity_id: str, channel_ids: list[str] | None) -> list[ActivityChannel]:
    rows = s.scalars(select(ActivityChannel).where(ActivityChannel.activity_id == activity_id)
                     .order_by(ActivityChannel.created_at, ActivityChannel.code)).all()
    if channel_ids is None:
        return list(rows)
    by_id = {r.id: r for r in rows}
    if not channel_ids or any(cid not in by_id for cid in channel_ids):
        raise UserError("printouts.pick_channel", tr_noop("Choose a channel of this activity to print for."))
    return [by_id[cid] for cid in channel_ids]


def _live_signins(s: Session, activity_id: str) -> list[tuple[str, str | None, bool, dt.datetime]]:
    """(customer, channel, new customer, at) of every sign-in not voided."""
    rows = s.execute(select(ActivitySignIn.id, ActivitySignIn.customer_id, ActivitySignIn.channel_id,
                            ActivitySignIn.new_customer, ActivitySignIn.at, ActivitySignIn.voids_id)
                     .where(ActivitySignIn.activity_id == activity_id)).all()
    voided = {r.voids_id for r in rows if r.voids_id}
    return [(r.customer_id, r.channel_id, r.new_customer, r.at) for r in rows
            if r.voids_id is None and r.id not in voided]


def _span(days: list[dt.date], local: list[dt.datetime]) -> tuple[dt.date, dt.date]:
    known = days or sorted({t.date() for t in local})
    if not known:
        raise UserError("printouts.no_days", tr_noop("Give the activity its event days before printing for it."))
    return known[0], known[-1]


def _budget(s: Session, activity_id: str) -> tuple[BudgetLine, ...]:
    spent = dict(s.execute(select(ActivitySpending.budget_line_id, func.sum(ActivitySpending.amount_fen))
                           .where(ActivitySpending.activity_id == activity_id)
                           .group_by(ActivitySpending.budget_line_id)).all())
    lines = sorted(s.scalars(select(ActivityBudgetLine).where(ActivityBudgetLine.activity_id == activity_id)),
                   key=lambda r: (CATEGORIES.index(r.category), r.label))
    return tuple(BudgetLine(mask_phones(line.label) or CATEGORY_LABELS[line.category][0],
                            mask_phones(line.label) or CATEGORY_LABELS[line.category][1], _yuan(line.cap_fen),
                            _yuan(int(spent.get(line.id) or 0))) for line in lines)


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))
