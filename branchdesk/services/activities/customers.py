"""Customers of activities (issue 10, item 5): the minimal record, phone numbers masked everywhere but for
the roles that call customers (each reveal audited), and a retention period after which personal details
are purged while the counts remain.

The phone number and name stay on this PC: the change log carries `phone_hash`, an HMAC-SHA256 of the
number under a random key kept in this PC's local settings (never synced), so HQ can count a customer
across the branch's activities without learning the number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.printing.activity_data import mask_phone as printed_mask
from branchdesk.services import audit, local_settings
from branchdesk.services.activities import codes
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, SETTINGS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import ActivitySignIn, Customer, LocalSetting

HASH_KEY_SETTING = "customers.hash_key"
RETENTION_SETTING = "customers.retention_days"
DEFAULT_RETENTION_DAYS = 730  # two years: long enough to invite last year's participants again
RETENTION_DAYS = range(30, 3651)
SEGMENTS_MAX = 20


def mask_phone(phone: str | None) -> str:
    """138****1234, as the printouts mask it; a purged customer shows as asterisks."""
    return printed_mask(phone) if phone else "***********"


def hash_key(s: Session) -> bytes:
    """This PC's key for phone hashes, made at first use inside the caller's transaction."""
    row = s.get(LocalSetting, HASH_KEY_SETTING)
    if row is None:
        row = LocalSetting(key=HASH_KEY_SETTING, value=secrets.token_hex(32))
        s.add(row)
        s.flush()
    return bytes.fromhex(row.value)


def phone_hash(key: bytes, phone: str) -> str:
    return hmac.new(key, phone.encode("ascii"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class CustomerView:
    id: str
    phone_masked: str
    name: str
    segment: str
    consent: bool
    consent_at: dt.datetime | None
    first_seen_at: dt.datetime
    last_seen_at: dt.datetime | None
    visits: int  # sign-ins at any activity
    purged: bool


def view(s: Session, row: Customer) -> CustomerView:
    last, made, voided = s.execute(
        select(func.max(ActivitySignIn.at), func.count(), func.count(ActivitySignIn.voids_id))
        .where(ActivitySignIn.customer_id == row.id)).one()
    visits = made - 2 * voided  # a void row cancels one sign-in and counts as none itself
    return CustomerView(row.id, mask_phone(row.phone), row.name or "", row.segment, row.consent, row.consent_at,
                        row.first_seen_at, last, int(visits), row.purged_at is not None)


class Customers(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def get(self, customer_id: str) -> CustomerView:
        with self.db.reading() as s:
            return view(s, _customer(s, customer_id))

    def find(self, text: str) -> CustomerView | None:
        """The customer with this mobile number (typed any way), masked; None if none."""
        phone = codes.mobile_number(text)
        if phone is None:
            raise UserError("customer.bad_phone", tr_noop("Enter an 11-digit mainland mobile number, like 13812345678."))
        with self.db.reading() as s:
            row = s.scalar(select(Customer).where(Customer.phone == phone))
            return view(s, row) if row else None

    def reveal_phone(self, actor: Actor, customer_id: str, reason: str = "follow_up") -> str:
        """The whole number, for the roles that call customers; every reveal is audited."""
        actor.require(Permission.CALL_CUSTOMERS)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = _customer(s, customer_id)
            if row.phone is None:
                raise UserError("customer.purged",
                                tr_noop("This customer's details were removed after the retention period."))
            audit.append(s, now, "customer.phone_revealed", actor.staff_id, customer=row.id, reason=reason)
            return row.phone

    @publishes(ACTIVITIES)
    def set_consent(self, actor: Actor, customer_id: str, consent: bool) -> CustomerView:
        now = self.clock.now()
        with self.db.transaction() as s:
            row = _customer(s, customer_id)
            if row.consent != consent:
                row.consent, row.consent_at = consent, now
                audit.append(s, now, "customer.consent", actor.staff_id, customer=row.id, consent=consent)
            return view(s, row)

    @publishes(ACTIVITIES)
    def set_details(self, actor: Actor, customer_id: str, name: str, segment: str) -> CustomerView:
        from branchdesk.services.activities.plans import SEGMENTS

        name = (name or "").strip()
        if len(name) > 40:
            raise UserError("customer.long_name", tr_noop("A name has at most 40 characters."))
        if segment and segment not in SEGMENTS:
            raise UserError("activity.bad_segment", tr_noop("Choose the target customers from the list."))
        now = self.clock.now()
        with self.db.transaction() as s:
            row = _customer(s, customer_id)
            if row.purged_at is not None:
                raise UserError("customer.purged",
                                tr_noop("This customer's details were removed after the retention period."))
            row.name, row.segment = name or None, segment
            audit.append(s, now, "customer.details", actor.staff_id, customer=row.id, segment=segment)
            return view(s, row)

    # -- retention ------------------------------------------------------------------------------

    def retention_days(self) -> int:
        with self.db.reading() as s:
            row = s.get(LocalSetting, RETENTION_SETTING)
        return int(row.value) if row and row.value.isdigit() else DEFAULT_RETENTION_DAYS

    @publishes(SETTINGS)
    def set_retention_days(self, actor: Actor, days: int) -> None:
        actor.require(Permission.EDIT_BRANCH)
        if days not in RETENTION_DAYS:
            raise UserError("customer.bad_retention",
                            tr_noop("Keep customers' details between 30 days and 10 years (3650 days)."))
        now = self.clock.now()
        with self.db.transaction() as s:
            before = s.get(LocalSetting, RETENTION_SETTING)
            audit.append(s, now, "customer.retention", actor.staff_id, days=[before.value if before else None, days])
            local_settings.put(s, RETENTION_SETTING, str(days))

    @publishes(ACTIVITIES)
    def purge_expired(self) -> int:
        """Remove the phone, name and hash of customers not seen for the retention period; their sign-ins
        stay (the counts remain), tied to a customer no one can identify. Returns how many were purged."""
        now = self.clock.now()
        cutoff = now - dt.timedelta(days=self.retention_days())
        with self.db.transaction() as s:
            seen = (select(ActivitySignIn.customer_id).where(ActivitySignIn.at >= cutoff)
                    .where(ActivitySignIn.customer_id == Customer.id))
            expired = list(s.scalars(select(Customer.id).where(Customer.purged_at.is_(None),
                                                                Customer.first_seen_at < cutoff,
                                                                ~seen.exists())))
            for start in range(0, len(expired), 500):  # SQLite's limit on bound parameters
                s.execute(update(Customer).where(Customer.id.in_(expired[start:start + 500]))
                          .values(phone=None, name=None, phone_hash=None, consent=False, purged_at=now))
            if expired:
                audit.append(s, now, "customer.purged", None, count=len(expired), before=cutoff.isoformat())
        return len(expired)


def _customer(s: Session, customer_id: str) -> Customer:
    row = s.get(Customer, customer_id) if customer_id else None
    if row is None:
        raise UserError("customer.not_found", tr_noop("This customer no longer exists."))
    return row
