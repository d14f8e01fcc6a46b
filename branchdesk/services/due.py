"""What is due and overdue now, for the home page (issue 11, items 2 and 4): the checks due in their current
period and not yet signed, the corrective actions past their due date, the complaints past their 3-day
deadline. One call, one read transaction, a handful of indexed queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from branchdesk.services.branch import _to_settings, load_branch
from branchdesk.services.checks.actions import OPEN
from branchdesk.services.checks.schedule import NOT_SCHEDULED, period_of
from branchdesk.services.checks.schedules import inspections_since, scheduled_templates
from branchdesk.services.clock import Clock
from branchdesk.store import Database
from branchdesk.store.models import Complaint, CorrectiveAction, Staff


@dataclass(frozen=True)
class DueCheck:
    template_id: str
    title: str
    frequency: str  # opening, closing, weekly, monthly
    due_from: dt.datetime  # aware UTC
    deadline: dt.datetime
    overdue: bool
    in_progress_id: str | None  # a check of it started in this period and not signed yet


@dataclass(frozen=True)
class OverdueAction:
    id: str
    item_text: str
    owner_name: str
    due_on: dt.date
    days_overdue: int


@dataclass(frozen=True)
class OverdueComplaint:
    id: str
    summary: str
    assignee_name: str
    deadline_at: dt.datetime  # aware UTC


@dataclass(frozen=True)
class DueNow:
    at: dt.datetime  # aware UTC
    zone: dt.tzinfo  # the branch's: show the times in it
    today: dt.date  # branch-local
    checks: list[DueCheck]  # overdue first, then by deadline
    actions: list[OverdueAction]  # the longest overdue first
    complaints: list[OverdueComplaint]  # the longest overdue first

    @property
    def empty(self) -> bool:
        return not (self.checks or self.actions or self.complaints)


class DueService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def now(self) -> DueNow:
        now = self.clock.now()
        with self.db.reading() as s:
            branch = load_branch(s)
            if branch is None:
                return DueNow(now, dt.timezone.utc, now.date(), [], [], [])
            settings = _to_settings(branch)
            today = now.astimezone(settings.zone).date()
            names = {sid: name for sid, name in s.execute(select(Staff.id, Staff.full_name))}
            current = []
            for template in scheduled_templates(s):
                if template.schedule.frequency == NOT_SCHEDULED:
                    continue
                # Yesterday's closing check stays due while its grace runs past midnight.
                for day in (today - dt.timedelta(days=1), today):
                    period = period_of(day, template.schedule, settings)
                    if period is not None and period.due_from <= now < period.ends_at:
                        current.append((template, period))
                        break
            since = min((p.counts_from for _, p in current), default=now)
            started = inspections_since(s, since)
            checks = []
            for template, period in current:
                mine = [i for i in started if i.template_id == template.template_id]
                if any(i.signed_at is not None and period.counts(i.signed_at) for i in mine):
                    continue
                going = [i for i in mine if i.signed_at is None and i.started_at >= period.counts_from]
                checks.append(DueCheck(template.template_id, template.title, template.schedule.frequency,
                                       period.due_from, period.deadline, now > period.deadline,
                                       going[-1].inspection_id if going else None))
            actions = [
                OverdueAction(aid, text, names.get(owner, ""), due_on, (today - due_on).days)
                for aid, text, owner, due_on in s.execute(
                    select(CorrectiveAction.id, CorrectiveAction.item_text, CorrectiveAction.owner_staff_id,
                           CorrectiveAction.due_on)
                    .where(CorrectiveAction.status == OPEN, CorrectiveAction.due_on < today)
                    .order_by(CorrectiveAction.due_on, CorrectiveAction.id))]
            complaints = [
                OverdueComplaint(cid, summary, names.get(assignee, ""), deadline)
                for cid, summary, assignee, deadline in s.execute(
                    select(Complaint.id, Complaint.summary, Complaint.assignee_staff_id, Complaint.deadline_at)
                    .where(Complaint.replied_at.is_(None), Complaint.deadline_at < now)
                    .order_by(Complaint.deadline_at, Complaint.id))]
        checks.sort(key=lambda c: (not c.overdue, c.deadline, c.title))
        return DueNow(now, settings.zone, today, checks, actions, complaints)
