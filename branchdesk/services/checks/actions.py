"""Corrective actions (issue 11, item 4): every failed item of a check opens one.

open → done (with evidence: a text and/or a photo, kept under its SHA-256) → closed, only after an
effectiveness check by someone other than the owner; found not effective, it goes back to open with a
note. Each change is an append-only step; the action row holds only where it stands.

The owner is the person named responsible on the failed item; else whoever signed the check if they are
the duty manager or the branch head (they oversee the day); else the branch head. It is due
ACTION_DAYS calendar days after the check (branch-local), and overdue from the day after while open.
The owner or anyone who runs checks marks it done; those who run checks reassign it and check the effect.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.branch import DEFAULT_TIMEZONE
from branchdesk.services.checks.photos import keep_photo
from branchdesk.services.clock import Clock
from branchdesk.services.events import CHECKS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission, Role
from branchdesk.store import Database
from branchdesk.store.models import (
    ActionStep, Branch, CorrectiveAction, Inspection, InspectionAnswer, Staff, TemplateItem,
    TemplateVersion,
)

ACTION_DAYS = 3  # like a complaint's answer: three calendar days
OPEN, DONE, CLOSED = "open", "done", "closed"
STATUSES = (OPEN, DONE, CLOSED)
MAX_TEXT = 2000
MAX_DAYS_AHEAD = 366


@dataclass(frozen=True)
class ActionView:
    id: str
    inspection_id: str
    check_title: str
    check_signed_at: dt.datetime | None  # aware UTC
    item_text: str
    owner_id: str
    owner_name: str
    due_on: dt.date  # branch-local
    status: str
    opened_at: dt.datetime
    done_at: dt.datetime | None
    closed_at: dt.datetime | None

    def overdue(self, today: dt.date) -> bool:
        return self.status == OPEN and today > self.due_on


@dataclass(frozen=True)
class ActionStepView:
    at: dt.datetime
    kind: str  # open, note, reassign, done, effective, not_effective
    text: str
    staff_name: str  # "" for the step the signing opened
    photo_file: str | None
    photo_sha256: str | None
    owner_name: str | None
    due_on: dt.date | None


@dataclass(frozen=True)
class ActionDetail:
    action: ActionView
    steps: list[ActionStepView]


def _zone(s: Session) -> ZoneInfo:
    return ZoneInfo(s.scalar(select(Branch.timezone).limit(1)) or DEFAULT_TIMEZONE)


def _default_owner(s: Session, inspection: Inspection) -> str:
    signer = s.get(Staff, inspection.signed_by) if inspection.signed_by else None
    if signer is not None and signer.active and signer.role in (Role.DUTY_MANAGER.value, Role.BRANCH_HEAD.value):
        return signer.id
    head = s.scalars(select(Staff).where(Staff.role == Role.BRANCH_HEAD.value, Staff.active.is_(True))
                     .order_by(Staff.username).limit(1)).first()
    if head is not None:
        return head.id
    return inspection.signed_by or inspection.started_by


def open_actions(s: Session, inspection: Inspection, now: dt.datetime) -> list[str]:
    """Open one corrective action for each failed item of `inspection`, inside the caller's transaction;
    returns the new actions' ids. An item that already has one gets none, so calling it again (at signing,
    or when an inspector releases a covert visit's results) opens nothing twice."""
    due_on = now.astimezone(_zone(s)).date() + dt.timedelta(days=ACTION_DAYS)
    existing = set(s.scalars(select(CorrectiveAction.item_id)
                             .where(CorrectiveAction.inspection_id == inspection.id)))
    failed = s.execute(
        select(InspectionAnswer.item_id, InspectionAnswer.responsible_staff_id, TemplateItem.text)
        .join(TemplateItem, TemplateItem.id == InspectionAnswer.item_id)
        .where(InspectionAnswer.inspection_id == inspection.id, InspectionAnswer.failed.is_(True))
        .order_by(TemplateItem.position)).all()
    fallback: str | None = None
    opened = []
    for item_id, responsible, text in failed:
        if item_id in existing:
            continue
        if responsible is None and fallback is None:
            fallback = _default_owner(s, inspection)
        owner = responsible or fallback
        assert owner is not None
        action = CorrectiveAction(inspection_id=inspection.id, item_id=item_id, item_text=text,
                                  owner_staff_id=owner, due_on=due_on, status=OPEN, opened_at=now)
        s.add(action)
        s.flush()
        s.add(ActionStep(action_id=action.id, at=now, staff_id=None, kind="open", text="",
                         owner_staff_id=owner, due_on=due_on))
        opened.append(action.id)
    if opened:
        audit.append(s, now, "actions.opened", None, inspection=inspection.id, count=len(opened))
    return opened


def _clean(text: str | None) -> str:
    value = (text or "").strip()
    if len(value) > MAX_TEXT:
        raise UserError("actions.too_long", tr_noop("Keep the text under {limit} characters."), limit=MAX_TEXT)
    return value


class CorrectiveActions(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @property
    def photo_dir(self) -> Path:
        return self.db.path.parent / "photos"

    # --- reading -------------------------------------------------------------------------------

    def today(self) -> dt.date:
        with self.db.reading() as s:
            return self.clock.now().astimezone(_zone(s)).date()

    def listing(self, include_closed: bool = False) -> list[ActionView]:
        """Open ones first (the earliest due first), then those awaiting the effectiveness check, then the
        closed ones, newest first."""
        with self.db.reading() as s:
            query = _view_query()
            if not include_closed:
                query = query.where(CorrectiveAction.status != CLOSED)
            views = [_view(row, _names(s)) for row in s.execute(query)]
        order = {OPEN: 0, DONE: 1, CLOSED: 2}
        return sorted(views, key=lambda v: (order[v.status], v.due_on if v.status != CLOSED else dt.date.min,
                                            -(v.closed_at or v.opened_at).timestamp()))

    def for_inspection(self, inspection_id: str) -> list[ActionView]:
        with self.db.reading() as s:
            names = _names(s)
            return [_view(row, names) for row in s.execute(
                _view_query().where(CorrectiveAction.inspection_id == inspection_id)
                .order_by(CorrectiveAction.opened_at, CorrectiveAction.id))]

    def get(self, action_id: str) -> ActionDetail:
        with self.db.reading() as s:
            names = _names(s)
            row = s.execute(_view_query().where(CorrectiveAction.id == action_id)).first()
            if row is None:
                raise UserError("actions.missing", tr_noop("This corrective action no longer exists."))
            steps = s.scalars(select(ActionStep).where(ActionStep.action_id == action_id)
                              .order_by(ActionStep.seq)).all()
            return ActionDetail(_view(row, names), [
                ActionStepView(st.at, st.kind, st.text, names.get(st.staff_id or "", ""), st.photo_file,
                               st.photo_sha256, names.get(st.owner_staff_id) if st.owner_staff_id else None,
                               st.due_on) for st in steps])

    # --- writing -------------------------------------------------------------------------------

    @publishes(CHECKS)
    def mark_done(self, actor: Actor, action_id: str, evidence: str, photo: Path | None = None) -> ActionDetail:
        """The owner (or whoever runs checks) says it is done, with evidence: a text, a photo, or both."""
        text = _clean(evidence)
        if not text and photo is None:
            raise UserError("actions.no_evidence",
                            tr_noop("Say what was done, or attach a photo of it, as evidence."))
        now = self.clock.now()
        with self.db.transaction() as s:
            action = self._action(s, action_id)
            if actor.staff_id != action.owner_staff_id:
                actor.require(Permission.RUN_CHECKS)
            if action.status != OPEN:
                raise UserError("actions.not_open", tr_noop("Only an open action can be marked done."))
            photo_file, digest = keep_photo(self.photo_dir, photo) if photo is not None else (None, None)
            action.status, action.done_at = DONE, now
            s.add(ActionStep(action_id=action.id, at=now, staff_id=actor.staff_id, kind="done", text=text,
                             photo_file=photo_file, photo_sha256=digest))
            audit.append(s, now, "actions.done", actor.staff_id, corrective_action=action.id, photo_sha256=digest)
        return self.get(action_id)

    @publishes(CHECKS)
    def check_effect(self, actor: Actor, action_id: str, effective: bool, note: str = "") -> ActionDetail:
        """The effectiveness check, by someone other than the owner: effective closes the action; not
        effective sends it back to open, with a note of what is still wrong."""
        actor.require(Permission.RUN_CHECKS)
        text = _clean(note)
        if not effective and not text:
            raise UserError("actions.no_note", tr_noop("Say what is still wrong, so the owner can put it right."))
        now = self.clock.now()
        with self.db.transaction() as s:
            action = self._action(s, action_id)
            if action.status != DONE:
                raise UserError("actions.not_done",
                                tr_noop("The effect is checked once the action is marked done."))
            if actor.staff_id == action.owner_staff_id:
                raise UserError("actions.own_check",
                                tr_noop("Someone other than the owner checks whether the action worked."))
            if effective:
                action.status, action.closed_at = CLOSED, now
            else:
                action.status, action.done_at = OPEN, None
            kind = "effective" if effective else "not_effective"
            s.add(ActionStep(action_id=action.id, at=now, staff_id=actor.staff_id, kind=kind, text=text))
            audit.append(s, now, f"actions.{kind}", actor.staff_id, corrective_action=action.id)
        return self.get(action_id)

    @publishes(CHECKS)
    def reassign(self, actor: Actor, action_id: str, owner_staff_id: str, due_on: dt.date,
                 reason: str = "") -> ActionDetail:
        """A new owner or due date for an action not yet closed."""
        actor.require(Permission.RUN_CHECKS)
        text = _clean(reason)
        now = self.clock.now()
        with self.db.transaction() as s:
            action = self._action(s, action_id)
            if action.status == CLOSED:
                raise UserError("actions.closed", tr_noop("This action is closed."))
            today = now.astimezone(_zone(s)).date()
            if not today <= due_on <= today + dt.timedelta(days=MAX_DAYS_AHEAD):
                raise UserError("actions.due_range", tr_noop("The due date is from today to a year ahead."))
            person = s.get(Staff, owner_staff_id) if owner_staff_id else None
            if person is None or not person.active:
                raise UserError("actions.owner_unknown", tr_noop("The owner must be an active member of staff."))
            action.owner_staff_id, action.due_on = person.id, due_on
            s.add(ActionStep(action_id=action.id, at=now, staff_id=actor.staff_id, kind="reassign", text=text,
                             owner_staff_id=person.id, due_on=due_on))
            audit.append(s, now, "actions.reassigned", actor.staff_id, corrective_action=action.id, owner=person.id,
                         due_on=due_on.isoformat())
        return self.get(action_id)

    @publishes(CHECKS)
    def add_note(self, actor: Actor, action_id: str, text: str) -> ActionDetail:
        """A note, or a correction of an earlier step (which stays as it was)."""
        value = _clean(text)
        if not value:
            raise UserError("actions.no_text", tr_noop("Write the note."))
        now = self.clock.now()
        with self.db.transaction() as s:
            action = self._action(s, action_id)
            s.add(ActionStep(action_id=action.id, at=now, staff_id=actor.staff_id, kind="note", text=value))
            audit.append(s, now, "actions.note", actor.staff_id, corrective_action=action.id)
        return self.get(action_id)

    @staticmethod
    def _action(s: Session, action_id: str) -> CorrectiveAction:
        action = s.get(CorrectiveAction, action_id)
        if action is None:
            raise UserError("actions.missing", tr_noop("This corrective action no longer exists."))
        return action


def _names(s: Session) -> dict[str, str]:
    return {sid: name for sid, name in s.execute(select(Staff.id, Staff.full_name))}


def _view_query() -> Select[CorrectiveAction, str, dt.datetime | None]:
    return (select(CorrectiveAction, TemplateVersion.title, Inspection.signed_at)
            .join(Inspection, Inspection.id == CorrectiveAction.inspection_id)
            .join(TemplateVersion, TemplateVersion.id == Inspection.version_id))


def _view(row: Row[CorrectiveAction, str, dt.datetime | None], names: dict[str, str]) -> ActionView:
    action, title, signed_at = row
    return ActionView(action.id, action.inspection_id, title, signed_at, action.item_text, action.owner_staff_id,
                      names.get(action.owner_staff_id, ""), action.due_on, action.status, action.opened_at,
                      action.done_at, action.closed_at)
