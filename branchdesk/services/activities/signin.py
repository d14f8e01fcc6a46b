"""Signing customers in at a running activity (issue 10, items 3-4): whatever the scanner or the keyboard
typed, a poster's channel code or a mobile number.

A channel code is remembered by the caller and passed with the phone that follows (`channel_code=`): the
code says which poster or flyer brought the customer, the phone says who they are. The answer says at
once whether the customer is new, returning or already signed in today (then nothing is recorded: two
scans in a row sign in once), and what they can do now. Anyone signed in may sign customers in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import codes, common, customers
from branchdesk.services.activities.common import CLOSED, RUNNING
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import (
    Activity,
    ActivityChannel,
    ActivityContact,
    ActivityDay,
    ActivityFollowUp,
    ActivitySignIn,
    AuditEntry,
    Customer,
)

SOURCES = ("scan", "phone", "kiosk", "paper")
FOLLOW_UP_WITHIN = dt.timedelta(hours=48)  # branch practice: satisfaction follow-up within 48 hours
# The customer's path on site after signing in (branch practice: sign-in, take part, collect gift, leave).
STEPS = ("experience", "consultation", "gift")

CHANNEL, NEW, RETURNING, ALREADY = "channel", "new", "returning", "already"
KIOSK_OPENED = "activity.kiosk_opened"


@dataclass(frozen=True)
class ChannelRef:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class DueFollowUp:
    id: str
    activity_name: str
    reason: str  # visit, no_show
    due_at: dt.datetime
    overdue: bool


@dataclass(frozen=True)
class SignInResult:
    status: str  # channel (a code read: now the phone), new, returning, already (nothing recorded)
    channel: ChannelRef | None
    customer: customers.CustomerView | None = None
    signin_id: str | None = None
    signed_in_at: dt.datetime | None = None  # this sign-in, or today's earlier one when "already"
    steps: tuple[str, ...] = ()  # what they can do now: STEPS, and "consent" while not given
    follow_ups_due: tuple[DueFollowUp, ...] = ()  # open follow-ups of theirs the staff can do now


@dataclass(frozen=True)
class SignInLine:
    id: str
    at: dt.datetime
    phone_masked: str
    channel_name: str
    source: str
    new_customer: bool
    paper_sheet: int | None


class SignIns(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch
        self._key: bytes | None = None  # the phone-hash key never changes once made

    @publishes(ACTIVITIES)
    def sign_in(self, actor: Actor | None, activity_id: str, text: str, *, channel_code: str | None = None,
                source: str | None = None, consent: bool | None = None, at: dt.datetime | None = None,
                paper_sheet: int | None = None, paper_row: int | None = None, name: str = "") -> SignInResult:
        """`actor` None: the customer at the kiosk (source "kiosk"). `at` and `paper_sheet`: a paper row
        entered afterwards (source "paper"). `consent`: the customer's answer to follow-up contact, if asked.
        `name`: the name written on a paper row, kept for a customer who has none, with the sign-in."""
        name = (name or "").strip()
        if len(name) > 40:
            raise UserError("customer.long_name", tr_noop("A name has at most 40 characters."))
        if source is not None and source not in SOURCES:
            raise ValueError(source)
        if actor is None and source != "kiosk":
            raise ValueError("only the kiosk signs in without a member of staff")
        now = self.clock.now()
        zone = self.branch.require_settings().zone
        paper = source == "paper"
        if paper:
            if at is None or not paper_sheet or paper_sheet < 1:
                raise UserError("signin.paper_row",
                                tr_noop("Enter the sheet number and the time written on the paper row."))
            if at > now:
                raise UserError("signin.paper_future", tr_noop("The time on this row is in the future: check the date."))
        when = at if paper and at is not None else now
        scan = codes.read_scan(text)
        _refuse_unreadable(scan)
        with self.db.transaction() as s:
            activity = self._running(s, activity_id)
            channel = None
            if scan.kind is codes.ScanKind.CHANNEL:
                channel = self._channel(s, activity, scan.value)
                return SignInResult(CHANNEL, channel)  # nothing recorded: the phone comes next
            if channel_code:
                read = codes.read_scan(channel_code)
                _refuse_unreadable(read)
                channel = self._channel(s, activity, read.value)
            day = when.astimezone(zone).date()
            if not s.scalar(select(ActivityDay.id).where(ActivityDay.activity_id == activity.id,
                                                         ActivityDay.day == day)):
                raise UserError("signin.not_event_day",
                                tr_noop("{day} is not an event day of “{name}”: nothing was recorded."),
                                day=day.isoformat(), name=activity.name)
            phone = scan.value
            customer = s.scalar(select(Customer).where(Customer.phone == phone))
            is_new = customer is None
            if customer is None:
                customer = Customer(phone=phone, phone_hash=customers.phone_hash(self._hash_key(s), phone),
                                    segment="", consent=bool(consent), consent_at=now if consent else None,
                                    first_seen_at=when)
                s.add(customer)
                s.flush()
            else:
                earlier = _signed_in_on(s, activity.id, customer.id, day, zone)
                if earlier is not None:
                    return SignInResult(ALREADY, channel, customers.view(s, customer), earlier.id, earlier.at,
                                        (), self._due(s, customer.id, now))
                if consent is not None and consent != customer.consent:
                    customer.consent, customer.consent_at = consent, now
                    audit.append(s, now, "customer.consent", actor.staff_id if actor else None,
                                 customer=customer.id, consent=consent)
            if name and not customer.name and customer.purged_at is None:
                customer.name = name
            row = ActivitySignIn(activity_id=activity.id, customer_id=customer.id,
                                 channel_id=channel.id if channel else None, at=when,
                                 staff_id=actor.staff_id if actor else None,
                                 source=source or ("scan" if channel else "phone"),
                                 paper_sheet=paper_sheet if paper else None, paper_row=paper_row if paper else None,
                                 new_customer=is_new, entered_at=now)
            s.add(row)
            s.flush()
            if customer.consent:
                self._plan_follow_up(s, activity.id, customer.id, row)
            steps = STEPS if customer.consent else STEPS + ("consent",)
            return SignInResult(NEW if is_new else RETURNING, channel, customers.view(s, customer), row.id, when,
                                steps, self._due(s, customer.id, now, exclude_activity=activity.id))

    @publishes(ACTIVITIES)
    def void(self, actor: Actor, signin_id: str, reason: str) -> None:
        """Cancel a sign-in entered by mistake (a paper row entered twice): a new row naming it."""
        actor.require(Permission.MANAGE_ACTIVITIES)
        reason = common.clean_text(reason, 200)
        if not reason:
            raise UserError("signin.no_reason", tr_noop("Say why the sign-in is cancelled."))
        now = self.clock.now()
        with self.db.transaction() as s:
            original = s.get(ActivitySignIn, signin_id)
            if original is None or original.voids_id is not None:
                raise UserError("signin.not_found", tr_noop("This sign-in no longer exists."))
            common.editable(s, original.activity_id)
            if s.scalar(select(ActivitySignIn.id).where(ActivitySignIn.voids_id == original.id)):
                raise UserError("signin.already_void", tr_noop("This sign-in was already cancelled."))
            s.add(ActivitySignIn(activity_id=original.activity_id, customer_id=original.customer_id,
                                 channel_id=original.channel_id, at=original.at, staff_id=actor.staff_id,
                                 source=original.source, new_customer=original.new_customer, voids_id=original.id,
                                 entered_at=now))
            audit.append(s, now, "signin.voided", actor.staff_id, activity=original.activity_id,
                         signin=original.id, reason=reason)
            s.flush()
            _follow_up_after_void(s, original)

    @publishes(ACTIVITIES)
    def consent_given(self, actor: Actor, signin_id: str) -> None:
        """The customer just signed in agrees, when asked at the desk, to a follow-up call: the consent is
        recorded (audited) and the satisfaction call of this visit is planned, as if given at sign-in."""
        now = self.clock.now()
        with self.db.transaction() as s:
            row = s.get(ActivitySignIn, signin_id)
            customer = s.get(Customer, row.customer_id) if row is not None else None
            if row is None or customer is None or row.voids_id is not None:
                raise UserError("signin.not_found", tr_noop("This sign-in no longer exists."))
            self._running(s, row.activity_id)
            if customer.purged_at is not None:
                raise UserError("customer.purged",
                                tr_noop("This customer's details were removed after the retention period."))
            if not customer.consent:
                customer.consent, customer.consent_at = True, now
                audit.append(s, now, "customer.consent", actor.staff_id, customer=customer.id, consent=True)
            self._plan_follow_up(s, row.activity_id, customer.id, row)

    # -- the sign-in kiosk ------------------------------------------------------------------------

    def kiosk_opened(self, actor: Actor, activity_id: str) -> None:
        """A duty manager or above puts the customers' sign-in kiosk on screen for a running activity;
        audited. The kiosk then signs customers in without a member of staff (source "kiosk")."""
        actor.require(Permission.RUN_KIOSK)
        with self.db.transaction() as s:
            activity = self._running(s, activity_id)
            audit.append(s, self.clock.now(), KIOSK_OPENED, actor.staff_id, activity=activity.id)

    def kiosk_closed(self, actor: Actor) -> None:
        """Closing it needs the same role, or being the one who opened it last; audited."""
        with self.db.transaction() as s:
            opener = s.scalar(select(AuditEntry.actor_staff_id).where(AuditEntry.action == KIOSK_OPENED)
                              .order_by(AuditEntry.position.desc()).limit(1))
            if opener != actor.staff_id:
                actor.require(Permission.RUN_KIOSK)
            audit.append(s, self.clock.now(), "activity.kiosk_closed", actor.staff_id)

    # -- reads ----------------------------------------------------------------------------------

    def recent(self, activity_id: str, limit: int = 50) -> list[SignInLine]:
        """The latest sign-ins, newest first, phones masked; cancelled ones left out."""
        with self.db.reading() as s:
            voided = select(ActivitySignIn.voids_id).where(ActivitySignIn.activity_id == activity_id,
                                                           ActivitySignIn.voids_id.is_not(None))
            rows = s.execute(
                select(ActivitySignIn, Customer.phone, ActivityChannel.name)
                .join(Customer, Customer.id == ActivitySignIn.customer_id)
                .outerjoin(ActivityChannel, ActivityChannel.id == ActivitySignIn.channel_id)
                .where(ActivitySignIn.activity_id == activity_id, ActivitySignIn.voids_id.is_(None),
                       ActivitySignIn.id.not_in(voided))
                .order_by(ActivitySignIn.at.desc()).limit(limit)).all()
            return [SignInLine(r.id, r.at, customers.mask_phone(phone), channel or "", r.source, r.new_customer,
                               r.paper_sheet) for r, phone, channel in rows]

    def totals(self, activity_id: str) -> tuple[int, int]:
        """(sign-ins, of them new customers), cancelled ones left out."""
        with self.db.reading() as s:
            rows = s.execute(select(ActivitySignIn.voids_id.is_(None), ActivitySignIn.new_customer, func.count())
                             .where(ActivitySignIn.activity_id == activity_id)
                             .group_by(ActivitySignIn.voids_id.is_(None), ActivitySignIn.new_customer)).all()
        total = sum(n if live else -n for live, _new, n in rows)
        new = sum(n if live else -n for live, is_new, n in rows if is_new)
        return total, new

    # -- helpers --------------------------------------------------------------------------------

    def _hash_key(self, s: Session) -> bytes:
        if self._key is None:
            self._key = customers.hash_key(s)
        return self._key

    @staticmethod
    def _running(s: Session, activity_id: str) -> Activity:
        activity = common.load(s, activity_id)
        if activity.status == CLOSED:
            raise UserError("signin.closed", tr_noop("“{name}” is closed: it takes no more sign-ins."),
                            name=activity.name)
        if activity.status != RUNNING:
            raise UserError("signin.draft", tr_noop("“{name}” has not started yet: start it on the activities page."),
                            name=activity.name)
        return activity

    @staticmethod
    def _channel(s: Session, activity: Activity, code: str) -> ChannelRef:
        found = s.execute(select(ActivityChannel, Activity.name, Activity.status)
                          .join(Activity, Activity.id == ActivityChannel.activity_id)
                          .where(ActivityChannel.code == code)).first()
        if found is None:
            raise UserError("signin.unknown_code",
                            tr_noop("The code {code} is not on any poster or flyer of this branch: nothing was recorded."),
                            code=code)
        channel, name, status = found
        if channel.activity_id != activity.id:
            if status == CLOSED:
                raise UserError("signin.closed_code",
                                tr_noop("This poster or flyer is from “{name}”, which has closed: nothing was recorded. "
                                        "Type the customer's phone number instead."), name=name)
            raise UserError("signin.other_activity",
                            tr_noop("This poster or flyer is for another activity, “{name}”: nothing was recorded. "
                                    "Type the customer's phone number instead."), name=name)
        return ChannelRef(channel.id, channel.code, channel.name)

    @staticmethod
    def _plan_follow_up(s: Session, activity_id: str, customer_id: str, row: ActivitySignIn) -> None:
        if s.scalar(select(ActivityFollowUp.id).where(ActivityFollowUp.activity_id == activity_id,
                                                      ActivityFollowUp.customer_id == customer_id,
                                                      ActivityFollowUp.reason == "visit")):
            return  # one satisfaction call per customer and activity, after their first visit
        s.add(ActivityFollowUp(activity_id=activity_id, customer_id=customer_id, reason="visit", signin_id=row.id,
                               due_at=row.at + FOLLOW_UP_WITHIN, created_at=row.entered_at))

    @staticmethod
    def _due(s: Session, customer_id: str, now: dt.datetime,
             exclude_activity: str | None = None) -> tuple[DueFollowUp, ...]:
        query = (select(ActivityFollowUp, Activity.name).join(Activity, Activity.id == ActivityFollowUp.activity_id)
                 .where(ActivityFollowUp.customer_id == customer_id, ActivityFollowUp.done_at.is_(None),
                        Activity.status != CLOSED))
        if exclude_activity:
            query = query.where(ActivityFollowUp.activity_id != exclude_activity)
        return tuple(DueFollowUp(f.id, name, f.reason, f.due_at, f.due_at < now)
                     for f, name in s.execute(query.order_by(ActivityFollowUp.due_at)))


def _follow_up_after_void(s: Session, voided: ActivitySignIn) -> None:
    """The satisfaction call planned after a sign-in now cancelled: moved to the customer's next visit to the
    activity that still stands, or dropped when there is none and nobody has called yet."""
    follow_up = s.scalar(select(ActivityFollowUp).where(ActivityFollowUp.signin_id == voided.id,
                                                        ActivityFollowUp.done_at.is_(None)))
    if follow_up is None or s.scalar(select(ActivityContact.id).where(ActivityContact.followup_id == follow_up.id)):
        return  # already called: the call stands, whatever the sign-in
    cancelled = select(ActivitySignIn.voids_id).where(ActivitySignIn.voids_id.is_not(None))
    standing = s.scalars(select(ActivitySignIn).where(
        ActivitySignIn.activity_id == voided.activity_id, ActivitySignIn.customer_id == voided.customer_id,
        ActivitySignIn.voids_id.is_(None), ActivitySignIn.id.not_in(cancelled))
        .order_by(ActivitySignIn.at, ActivitySignIn.id)).first()
    if standing is None:
        s.delete(follow_up)
    else:
        follow_up.signin_id, follow_up.due_at = standing.id, standing.at + FOLLOW_UP_WITHIN


def _refuse_unreadable(scan: codes.Scan) -> None:
    if scan.kind is codes.ScanKind.MISTYPED:
        raise UserError("signin.mistyped",
                        tr_noop("The code {code} does not check out: a digit was misread or mistyped. "
                                "Scan it again, or type the customer's phone number."), code=scan.value)
    if scan.kind is codes.ScanKind.TRUNCATED:
        raise UserError("signin.truncated",
                        tr_noop("Only {n} digits came through: a poster code has 10 and a mobile number 11. "
                                "Scan again or type the whole number."), n=len(scan.value))
    if scan.kind is codes.ScanKind.UNKNOWN:
        raise UserError("signin.unreadable",
                        tr_noop("This is neither a poster code nor a mainland mobile number (11 digits starting 13-19): "
                                "nothing was recorded."))


def _signed_in_on(s: Session, activity_id: str, customer_id: str, day: dt.date,
                  zone: dt.tzinfo) -> ActivitySignIn | None:
    """The customer's live sign-in at the activity on that local day, if any."""
    start = dt.datetime.combine(day, dt.time(), tzinfo=zone)
    rows = s.scalars(select(ActivitySignIn).where(ActivitySignIn.customer_id == customer_id,
                                                  ActivitySignIn.at >= start,
                                                  ActivitySignIn.at < start + dt.timedelta(days=1))).all()
    voided = {r.voids_id for r in rows if r.voids_id}
    live = [r for r in rows if r.voids_id is None and r.id not in voided and r.activity_id == activity_id]
    return min(live, key=lambda r: r.at) if live else None
