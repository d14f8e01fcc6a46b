"""Invitations (issue 10, item 6): a list of customers to invite, chosen by segment, last visit and consent;
who was invited and how (append-only); the list as a call sheet to print or export.

Phone numbers are masked on the list and the call sheet, except for the roles that call customers
(Permission.CALL_CUSTOMERS): their call sheet carries the whole numbers of the customers who agreed to be
contacted, and making it is audited with the customers it revealed. A customer who did not agree is
never called: their number stays masked on every sheet, and only an in-person invitation is recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.printing.call_sheet_data import CallLine, CallSheet
from branchdesk.services import audit
from branchdesk.services.activities import common, customers
from branchdesk.services.activities.plans import SEGMENTS
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import (
    ActivityDay,
    ActivityFollowUp,
    ActivityInvitation,
    ActivitySignIn,
    Customer,
    Staff,
)

HOW = ("phone", "sms", "wechat", "in_person", "letter")
CONSENT_GIVEN, CONSENT_ANY, CONSENT_NOT_GIVEN = "given", "any", "not_given"
# (Chinese, English): the printed sheet is plain words, not Qt translations.
SEGMENT_WORDS = {"elderly": ("老年人", "Elderly"), "farmers": ("农户", "Farmers"), "merchants": ("个体商户", "Merchants"),
                 "students": ("学生", "Students"), "young_families": ("年轻家庭", "Young families"),
                 "other": ("其他客户", "Others"), "": ("未分类", "Not set")}
HOW_WORDS = {"phone": ("电话", "Phone"), "sms": ("短信", "SMS"), "wechat": ("微信", "WeChat"),
             "in_person": ("当面", "In person"), "letter": ("信函", "Letter")}
MAX_BATCH = 2000
NO_SHOW_WITHIN = dt.timedelta(hours=48)


@dataclass(frozen=True)
class InviteFilter:
    segments: tuple[str, ...] = ()  # none chosen: every segment
    visited_since: dt.date | None = None  # last visit on or after this day
    not_visited_since: dt.date | None = None  # no visit on or after this day or instant (never visited counts)
    consent: str = CONSENT_GIVEN
    include_invited: bool = True  # those already invited to this activity, marked


@dataclass(frozen=True)
class Candidate:
    customer_id: str
    phone_masked: str
    name: str
    segment: str
    consent: bool
    last_visit: dt.datetime | None
    visits: int
    invited_how: tuple[str, ...] = field(default=())  # to this activity, in order
    invited_at: dt.datetime | None = None  # the latest invitation

    @property
    def invited(self) -> bool:
        """Already invited to this activity."""
        return bool(self.invited_how)


class Invitations(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch

    def candidates(self, activity_id: str, chosen: InviteFilter | None = None, *, segments: tuple[str, ...] = (),
                   not_seen_since: dt.datetime | None = None) -> list[Candidate]:
        """Customers matching the filter, masked, the longest unseen first (never seen: first of all).
        Without a filter: those who agreed to be contacted, of `segments`, not seen since then."""
        if chosen is None:
            chosen = InviteFilter(segments=segments, not_visited_since=not_seen_since)
        _checked(chosen)
        zone = self.branch.require_settings().zone
        with self.db.reading() as s:
            common.load(s, activity_id)
            return _candidates(s, activity_id, chosen, zone)

    @publishes(ACTIVITIES)
    def record(self, actor: Actor, activity_id: str, customer_ids: list[str], how: str, note: str = "") -> int:
        """Invited these customers, this way: one row each (append-only). Returns how many."""
        actor.require(Permission.CALL_CUSTOMERS)
        if how not in HOW:
            raise UserError("invitation.no_how", tr_noop("Choose how the customers were invited."))
        if not customer_ids:
            raise UserError("invitation.none", tr_noop("Choose the customers who were invited."))
        if len(customer_ids) > MAX_BATCH:
            raise UserError("invitation.too_many", tr_noop("Record at most {n} invitations at once."), n=MAX_BATCH)
        note = common.clean_text(note, 200)
        now = self.clock.now()
        with self.db.transaction() as s:
            common.editable(s, activity_id)
            found = {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_(set(customer_ids))))}
            for customer_id in dict.fromkeys(customer_ids):
                person = found.get(customer_id)
                if person is None or person.purged_at is not None:
                    raise UserError("customer.not_found", tr_noop("This customer no longer exists."))
                if not person.consent and how != "in_person":
                    raise UserError("invitation.no_consent",
                                    tr_noop("{phone} has not agreed to be contacted: invite them only in person, "
                                            "when they come by. Nothing was recorded."),
                                    phone=customers.mask_phone(person.phone))
                s.add(ActivityInvitation(activity_id=activity_id, customer_id=customer_id, how=how, note=note,
                                         at=now, staff_id=actor.staff_id))
            count = len(dict.fromkeys(customer_ids))
            audit.append(s, now, "invitation.recorded", actor.staff_id, activity=activity_id, how=how, count=count)
        return count

    def invite(self, actor: Actor, activity_id: str, customer_id: str, how: str, note: str = "") -> None:
        """One customer invited (see `record`)."""
        self.record(actor, activity_id, [customer_id], how, note)

    @publishes(ACTIVITIES)
    def plan_no_show_follow_ups(self, actor: Actor, activity_id: str) -> int:
        """A follow-up (reason "no_show") now for each invited customer who never signed in, due within 48
        hours; none twice. Returns how many were added. (NoShows lists them without this step, due 48
        hours after the last event day ends, and makes the row with the first call.)"""
        actor.require(Permission.MANAGE_ACTIVITIES)
        now = self.clock.now()
        with self.db.transaction() as s:
            activity = common.editable(s, activity_id)
            came = select(ActivitySignIn.customer_id).where(ActivitySignIn.activity_id == activity.id)
            planned = select(ActivityFollowUp.customer_id).where(ActivityFollowUp.activity_id == activity.id,
                                                                 ActivityFollowUp.reason == "no_show")
            missing = set(s.scalars(select(ActivityInvitation.customer_id)
                                    .where(ActivityInvitation.activity_id == activity.id,
                                           ActivityInvitation.customer_id.not_in(came),
                                           ActivityInvitation.customer_id.not_in(planned))))
            for customer_id in sorted(missing):
                s.add(ActivityFollowUp(activity_id=activity.id, customer_id=customer_id, reason="no_show",
                                       due_at=now + NO_SHOW_WITHIN, created_at=now))
            if missing:
                audit.append(s, now, "invitation.no_shows", actor.staff_id, activity=activity.id, count=len(missing))
        return len(missing)

    def call_sheet(self, actor: Actor, activity_id: str, chosen: InviteFilter, filter_words: str) -> CallSheet:
        """The list as a call sheet. Whole numbers for the roles that call customers (consenting customers
        only), the reveal audited; masked for everyone else."""
        _checked(chosen)
        settings = self.branch.require_settings()
        zone = settings.zone
        full = actor.can(Permission.CALL_CUSTOMERS)
        now = self.clock.now()
        with self.db.transaction() as s:  # a write: the reveal is audited with the sheet
            activity = common.load(s, activity_id)
            found = _candidates(s, activity_id, chosen, zone)
            phones: dict[str, str | None] = {
                cid: phone for cid, phone in s.execute(
                    select(Customer.id, Customer.phone).where(Customer.id.in_([c.customer_id for c in found
                                                                                if c.consent])))} if full else {}
            revealed = [c.customer_id for c in found if phones.get(c.customer_id)]
            if revealed:
                audit.append(s, now, "customer.phone_revealed", actor.staff_id, reason="call_sheet",
                             activity=activity.id, customers=revealed)
            days = list(s.scalars(select(ActivityDay.day).where(ActivityDay.activity_id == activity.id)))
            lines = tuple(
                CallLine(i, c.name, phones.get(c.customer_id) or c.phone_masked, *SEGMENT_WORDS.get(c.segment, (c.segment,
                         c.segment)), c.last_visit.astimezone(zone).date() if c.last_visit else None, c.visits,
                         c.consent, _invited_words(c, zone))
                for i, c in enumerate(found, start=1))
            staff = s.get(Staff, actor.staff_id)
            return CallSheet(settings.name, activity.name, activity.code, min(days, default=None),
                             max(days, default=None), filter_words, now.astimezone(zone),
                             staff.full_name if staff else actor.full_name, bool(revealed), lines)


def _checked(chosen: InviteFilter) -> None:
    if any(seg not in SEGMENTS and seg != "" for seg in chosen.segments):
        raise UserError("activity.bad_segment", tr_noop("Choose the target customers from the list."))
    if chosen.consent not in (CONSENT_GIVEN, CONSENT_ANY, CONSENT_NOT_GIVEN):
        raise ValueError(chosen.consent)
    if chosen.visited_since and chosen.not_visited_since and chosen.visited_since >= chosen.not_visited_since:
        raise UserError("invitation.bad_visits",
                        tr_noop("“Visited since” must be before “not visited since”, or nobody can match."))


def _candidates(s: Session, activity_id: str, chosen: InviteFilter, zone: dt.tzinfo) -> list[Candidate]:
    # A customer's live sign-ins: every sign-in row counts one, a void row cancels one (and is itself none).
    voids = select(ActivitySignIn.voids_id).where(ActivitySignIn.voids_id.is_not(None))
    live = (select(ActivitySignIn.customer_id.label("cid"), func.max(ActivitySignIn.at).label("last"),
                   func.count().label("visits"))
            .where(ActivitySignIn.voids_id.is_(None), ActivitySignIn.id.not_in(voids))
            .group_by(ActivitySignIn.customer_id).subquery())
    query = (select(Customer, live.c.last, live.c.visits).outerjoin(live, live.c.cid == Customer.id)
             .where(Customer.purged_at.is_(None)))
    if chosen.segments:
        query = query.where(Customer.segment.in_(chosen.segments))
    if chosen.consent == CONSENT_GIVEN:
        query = query.where(Customer.consent.is_(True))
    elif chosen.consent == CONSENT_NOT_GIVEN:
        query = query.where(Customer.consent.is_(False))
    if chosen.visited_since:
        query = query.where(live.c.last >= _start(chosen.visited_since, zone))
    if chosen.not_visited_since:
        since = _start(chosen.not_visited_since, zone)
        query = query.where((live.c.last.is_(None)) | (live.c.last < since))
    invited: dict[str, list[ActivityInvitation]] = {}
    for row in s.scalars(select(ActivityInvitation).where(ActivityInvitation.activity_id == activity_id)
                         .order_by(ActivityInvitation.seq)):
        invited.setdefault(row.customer_id, []).append(row)
    found = []
    for person, last, visits in s.execute(query):
        mine = invited.get(person.id, [])
        if mine and not chosen.include_invited:
            continue
        found.append(Candidate(person.id, customers.mask_phone(person.phone), person.name or "", person.segment,
                               person.consent, last, int(visits or 0), tuple(i.how for i in mine),
                               mine[-1].at if mine else None))
    never = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return sorted(found, key=lambda c: (c.last_visit or never, c.phone_masked))


def _start(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    if isinstance(day, dt.datetime):  # an instant already
        return day.astimezone(dt.timezone.utc)
    return dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.timezone.utc)


def _invited_words(c: Candidate, zone: dt.tzinfo) -> str:
    if not c.invited_how or c.invited_at is None:
        return ""
    how = "、".join(dict.fromkeys(HOW_WORDS.get(h, (h, h))[0] for h in c.invited_how))
    return f"{how} {c.invited_at.astimezone(zone):%m-%d}"

