"""Business done by participants during an activity (issue 10, the "business done" goal): recorded as it
happens, append-only; a correction is a negative quantity naming the entry it corrects. Anyone signed in
records what they handled."""

from __future__ import annotations

from sqlalchemy import func, select

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import common
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor
from branchdesk.store import Database
from branchdesk.store.models import ActivityBusiness, Customer

MAX_QUANTITY = 1000


class BusinessDone(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @publishes(ACTIVITIES)
    def record(self, actor: Actor, activity_id: str, business: str, quantity: int = 1,
               customer_id: str | None = None, amount_fen: int | None = None,
               corrects_id: str | None = None) -> str:
        business = common.clean_text(business, 40)
        if not business:
            raise UserError("business.no_name", tr_noop("Say which business was done."))
        if quantity == 0 or abs(quantity) > MAX_QUANTITY or (quantity < 0 and corrects_id is None):
            raise UserError("business.bad_quantity",
                            tr_noop("Enter how many, 1 to {n}; a correction names the entry it corrects."),
                            n=MAX_QUANTITY)
        now = self.clock.now()
        with self.db.transaction() as s:
            activity = common.editable(s, activity_id)
            if activity.status != common.RUNNING:
                raise UserError("business.not_running", tr_noop("Business is recorded while the activity runs."))
            if customer_id is not None and s.get(Customer, customer_id) is None:
                raise UserError("customer.not_found", tr_noop("This customer no longer exists."))
            if corrects_id is not None and s.get(ActivityBusiness, corrects_id) is None:
                raise UserError("business.not_found", tr_noop("The entry to correct no longer exists."))
            row = ActivityBusiness(activity_id=activity.id, customer_id=customer_id, business=business,
                                   quantity=quantity, amount_fen=amount_fen, corrects_id=corrects_id, at=now,
                                   staff_id=actor.staff_id)
            s.add(row)
            s.flush()
            audit.append(s, now, "business.recorded", actor.staff_id, activity=activity.id, entry=row.id,
                         business=business, quantity=quantity, corrects=corrects_id)
            return row.id

    def total(self, activity_id: str) -> int:
        """Items of business done, corrections counted."""
        with self.db.reading() as s:
            return int(s.scalar(select(func.coalesce(func.sum(ActivityBusiness.quantity), 0))
                                .where(ActivityBusiness.activity_id == activity_id)) or 0)
