"""Invitations (issue 10, item 6): the list to call, by segment, last visit and consent; who was invited
and how (append-only); and after the event days, a follow-up for each invited customer who did not come
(the recap or the compensation offered is recorded on it). MANAGE_ACTIVITIES; phones masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import common, customers
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import ActivityFollowUp, ActivityInvitation, ActivitySignIn, Customer

HOW = ("phone", "sms", "wechat", "in_person", "letter")
NO_SHOW_WITHIN = dt.timedelta(hours=48)


@dataclass(frozen=True)
class Candidate:
    customer_id: str
    phone_masked: str
    name: str
    segment: str
    last_visit: dt.datetime | None
    invited: bool  # already invited to this activity


class Invitations(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def candidates(self, activity_id: str, segments: tuple[str, ...] = (),
                   not_seen_since: dt.datetime | None = None) -> list[Candidate]:
        """Customers who agreed to be contacted (and not purged), of these segments (any when none),
        whose last visit was before `not_seen_since` (any when None); the longest unseen first."""
        with self.db.reading() as s:
            common.load(s, activity_id)
            last = (select(ActivitySignIn.customer_id, func.max(ActivitySignIn.at).label("last"))
                    .group_by(ActivitySignIn.customer_id).subquery())
            query = (select(Customer, last.c.last).outerjoin(last, last.c.customer_id == Customer.id)
                     .where(Customer.consent.is_(True), Customer.purged_at.is_(None)))
            if segments:
                query = query.where(Customer.segment.in_(segments))
            if not_seen_since is not None:
                query = query.where((last.c.last.is_(None)) | (last.c.last < not_seen_since))
            invited = set(s.scalars(select(ActivityInvitation.customer_id)
                                    .where(ActivityInvitation.activity_id == activity_id)))
            rows = s.execute(query).all()
        found = [Candidate(c.id, customers.mask_phone(c.phone), c.name or "", c.segment,
                           seen.replace(tzinfo=dt.timezone.utc) if seen is not None and seen.tzinfo is None else seen,
                           c.id in invited) for c, seen in rows]
        return sorted(found, key=lambda c: (c.last_visit is not None, c.last_visit or dt.datetime.min))

    @publishes(ACTIVITIES)
    def invite(self, actor: Actor, activity_id: str, customer_id: str, how: str, note: str = "") -> None:
        actor.require(Permission.MANAGE_ACTIVITIES)
        if how not in HOW:
            raise UserError("invitation.no_how", tr_noop("Choose how the customer was invited."))
        note = common.clean_text(note, 200)
        now = self.clock.now()
        with self.db.transaction() as s:
            activity = common.editable(s, activity_id)
            customer = s.get(Customer, customer_id)
            if customer is None or customer.purged_at is not None:
                raise UserError("customer.not_found", tr_noop("This customer no longer exists."))
            if not customer.consent:
                raise UserError("invitation.no_consent",
                                tr_noop("This customer did not agree to be contacted: do not invite them."))
            s.add(ActivityInvitation(activity_id=activity.id, customer_id=customer.id, how=how, note=note, at=now,
                                     staff_id=actor.staff_id))
            audit.append(s, now, "invitation.recorded", actor.staff_id, activity=activity.id, customer=customer.id,
                         how=how)

    @publishes(ACTIVITIES)
    def plan_no_show_follow_ups(self, actor: Actor, activity_id: str) -> int:
        """After the last event day: a follow-up (reason "no_show") for each invited customer who never
        signed in, due within 48 hours. Returns how many were added (none twice)."""
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
