"""Mystery-shopper visits (issue 11, item 5): the inspector records a covert visit, signs it, releases it.

The inspector signs in on the branch PC with their own account (role INSPECTOR, made by the administrator),
records the visit on the shipped 'mystery' checklist (when, which window, who served), answers and signs it
like any check (Inspections.answer/sign, which let only the recording inspector change a visit), and releases
it when the county decides. Until then nobody at the branch can read it (checks/visibility.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.checks.actions import open_actions
from branchdesk.services.checks import visibility
from branchdesk.services.checks.inspections import Inspections, InspectionView
from branchdesk.services.checks.templates import latest_published
from branchdesk.services.clock import Clock
from branchdesk.services.events import CHECKS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission, Role
from branchdesk.store import changelog, Database
from branchdesk.store.models import ChecklistTemplate, Inspection, MysteryVisit, Staff

MAX_WINDOW = 40
OLDEST_VISIT = dt.timedelta(days=92)  # a visit is recorded within the quarter it was made
CLOCK_SLACK = dt.timedelta(minutes=5)  # the inspector's watch against this PC's clock


@dataclass(frozen=True)
class VisitParticulars:
    """What the inspector observed, as typed: when, at which window, who served (None: not known)."""

    visited_at: dt.datetime
    window_label: str
    observed_staff_id: str | None


class MysteryVisits(Publisher):
    def __init__(self, db: Database, clock: Clock, inspections: Inspections) -> None:
        self.db = db
        self.clock = clock
        self.inspections = inspections

    def templates(self, actor: Actor) -> list[tuple[str, str]]:
        """(template id, title) of the mystery checklists with a published version: what a visit is recorded on."""
        actor.require(Permission.RECORD_VISITS)
        with self.db.reading() as s:
            rows = s.scalars(select(ChecklistTemplate).where(ChecklistTemplate.kind == visibility.MYSTERY)
                             .order_by(ChecklistTemplate.created_at, ChecklistTemplate.id)).all()
            return [(t.id, t.title) for t in rows if latest_published(s, t.id) is not None]

    @publishes(CHECKS)
    def record(self, actor: Actor, template_id: str, particulars: VisitParticulars) -> InspectionView:
        """A new visit on the template's latest published version, with its particulars; answered next."""
        actor.require(Permission.RECORD_VISITS)
        now = self.clock.now()
        with self.db.transaction() as s:
            template = s.get(ChecklistTemplate, template_id)
            if template is None:
                raise UserError("checks.template_missing", tr_noop("This checklist no longer exists."))
            if template.kind != visibility.MYSTERY:
                raise UserError("checks.visit_template",
                                tr_noop("A mystery-shopper visit is recorded on a mystery-shopper checklist."))
            version = latest_published(s, template_id)
            if version is None:
                raise UserError("checks.nothing_published", tr_noop("This checklist has no published version yet."))
            _check(s, particulars, now)
            inspection = Inspection(version_id=version.id, kind=visibility.MYSTERY, started_by=actor.staff_id,
                                    started_at=now)
            s.add(inspection)
            s.flush()
            s.add(MysteryVisit(inspection_id=inspection.id, visited_at=particulars.visited_at,
                               window_label=particulars.window_label.strip(),
                               observed_staff_id=particulars.observed_staff_id, source="branch"))
            # Who and when only: the audit log is the branch head's to read.
            audit.append(s, now, "mystery.recorded", actor.staff_id, inspection=inspection.id)
            s.flush()
            return self.inspections._view(s, inspection)

    @publishes(CHECKS)
    def correct(self, actor: Actor, inspection_id: str, particulars: VisitParticulars) -> InspectionView:
        """Correct the particulars of an unsigned visit (the recording inspector only)."""
        actor.require(Permission.RECORD_VISITS)
        now = self.clock.now()
        with self.db.transaction() as s:
            inspection = self.inspections._open(s, inspection_id, actor)
            visit = _visit(s, inspection.id)
            _check(s, particulars, now)
            visit.visited_at, visit.window_label = particulars.visited_at, particulars.window_label.strip()
            visit.observed_staff_id = particulars.observed_staff_id
            s.flush()
            return self.inspections._view(s, inspection)

    def pending(self, actor: Actor) -> list[InspectionView]:
        """The visits this inspector recorded and has not released yet, oldest visit first."""
        actor.require(Permission.RECORD_VISITS)
        with self.db.reading() as s:
            rows = s.scalars(select(Inspection).join(MysteryVisit, MysteryVisit.inspection_id == Inspection.id)
                             .where(visibility.hidden(), Inspection.started_by == actor.staff_id)
                             .order_by(MysteryVisit.visited_at, Inspection.id)).all()
            return [self.inspections._view(s, i) for i in rows]

    @publishes(CHECKS)
    def release(self, actor: Actor, inspection_id: str) -> InspectionView:
        """Release a signed visit to the branch: from now on its results read like any check's. Audited; the
        visit's row changes once (released_at, released_by), which syncs to HQ."""
        actor.require(Permission.RECORD_VISITS)
        self.inspections.guard(actor, inspection_id, "release")  # another inspector's visit, or the county's
        now = self.clock.now()
        with self.db.transaction() as s:
            inspection = s.get(Inspection, inspection_id)
            if inspection is None or inspection.kind != visibility.MYSTERY:
                raise UserError("checks.visit_missing", tr_noop("This mystery-shopper visit no longer exists."))
            visit = _visit(s, inspection.id)
            if inspection.signed_at is None:
                raise UserError("checks.release_unsigned", tr_noop("Sign the visit before releasing it."))
            if visit.released_at is not None:
                raise UserError("checks.released", tr_noop("This visit is already released."))
            visit.released_at, visit.released_by = now, actor.staff_id
            s.flush()
            audit.append(s, now, "mystery.released", actor.staff_id, inspection=inspection.id,
                         result=inspection.result, earned=inspection.earned, possible=inspection.possible)
            released(s, inspection, now)
            s.flush()
            return self.inspections._view(s, inspection)


def released(s: Session, inspection: Inspection, now: dt.datetime) -> None:
    """What follows a visit's release, in its transaction (the inspector's here; HQ's when it comes down).

    A visit's failed items become known to the branch only now, so nothing opens at its signing. The actions
    are the branch's own rows even when HQ's release opens them: pushed with their payload."""
    with changelog.made_here(s):
        open_actions(s, inspection, now)  # one corrective action per failed item (issue 11, item 4)


def _visit(s: Session, inspection_id: str) -> MysteryVisit:
    visit = s.scalars(select(MysteryVisit).where(MysteryVisit.inspection_id == inspection_id)).first()
    if visit is None:
        raise UserError("checks.visit_missing", tr_noop("This mystery-shopper visit no longer exists."))
    return visit


def _check(s: Session, particulars: VisitParticulars, now: dt.datetime) -> None:
    when = particulars.visited_at
    if when.tzinfo is None:
        raise ValueError("visited_at must be aware")
    if when > now + CLOCK_SLACK:
        raise UserError("checks.visit_future", tr_noop("The time of the visit is in the future."))
    if when < now - OLDEST_VISIT:
        raise UserError("checks.visit_too_old",
                        tr_noop("The visit is more than {days} days ago: record visits within the quarter."),
                        days=OLDEST_VISIT.days)
    if len(particulars.window_label.strip()) > MAX_WINDOW:
        raise UserError("checks.visit_window_long", tr_noop("The window may have at most {count} characters."),
                        count=MAX_WINDOW)
    if not particulars.window_label.strip() and particulars.observed_staff_id is None:
        raise UserError("checks.visit_where",
                        tr_noop("Say which window was observed, or who served, or both."))
    if particulars.observed_staff_id is not None:
        person = s.get(Staff, particulars.observed_staff_id)
        if person is None or not Role(person.role).branch_staff:
            raise UserError("checks.visit_staff_unknown",
                            tr_noop("The person observed is not a member of the branch's staff."))
