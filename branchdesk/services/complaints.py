"""The complaint register (issue 11, item 6; branch-practice.md, "answered within 3 days").

The deadline is three *calendar* days after receipt, at the same local time in the branch's time zone
(weekends and holidays count: the practice says "within 3 days", not working days). It is fixed when
the complaint is registered: the promise made to the customer does not move if the branch's time zone
setting is changed later. The customer's contact is kept as entered (the county may call back) and
only ever shown masked (138****1234).

Anyone signed in registers a complaint and adds steps to it; the branch head or the duty manager
(Permission.HANDLE_COMPLAINTS) reassigns it, replies (which closes it) and records the customer's
satisfaction. The registered facts are never edited: a correction is a new step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.events import COMPLAINTS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import Complaint, ComplaintStep, Staff

ANSWER_WITHIN_DAYS = 3
DUE_SOON = dt.timedelta(hours=24)  # "due soon" on the home page: less than a day left

CHANNELS = ("letter", "visit", "phone", "hotline_12305", "online")
CATEGORIES = ("delay", "loss", "damage", "attitude", "tariff", "other")
SATISFACTION = ("satisfied", "basically_satisfied", "dissatisfied", "unreachable")
STEP_KINDS = ("register", "note", "assign", "correction", "reply", "satisfaction")
MAX_TEXT = 2000
MAX_CONTACT = 40


def deadline_for(received_at: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """Three calendar days after receipt at the same local (wall-clock) time, as an aware UTC time."""
    local = received_at.astimezone(zone)
    wall = local.replace(tzinfo=None) + dt.timedelta(days=ANSWER_WITHIN_DAYS)
    return wall.replace(tzinfo=zone).astimezone(dt.timezone.utc)


def mask_contact(contact: str) -> str:
    """138****1234 for a phone number; other contacts keep only their first and last characters."""
    text = contact.strip()
    digits = text.replace(" ", "").replace("-", "")
    if digits.isdigit() and len(digits) >= 11:  # a mobile number, maybe with a country code
        return digits[:3] + "****" + digits[-4:]
    if digits.isdigit() and len(digits) >= 7:  # a landline: too short to keep both ends
        return "****" + digits[-4:]
    if len(text) <= 2:
        return "*" * len(text)
    return text[0] + "*" * min(len(text) - 2, 6) + text[-1]


@dataclass(frozen=True)
class StepView:
    at: dt.datetime  # aware UTC
    kind: str
    text: str
    staff_name: str
    assignee_name: str | None


@dataclass(frozen=True)
class ComplaintView:
    id: str
    received_at: dt.datetime  # aware UTC; show in the branch's zone
    deadline_at: dt.datetime
    channel: str
    category: str
    summary: str
    contact_masked: str
    first_name: str
    assignee_id: str
    assignee_name: str
    reply: str | None
    replied_at: dt.datetime | None
    replied_name: str | None
    satisfaction: str | None

    @property
    def closed(self) -> bool:
        return self.replied_at is not None

    def remaining(self, now: dt.datetime) -> dt.timedelta:
        """Time left to the deadline (negative: overdue by that much)."""
        return self.deadline_at - now

    def overdue(self, now: dt.datetime) -> bool:
        return not self.closed and now > self.deadline_at

    @property
    def answered_late(self) -> bool:
        return self.replied_at is not None and self.replied_at > self.deadline_at


@dataclass(frozen=True)
class ComplaintDetail:
    complaint: ComplaintView
    steps: list[StepView]


def _clean(text: str, code: str, what: str) -> str:
    value = (text or "").strip()
    if not value:
        raise UserError(code, what)
    if len(value) > MAX_TEXT:
        raise UserError("complaint.too_long", tr_noop("Keep the text under {limit} characters."), limit=MAX_TEXT)
    return value


class ComplaintService(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch

    # -- writes ---------------------------------------------------------------------------------

    @publishes(COMPLAINTS)
    def register(self, actor: Actor, *, received_at: dt.datetime, channel: str, category: str, summary: str,
                 contact: str, first_staff_id: str, assignee_staff_id: str) -> ComplaintView:
        settings = self.branch.require_settings()
        now = self.clock.now()
        if channel not in CHANNELS:
            raise UserError("complaint.no_channel",
                            tr_noop("Choose how the complaint came in: letter, visit, phone, 12305 hotline or online."))
        if category not in CATEGORIES:
            raise UserError("complaint.no_category", tr_noop("Choose the kind of complaint."))
        if received_at.tzinfo is None:
            raise ValueError("received_at must be aware")
        if received_at > now + dt.timedelta(minutes=1):
            raise UserError("complaint.received_in_future",
                            tr_noop("The time received is in the future: enter when the complaint came in."))
        deadline = deadline_for(received_at, settings.zone)
        if deadline <= now:
            raise UserError(
                "complaint.deadline_past",
                tr_noop("A complaint received on {received} was due by {deadline}, which has passed: "
                        "register complaints on the day they come in, and report this one to the supervisor."),
                received=f"{received_at.astimezone(settings.zone):%Y-%m-%d %H:%M}",
                deadline=f"{deadline.astimezone(settings.zone):%Y-%m-%d %H:%M}")
        summary = _clean(summary, "complaint.no_summary", tr_noop("Write what the customer complained about."))
        contact = (contact or "").strip()
        if not contact:
            raise UserError("complaint.no_contact", tr_noop("Enter the customer's phone number or address for the reply."))
        if len(contact) > MAX_CONTACT:
            raise UserError("complaint.contact_too_long",
                            tr_noop("The contact is too long: at most {limit} characters."), limit=MAX_CONTACT)
        with self.db.transaction() as s:
            first = self._active_staff(s, first_staff_id, tr_noop("Choose who was asked first."))
            assignee = self._active_staff(s, assignee_staff_id, tr_noop("Choose who handles the complaint."))
            row = Complaint(received_at=received_at, deadline_at=deadline, channel=channel, category=category,
                            summary=summary, contact=contact, first_staff_id=first.id,
                            assignee_staff_id=assignee.id, registered_by=actor.staff_id, registered_at=now)
            s.add(row)
            s.flush()
            s.add(ComplaintStep(complaint_id=row.id, at=now, staff_id=actor.staff_id, kind="register",
                                text=summary, assignee_staff_id=assignee.id))
            audit.append(s, now, "complaint.registered", actor.staff_id, complaint=row.id, channel=channel,
                         category=category, deadline=deadline.isoformat())
            complaint_id = row.id
        return self.get(complaint_id).complaint

    @publishes(COMPLAINTS)
    def add_step(self, actor: Actor, complaint_id: str, text: str, *, correction: bool = False) -> ComplaintDetail:
        """A note of what was done, or a correction of what was registered (the record itself stays)."""
        now = self.clock.now()
        text = _clean(text, "complaint.no_step_text", tr_noop("Write what was done."))
        with self.db.transaction() as s:
            row = self._complaint(s, complaint_id)
            kind = "correction" if correction else "note"
            s.add(ComplaintStep(complaint_id=row.id, at=now, staff_id=actor.staff_id, kind=kind, text=text))
            audit.append(s, now, f"complaint.{kind}", actor.staff_id, complaint=row.id)
        return self.get(complaint_id)

    @publishes(COMPLAINTS)
    def assign(self, actor: Actor, complaint_id: str, assignee_staff_id: str, reason: str = "") -> ComplaintDetail:
        actor.require(Permission.HANDLE_COMPLAINTS)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = self._complaint(s, complaint_id)
            if row.replied_at is not None:
                raise UserError("complaint.closed", tr_noop("This complaint has been answered and is closed."))
            assignee = self._active_staff(s, assignee_staff_id, tr_noop("Choose who handles the complaint."))
            row.assignee_staff_id = assignee.id
            s.add(ComplaintStep(complaint_id=row.id, at=now, staff_id=actor.staff_id, kind="assign",
                                text=reason.strip()[:MAX_TEXT], assignee_staff_id=assignee.id))
            audit.append(s, now, "complaint.assigned", actor.staff_id, complaint=row.id, assignee=assignee.id)
        return self.get(complaint_id)

    @publishes(COMPLAINTS)
    def reply(self, actor: Actor, complaint_id: str, text: str) -> ComplaintDetail:
        """The branch's answer to the customer: closes the complaint."""
        actor.require(Permission.HANDLE_COMPLAINTS)
        now = self.clock.now()
        text = _clean(text, "complaint.no_reply", tr_noop("Write the reply given to the customer."))
        with self.db.transaction() as s:
            row = self._complaint(s, complaint_id)
            if row.replied_at is not None:
                raise UserError("complaint.closed", tr_noop("This complaint has been answered and is closed."))
            row.reply, row.replied_at, row.replied_by = text, now, actor.staff_id
            s.add(ComplaintStep(complaint_id=row.id, at=now, staff_id=actor.staff_id, kind="reply", text=text))
            audit.append(s, now, "complaint.replied", actor.staff_id, complaint=row.id,
                         late=now > row.deadline_at)
        return self.get(complaint_id)

    @publishes(COMPLAINTS)
    def record_satisfaction(self, actor: Actor, complaint_id: str, satisfaction: str) -> ComplaintDetail:
        actor.require(Permission.HANDLE_COMPLAINTS)
        if satisfaction not in SATISFACTION:
            raise UserError("complaint.no_satisfaction", tr_noop("Choose what the customer said of the reply."))
        now = self.clock.now()
        with self.db.transaction() as s:
            row = self._complaint(s, complaint_id)
            if row.replied_at is None:
                raise UserError("complaint.not_replied",
                                tr_noop("Reply to the customer first, then record their satisfaction."))
            row.satisfaction = satisfaction  # asked again later: the newest answer counts, each one a step
            s.add(ComplaintStep(complaint_id=row.id, at=now, staff_id=actor.staff_id, kind="satisfaction",
                                text=satisfaction))
            audit.append(s, now, "complaint.satisfaction", actor.staff_id, complaint=row.id,
                         satisfaction=satisfaction)
        return self.get(complaint_id)

    # -- reads ----------------------------------------------------------------------------------

    def get(self, complaint_id: str) -> ComplaintDetail:
        with self.db.reading() as s:
            row = self._complaint(s, complaint_id)
            names = self._names(s)
            steps = s.scalars(select(ComplaintStep).where(ComplaintStep.complaint_id == row.id)
                              .order_by(ComplaintStep.seq)).all()
            return ComplaintDetail(
                _view(row, names),
                [StepView(st.at, st.kind, st.text, names.get(st.staff_id, ""),
                          names.get(st.assignee_staff_id) if st.assignee_staff_id else None) for st in steps])

    def listing(self, include_closed: bool = True) -> list[ComplaintView]:
        """Open ones first, the nearest deadline first; then the answered ones, newest first."""
        with self.db.reading() as s:
            names = self._names(s)
            query = select(Complaint)
            if not include_closed:
                query = query.where(Complaint.replied_at.is_(None))
            rows = [_view(r, names) for r in s.scalars(query)]
        open_ = sorted((c for c in rows if not c.closed), key=lambda c: c.deadline_at)
        closed = sorted((c for c in rows if c.closed), key=lambda c: c.received_at, reverse=True)
        return open_ + closed

    def overdue(self) -> list[ComplaintView]:
        """Open complaints past their deadline, the longest overdue first."""
        now = self.clock.now()
        return [c for c in self._open_by_deadline() if c.deadline_at < now]

    def due_soon(self) -> list[ComplaintView]:
        """Open complaints not yet overdue with less than DUE_SOON left."""
        now = self.clock.now()
        return [c for c in self._open_by_deadline() if now <= c.deadline_at < now + DUE_SOON]

    def period(self, first: dt.date, last: dt.date) -> list[ComplaintView]:
        """Complaints received from `first` to `last` (local days), oldest first, for the weekly report."""
        zone = self.branch.require_settings().zone
        start = dt.datetime.combine(first, dt.time(), tzinfo=zone)
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=zone)
        with self.db.reading() as s:
            names = self._names(s)
            rows = s.scalars(select(Complaint).where(Complaint.received_at >= start, Complaint.received_at < end)
                             .order_by(Complaint.received_at)).all()
            return [_view(r, names) for r in rows]

    def open_before(self, moment: dt.datetime) -> list[ComplaintView]:
        """Received before `moment` and not answered by then: carried into the week's report."""
        with self.db.reading() as s:
            names = self._names(s)
            rows = s.scalars(select(Complaint).where(Complaint.received_at < moment)
                             .where((Complaint.replied_at.is_(None)) | (Complaint.replied_at >= moment))
                             .order_by(Complaint.received_at)).all()
            return [_view(r, names) for r in rows]

    def _open_by_deadline(self) -> list[ComplaintView]:
        with self.db.reading() as s:
            names = self._names(s)
            rows = s.scalars(select(Complaint).where(Complaint.replied_at.is_(None))
                             .order_by(Complaint.deadline_at)).all()
            return [_view(r, names) for r in rows]

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _names(s: Session) -> dict[str, str]:
        return {sid: name for sid, name in s.execute(select(Staff.id, Staff.full_name))}

    @staticmethod
    def _complaint(s: Session, complaint_id: str) -> Complaint:
        row = s.get(Complaint, complaint_id)
        if row is None:
            raise UserError("complaint.not_found", tr_noop("This complaint no longer exists."))
        return row

    @staticmethod
    def _active_staff(s: Session, staff_id: str, message: str) -> Staff:
        person = s.get(Staff, staff_id) if staff_id else None
        if person is None or not person.active:
            raise UserError("complaint.no_person", message)
        return person


def _view(row: Complaint, names: dict[str, str]) -> ComplaintView:
    return ComplaintView(
        id=row.id, received_at=row.received_at, deadline_at=row.deadline_at, channel=row.channel,
        category=row.category, summary=row.summary, contact_masked=mask_contact(row.contact),
        first_name=names.get(row.first_staff_id, ""), assignee_id=row.assignee_staff_id,
        assignee_name=names.get(row.assignee_staff_id, ""), reply=row.reply, replied_at=row.replied_at,
        replied_name=names.get(row.replied_by) if row.replied_by else None, satisfaction=row.satisfaction)
