"""After the activity (issue 10, item 6): invited customers who did not come get their own list, with the
recap or compensation offered; corrections of a recorded contact; the count of follow-ups due and overdue
for the home page.

A no-show is a customer invited to the activity with no sign-in at it. They may still come until the last
event day ends, so they are "waiting" until then; from then on they are to be contacted within 48 hours
(branch practice: the recap or a compensation offer), like participants after their visit. The follow-up
row (reason "no_show") is made with the first contact, in the same transaction.

48 hours are 48 real hours, kept in UTC: weekends count (the branch practice says "within 48 hours", and
a branch of grades 1-3 opens every day) and a change of the branch's time zone moves no deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import common, customers
from branchdesk.services.activities.common import CLOSED
from branchdesk.services.activities.followups import DONE, DUE, OUTCOMES, OVERDUE
from branchdesk.services.activities.signin import FOLLOW_UP_WITHIN
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import (
    Activity,
    ActivityContact,
    ActivityDay,
    ActivityFollowUp,
    ActivityInvitation,
    ActivitySignIn,
    Customer,
)

WAITING = "waiting"  # the activity is not over: they may still come
NO_SHOW = "no_show"


@dataclass(frozen=True)
class NoShowView:
    customer_id: str
    phone_masked: str
    name: str
    invited_how: tuple[str, ...]
    invited_at: dt.datetime
    state: str  # waiting, due, overdue, done
    due_at: dt.datetime | None  # None while the activity has no days
    followup_id: str | None
    attempts: int
    outcome: str | None  # of the closing contact
    offer: str
    done_at: dt.datetime | None
    consent: bool  # to be called; without it, only told in person


@dataclass(frozen=True)
class FollowUpCounts:
    due: int
    overdue: int

    @property
    def open(self) -> int:
        return self.due + self.overdue


class NoShows(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch

    def listing(self, activity_id: str) -> list[NoShowView]:
        """Overdue first, then due, then waiting, then done."""
        now = self.clock.now()
        zone = self.branch.require_settings().zone
        with self.db.reading() as s:
            common.load(s, activity_id)
            ends = _last_day_ends(s, activity_id, zone)
            views = _no_shows(s, activity_id, ends, now)
        order = {OVERDUE: 0, DUE: 1, WAITING: 2, DONE: 3}
        return sorted(views, key=lambda v: (order[v.state], v.invited_at))

    @publishes(ACTIVITIES)
    def record(self, actor: Actor, activity_id: str, customer_id: str, outcome: str, offer: str = "",
               note: str = "") -> NoShowView:
        """One call to an invited customer who did not come: reached (with what was offered) and declined
        close it; unreachable is noted and it stays open."""
        actor.require(Permission.CALL_CUSTOMERS)
        offer, note = _checked(outcome, offer, note)
        now = self.clock.now()
        zone = self.branch.require_settings().zone
        with self.db.transaction() as s:
            common.editable(s, activity_id)
            ends = _last_day_ends(s, activity_id, zone)
            view = next((v for v in _no_shows(s, activity_id, ends, now) if v.customer_id == customer_id), None)
            if view is None:
                raise UserError("noshow.not_found",
                                tr_noop("This customer was not invited, or came: they are not on the no-show list."))
            if view.state == WAITING:
                raise UserError("noshow.waiting",
                                tr_noop("The activity's last day is not over: the customer may still come."))
            if view.state == DONE:
                raise UserError("followup.done", tr_noop("This follow-up is already done."))
            followup = s.get(ActivityFollowUp, view.followup_id) if view.followup_id else None
            if followup is None:
                assert view.due_at is not None
                followup = ActivityFollowUp(activity_id=activity_id, customer_id=customer_id, reason=NO_SHOW,
                                            due_at=view.due_at, created_at=now)
                s.add(followup)
                s.flush()
            closes = outcome != "unreachable"
            s.add(ActivityContact(followup_id=followup.id, activity_id=activity_id, outcome=outcome, satisfaction=None,
                                  offer=offer, note=note, closes=closes, at=now, staff_id=actor.staff_id))
            if closes:
                followup.done_at, followup.done_by = now, actor.staff_id
            audit.append(s, now, "followup.recorded", actor.staff_id, activity=activity_id, followup=followup.id,
                         outcome=outcome, offer=offer)
            s.flush()
            return next(v for v in _no_shows(s, activity_id, ends, now) if v.customer_id == customer_id)

    @publishes(ACTIVITIES)
    def correct(self, actor: Actor, followup_id: str, outcome: str, satisfaction: int | None = None,
                offer: str = "", note: str = "") -> None:
        """A done follow-up recorded wrongly (the wrong score, say): a new closing contact that takes the
        place of the earlier one in every figure; the earlier one stays as it was."""
        actor.require(Permission.CALL_CUSTOMERS)
        if outcome == "unreachable":
            raise UserError("followup.correct_open",
                            tr_noop("A correction records what the customer said: reached or declined."))
        offer, note = _checked(outcome, offer, note, satisfaction=satisfaction, scored=None)
        now = self.clock.now()
        with self.db.transaction() as s:
            followup = s.get(ActivityFollowUp, followup_id)
            if followup is None:
                raise UserError("followup.not_found", tr_noop("This follow-up no longer exists."))
            common.editable(s, followup.activity_id)
            if followup.done_at is None:
                raise UserError("followup.not_done",
                                tr_noop("This follow-up is still open: record the call instead of a correction."))
            visit = followup.reason != NO_SHOW
            _checked(outcome, offer, note, satisfaction=satisfaction, scored=visit)
            s.add(ActivityContact(followup_id=followup.id, activity_id=followup.activity_id, outcome=outcome,
                                  satisfaction=satisfaction if visit and outcome == "reached" else None,
                                  offer=offer if not visit else "", note=note, closes=True, at=now,
                                  staff_id=actor.staff_id))
            audit.append(s, now, "followup.corrected", actor.staff_id, activity=followup.activity_id,
                         followup=followup.id, outcome=outcome, satisfaction=satisfaction)

    def counts(self) -> FollowUpCounts:
        """Follow-ups of activities not closed still to do: after a visit, and no-shows once the activity
        is over. For the home page."""
        now = self.clock.now()
        settings = self.branch.settings()
        if settings is None:
            return FollowUpCounts(0, 0)
        zone = settings.zone
        due = overdue = 0
        with self.db.reading() as s:
            open_visits = s.execute(
                select(ActivityFollowUp.due_at < now, func.count())
                .join(Activity, Activity.id == ActivityFollowUp.activity_id)
                .where(Activity.status != CLOSED, ActivityFollowUp.done_at.is_(None),
                       ActivityFollowUp.reason != NO_SHOW)
                .group_by(ActivityFollowUp.due_at < now)).all()
            for late, n in open_visits:
                overdue, due = (overdue + n, due) if late else (overdue, due + n)
            invited_to = s.scalars(select(ActivityInvitation.activity_id).distinct()
                                   .join(Activity, Activity.id == ActivityInvitation.activity_id)
                                   .where(Activity.status != CLOSED)).all()
            for activity_id in invited_to:
                for view in _no_shows(s, activity_id, _last_day_ends(s, activity_id, zone), now):
                    due += view.state == DUE
                    overdue += view.state == OVERDUE
        return FollowUpCounts(due, overdue)


def _checked(outcome: str, offer: str, note: str, *, satisfaction: int | None = None,
             scored: bool | None = False) -> tuple[str, str]:
    """scored: True for a visit follow-up (a reached one needs the 1-5 score), False for a no-show (a
    reached one needs the offer), None when not yet known."""
    if outcome not in OUTCOMES:
        raise UserError("followup.no_outcome", tr_noop("Choose reached, unreachable or declined."))
    offer = common.clean_text(offer, 200)
    note = common.clean_text(note, 400)
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise UserError("followup.bad_score", tr_noop("Satisfaction is a score from 1 to 5."))
    if outcome == "reached" and scored is True and satisfaction is None:
        raise UserError("followup.no_score", tr_noop("Record the customer's satisfaction, 1 to 5."))
    if outcome == "reached" and scored is False and not offer:
        raise UserError("noshow.no_offer",
                        tr_noop("Say what was offered: the activity's recap or a compensation."))
    return offer, note


def _last_day_ends(s: Session, activity_id: str, zone: dt.tzinfo) -> dt.datetime | None:
    """When the activity's last event day ends (its closing hour, else midnight), in UTC."""
    last = s.execute(select(ActivityDay.day, ActivityDay.ends).where(ActivityDay.activity_id == activity_id)
                     .order_by(ActivityDay.day.desc()).limit(1)).first()
    if last is None:
        return None
    day, ends = last
    local = dt.datetime.combine(day, ends, tzinfo=zone) if ends else \
        dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    return local.astimezone(dt.timezone.utc)


def _no_shows(s: Session, activity_id: str, ends: dt.datetime | None, now: dt.datetime) -> list[NoShowView]:
    invitations: dict[str, list[ActivityInvitation]] = {}
    for row in s.scalars(select(ActivityInvitation).where(ActivityInvitation.activity_id == activity_id)
                         .order_by(ActivityInvitation.seq)):
        invitations.setdefault(row.customer_id, []).append(row)
    if not invitations:
        return []
    signins = s.scalars(select(ActivitySignIn).where(ActivitySignIn.activity_id == activity_id)).all()
    voided = {r.voids_id for r in signins if r.voids_id}
    came = {r.customer_id for r in signins if r.voids_id is None and r.id not in voided}
    followups = {f.customer_id: f for f in s.scalars(select(ActivityFollowUp).where(
        ActivityFollowUp.activity_id == activity_id, ActivityFollowUp.reason == NO_SHOW))}
    contacts: dict[str, list[ActivityContact]] = {}
    for c in s.scalars(select(ActivityContact).where(ActivityContact.activity_id == activity_id)
                       .order_by(ActivityContact.seq)):
        contacts.setdefault(c.followup_id, []).append(c)
    people = {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_(list(invitations))))}
    views = []
    for customer_id, invited in invitations.items():
        if customer_id in came:
            continue
        person = people[customer_id]
        followup = followups.get(customer_id)
        mine = contacts.get(followup.id, []) if followup else []
        closing = next((x for x in reversed(mine) if x.closes), None)
        due_at = followup.due_at if followup else (ends + FOLLOW_UP_WITHIN if ends else None)
        if followup is not None and followup.done_at is not None:
            state = DONE
        elif ends is None or now < ends:
            state = WAITING
        else:
            state = OVERDUE if due_at is not None and due_at < now else DUE
        views.append(NoShowView(customer_id, customers.mask_phone(person.phone), person.name or "",
                                tuple(dict.fromkeys(i.how for i in invited)), invited[0].at, state, due_at,
                                followup.id if followup else None, len(mine), closing.outcome if closing else None,
                                closing.offer if closing else "", followup.done_at if followup else None,
                                person.consent))
    return views
