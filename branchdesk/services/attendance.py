"""Clocking in and out; late arrivals against "10 minutes before opening"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from branchdesk.errors import UserError, tr_noop
from branchdesk.services.branch import BranchService, BranchSettings
from branchdesk.services.clock import Clock
from branchdesk.services.events import ATTENDANCE, Publisher, publishes
from branchdesk.services.roles import Actor, Permission, Role
from branchdesk.store import Database
from branchdesk.store.models import AttendanceEvent, Staff

ARRIVE_BEFORE_OPENING = dt.timedelta(minutes=10)
# Events are appended, so insertion order is the true order even when the PC's clock jumps back.
IN_ORDER = AttendanceEvent.seq  # appended in order; the wall clock may have been wrong


def due_at(settings: BranchSettings, day: dt.date) -> dt.datetime | None:
    """When staff must be in on `day` (local, aware), or None on a closed day."""
    hours = settings.hours_on(day.weekday())
    if hours.opens is None or hours.closes is None:
        return None
    return dt.datetime.combine(day, hours.opens, tzinfo=settings.zone) - ARRIVE_BEFORE_OPENING


@dataclass(frozen=True)
class AttendanceDay:
    staff_id: str
    full_name: str
    day: dt.date
    first_in: dt.datetime | None  # local time
    last_out: dt.datetime | None
    late: bool
    minutes_late: int
    worked_minutes: int
    on_duty: bool  # clocked in and not yet out


class AttendanceService(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch

    def _settings(self) -> BranchSettings:
        settings = self.branch.settings()
        if settings is None:
            raise UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))
        return settings

    @publishes(ATTENDANCE)
    def clock_in(self, actor: Actor) -> AttendanceDay:
        return self._record(actor, "in")

    @publishes(ATTENDANCE)
    def clock_out(self, actor: Actor) -> AttendanceDay:
        return self._record(actor, "out")

    def _record(self, actor: Actor, kind: str) -> AttendanceDay:
        settings = self._settings()
        now = self.clock.now()
        today = now.astimezone(settings.zone).date()
        with self.db.transaction() as s:
            last = s.scalars(
                select(AttendanceEvent)
                .where(AttendanceEvent.staff_id == actor.staff_id, AttendanceEvent.work_date == today)
                .order_by(IN_ORDER.desc())
                .limit(1)
            ).first()
            on_duty = last is not None and last.kind == "in"
            if kind == "in" and on_duty:
                raise UserError("attendance.already_in", tr_noop("You are already clocked in."))
            if kind == "out" and not on_duty:
                raise UserError("attendance.not_in", tr_noop("You are not clocked in."))
            due = due_at(settings, today)
            first_in_today = kind == "in" and last is None
            late = bool(first_in_today and due is not None and now > due)
            s.add(AttendanceEvent(staff_id=actor.staff_id, kind=kind, at=now, work_date=today, late=late))
        return self.day_for(actor.staff_id, today)

    def day_for(self, staff_id: str, day: dt.date) -> AttendanceDay:
        return next(d for d in self._days(day, day, staff_id) if d.day == day)

    def day_view(self, actor: Actor, day: dt.date) -> list[AttendanceDay]:
        """Everyone active (managers), or just oneself (clerks)."""
        staff_id = None if actor.can(Permission.VIEW_ALL_ATTENDANCE) else actor.staff_id
        return self._days(day, day, staff_id)

    def week_view(self, actor: Actor, any_day: dt.date) -> list[AttendanceDay]:
        """Monday to Sunday of the week holding `any_day`."""
        monday = any_day - dt.timedelta(days=any_day.weekday())
        staff_id = None if actor.can(Permission.VIEW_ALL_ATTENDANCE) else actor.staff_id
        return self._days(monday, monday + dt.timedelta(days=6), staff_id)

    def period(self, first: dt.date, last: dt.date) -> list[AttendanceDay]:
        """Every active person's days from first to last, for the branch's own reports (no actor: the weekly
        report goes to the county office whoever makes the bundle)."""
        return self._days(first, last, None)

    def _days(self, first: dt.date, last: dt.date, staff_id: str | None) -> list[AttendanceDay]:
        settings = self._settings()
        zone = settings.zone
        with self.db.reading() as s:
            people_query = select(Staff).order_by(Staff.created_at)
            if staff_id:
                people_query = people_query.where(Staff.id == staff_id)
            else:  # the branch's people: the county's inspector does not clock in here
                people_query = people_query.where(Staff.active.is_(True), Staff.role != Role.INSPECTOR.value)
            people = [(p.id, p.full_name) for p in s.scalars(people_query)]
            events = s.scalars(
                select(AttendanceEvent)
                .where(AttendanceEvent.work_date.between(first, last))
                .order_by(IN_ORDER)
            ).all()
        by_key: dict[tuple[str, dt.date], list[AttendanceEvent]] = {}
        for event in events:
            by_key.setdefault((event.staff_id, event.work_date), []).append(event)
        now = self.clock.now()
        days = []
        day = first
        while day <= last:
            for pid, name in people:
                days.append(_summarise(pid, name, day, by_key.get((pid, day), []), settings, now, zone))
            day += dt.timedelta(days=1)
        return days


def _summarise(staff_id: str, name: str, day: dt.date, events: list[AttendanceEvent], settings: BranchSettings,
               now: dt.datetime, zone: dt.tzinfo) -> AttendanceDay:
    ins = [e for e in events if e.kind == "in"]
    outs = [e for e in events if e.kind == "out"]
    worked = dt.timedelta()
    started: dt.datetime | None = None
    for event in events:
        if event.kind == "in":
            started = event.at
        elif started is not None:
            worked += max(event.at - started, dt.timedelta())
            started = None
    on_duty = started is not None
    if started is not None and now.astimezone(zone).date() == day:
        worked += max(now - started, dt.timedelta())
    first_in = ins[0].at if ins else None
    due = due_at(settings, day)
    late = bool(ins and ins[0].late)
    minutes_late = int((first_in - due).total_seconds() // 60) if late and due and first_in else 0
    return AttendanceDay(
        staff_id=staff_id,
        full_name=name,
        day=day,
        first_in=first_in.astimezone(zone) if first_in else None,
        last_out=outs[-1].at.astimezone(zone) if outs else None,
        late=late,
        minutes_late=max(minutes_late, 0),
        worked_minutes=int(worked.total_seconds() // 60),
        on_duty=on_duty,
    )
