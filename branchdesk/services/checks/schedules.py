"""Each checklist's schedule (stored where the branch changed it) and which occasions were kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.branch import BranchService
from branchdesk.services.checks.schedule import NOT_SCHEDULED, Period, Schedule, check_schedule, default_for, \
    periods_between
from branchdesk.services.clock import Clock
from branchdesk.services.events import CHECKS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import CheckSchedule, ChecklistTemplate, Inspection, TemplateVersion

DONE, LATE, MISSED, PENDING = "done", "late", "missed", "pending"


@dataclass(frozen=True)
class ScheduledTemplate:
    template_id: str
    kind: str
    title: str  # of the latest published version
    schedule: Schedule
    changed: bool  # the branch's own schedule, not the kind's default


@dataclass(frozen=True)
class Signed:
    inspection_id: str
    template_id: str
    started_at: dt.datetime
    signed_at: dt.datetime | None  # None: started, not signed yet


@dataclass(frozen=True)
class Occasion:
    """One period a check was due, and what became of it."""

    template_id: str
    title: str
    frequency: str
    period: Period
    status: str  # done, late (signed after the deadline), missed, pending (deadline not passed yet)
    signed_at: dt.datetime | None


def scheduled_templates(s: Session) -> list[ScheduledTemplate]:
    """Every template with a published version, and its schedule (the kind's default unless changed)."""
    latest = (select(TemplateVersion.template_id, func.max(TemplateVersion.number).label("number"))
              .where(TemplateVersion.published.is_(True)).group_by(TemplateVersion.template_id).subquery())
    rows = s.execute(
        select(ChecklistTemplate.id, ChecklistTemplate.kind, TemplateVersion.title)
        .join(latest, latest.c.template_id == ChecklistTemplate.id)
        .join(TemplateVersion, (TemplateVersion.template_id == latest.c.template_id)
              & (TemplateVersion.number == latest.c.number))
        .order_by(ChecklistTemplate.created_at, ChecklistTemplate.key)).all()
    own = {row.template_id: Schedule(row.frequency, row.lead_minutes, row.grace_minutes, row.due_day)
           for row in s.scalars(select(CheckSchedule))}
    return [ScheduledTemplate(tid, kind, title, own.get(tid, default_for(kind)), tid in own)
            for tid, kind, title in rows]


def inspections_since(s: Session, since: dt.datetime) -> list[Signed]:
    """Checks signed from `since`, or started from then and not signed yet."""
    rows = s.execute(
        select(Inspection.id, TemplateVersion.template_id, Inspection.started_at, Inspection.signed_at)
        .join(TemplateVersion, TemplateVersion.id == Inspection.version_id)
        .where((Inspection.signed_at >= since) | (Inspection.signed_at.is_(None) & (Inspection.started_at >= since)))
        .order_by(Inspection.started_at)).all()
    return [Signed(*row) for row in rows]


def occasion(template: ScheduledTemplate, period: Period, done: list[Signed], now: dt.datetime) -> Occasion:
    signed = min((i.signed_at for i in done if i.template_id == template.template_id and i.signed_at is not None
                  and period.counts(i.signed_at)), default=None)
    if signed is not None:
        status = DONE if signed <= period.deadline else LATE
    else:
        status = PENDING if now <= period.deadline else MISSED
    return Occasion(template.template_id, template.title, template.schedule.frequency, period, status, signed)


class CheckSchedules(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch

    def templates(self) -> list[ScheduledTemplate]:
        with self.db.reading() as s:
            return scheduled_templates(s)

    def occasions(self, first: dt.date, last: dt.date) -> list[Occasion]:
        """Every occasion a check was due with its deadline from `first` to `last` (local days), for the
        weekly report: by deadline, then title. Computed with the branch's current hours and zone."""
        settings = self.branch.require_settings()
        now = self.clock.now()
        since = dt.datetime.combine(first.replace(day=1), dt.time(), tzinfo=settings.zone) - dt.timedelta(days=1)
        with self.db.reading() as s:
            templates = [t for t in scheduled_templates(s) if t.schedule.frequency != NOT_SCHEDULED]
            done = inspections_since(s, since)
        found = [occasion(t, p, done, now) for t in templates for p in periods_between(first, last, t.schedule,
                                                                                       settings)]
        return sorted(found, key=lambda o: (o.period.deadline, o.title))

    @publishes(CHECKS)
    def set_schedule(self, actor: Actor, template_id: str, schedule: Schedule | None) -> ScheduledTemplate:
        """Change when a checklist is due; None goes back to the default of its kind."""
        actor.require(Permission.EDIT_CHECK_TEMPLATES)
        if schedule is not None:
            check_schedule(schedule)
        now = self.clock.now()
        with self.db.transaction() as s:
            template = s.get(ChecklistTemplate, template_id)
            if template is None:
                raise UserError("checks.template_missing", tr_noop("This checklist no longer exists."))
            if template.kind == "mystery" and schedule is not None and schedule.frequency != NOT_SCHEDULED:
                # A schedule would tell the branch when the covert visits come, and list them as done.
                raise UserError("checks.mystery_unscheduled",
                                tr_noop("Mystery-shopper visits come unannounced: they have no schedule."))
            row = s.scalars(select(CheckSchedule).where(CheckSchedule.template_id == template_id)).first()
            if schedule is None:
                if row is not None:
                    s.delete(row)
            else:
                if row is None:
                    row = CheckSchedule(template_id=template_id)
                    s.add(row)
                row.frequency, row.lead_minutes = schedule.frequency, schedule.lead_minutes
                row.grace_minutes, row.due_day = schedule.grace_minutes, schedule.due_day
                row.updated_at, row.updated_by = now, actor.staff_id
            audit.append(s, now, "checks.schedule_set", actor.staff_id, template=template_id,
                         frequency=schedule.frequency if schedule else "default")
            s.flush()
            found = next((t for t in scheduled_templates(s) if t.template_id == template_id), None)
            if found is None:
                raise UserError("checks.nothing_published", tr_noop("This checklist has no published version yet."))
            return found
