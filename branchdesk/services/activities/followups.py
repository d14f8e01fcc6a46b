"""Follow-ups (issue 10, item 6): participants who agreed to be contacted are called within 48 hours of
their visit; each attempt is recorded (append-only), the closing one with the 1-5 satisfaction score.
Calling customers needs Permission.CALL_CUSTOMERS (the number is revealed, and audited, to call)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import common, customers
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import ActivityContact, ActivityFollowUp, Customer

OUTCOMES = ("reached", "unreachable", "declined")
DUE, OVERDUE, DONE = "due", "overdue", "done"


@dataclass(frozen=True)
class FollowUpView:
    id: str
    activity_id: str
    customer_id: str
    phone_masked: str
    name: str
    reason: str
    due_at: dt.datetime
    state: str  # due, overdue, done
    attempts: int
    satisfaction: int | None  # of the closing contact
    outcome: str | None
    done_at: dt.datetime | None


class FollowUps(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def listing(self, activity_id: str) -> list[FollowUpView]:
        """Overdue first, then due (the nearest first), then done."""
        now = self.clock.now()
        with self.db.reading() as s:
            common.load(s, activity_id)
            rows = s.execute(select(ActivityFollowUp, Customer)
                             .join(Customer, Customer.id == ActivityFollowUp.customer_id)
                             .where(ActivityFollowUp.activity_id == activity_id)).all()
            contacts = _contacts(s, activity_id)
            views = [_view(f, c, contacts.get(f.id, []), now) for f, c in rows]
        order = {OVERDUE: 0, DUE: 1, DONE: 2}
        return sorted(views, key=lambda v: (order[v.state], v.due_at))

    @publishes(ACTIVITIES)
    def record(self, actor: Actor, followup_id: str, outcome: str, satisfaction: int | None = None,
               offer: str = "", note: str = "") -> FollowUpView:
        """One call: reached (with a 1-5 score for a visit) and declined close the follow-up;
        unreachable is noted and it stays open for another try."""
        actor.require(Permission.CALL_CUSTOMERS)
        if outcome not in OUTCOMES:
            raise UserError("followup.no_outcome", tr_noop("Choose reached, unreachable or declined."))
        if outcome == "reached" and satisfaction is None:
            raise UserError("followup.no_score", tr_noop("Record the customer's satisfaction, 1 to 5."))
        if satisfaction is not None and not 1 <= satisfaction <= 5:
            raise UserError("followup.bad_score", tr_noop("Satisfaction is a score from 1 to 5."))
        if outcome != "reached":
            satisfaction = None
        offer = common.clean_text(offer, 200)
        note = common.clean_text(note, 400)
        now = self.clock.now()
        with self.db.transaction() as s:
            followup = s.get(ActivityFollowUp, followup_id)
            if followup is None:
                raise UserError("followup.not_found", tr_noop("This follow-up no longer exists."))
            common.editable(s, followup.activity_id)
            if followup.done_at is not None:
                raise UserError("followup.done", tr_noop("This follow-up is already done."))
            closes = outcome != "unreachable"
            s.add(ActivityContact(followup_id=followup.id, activity_id=followup.activity_id, outcome=outcome,
                                  satisfaction=satisfaction, offer=offer, note=note, closes=closes, at=now,
                                  staff_id=actor.staff_id))
            if closes:
                followup.done_at, followup.done_by = now, actor.staff_id
            audit.append(s, now, "followup.recorded", actor.staff_id, activity=followup.activity_id,
                         followup=followup.id, outcome=outcome, satisfaction=satisfaction)
            customer = s.get(Customer, followup.customer_id)
            assert customer is not None
            s.flush()
            return _view(followup, customer, _contacts(s, followup.activity_id).get(followup.id, []), now)


def _contacts(s: Session, activity_id: str) -> dict[str, list[ActivityContact]]:
    found: dict[str, list[ActivityContact]] = {}
    for c in s.scalars(select(ActivityContact).where(ActivityContact.activity_id == activity_id)
                       .order_by(ActivityContact.seq)):
        found.setdefault(c.followup_id, []).append(c)
    return found


def _view(f: ActivityFollowUp, c: Customer, contacts: list[ActivityContact], now: dt.datetime) -> FollowUpView:
    closing = next((x for x in reversed(contacts) if x.closes), None)
    state = DONE if f.done_at is not None else OVERDUE if f.due_at < now else DUE
    return FollowUpView(f.id, f.activity_id, c.id, customers.mask_phone(c.phone), c.name or "", f.reason, f.due_at,
                        state, len(contacts), closing.satisfaction if closing else None,
                        closing.outcome if closing else None, f.done_at)
