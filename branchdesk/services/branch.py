"""The branch's own settings: identity, grade, hours; checked against the counter standard."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.clock import Clock
from branchdesk.services.events import ATTENDANCE, QUEUE, SETTINGS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import Branch, OpeningHours

# The counter service standard: minimum opening hours a day by branch grade.
MIN_DAILY_HOURS = {1: 12, 2: 10, 3: 8, 4: 8}
DEFAULT_TIMEZONE = "Asia/Shanghai"
CODE_PATTERN = re.compile(r"[A-Za-z0-9-]{2,20}")


@dataclass(frozen=True)
class DayHours:
    weekday: int  # 0 = Monday
    opens: dt.time | None = None
    closes: dt.time | None = None

    @property
    def is_open(self) -> bool:
        return self.opens is not None and self.closes is not None

    @property
    def hours(self) -> float:
        if self.opens is None or self.closes is None:
            return 0.0
        start = dt.datetime.combine(dt.date.min, self.opens)
        end = dt.datetime.combine(dt.date.min, self.closes)
        return (end - start).total_seconds() / 3600


def standard_week(opens: dt.time = dt.time(8, 0), closes: dt.time = dt.time(17, 30)) -> list[DayHours]:
    return [DayHours(day, opens, closes) for day in range(7)]


@dataclass(frozen=True)
class BranchSettings:
    code: str
    name: str
    grade: int
    timezone: str
    savings_business: bool
    hours: list[DayHours] = field(default_factory=standard_week)
    is_demo: bool = False

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def hours_on(self, weekday: int) -> DayHours:
        return next((h for h in self.hours if h.weekday == weekday), DayHours(weekday))

    def with_changes(self, **changes: Any) -> "BranchSettings":
        return replace(self, **changes)


@dataclass(frozen=True)
class HoursWarning:
    code: str
    message: str
    params: dict[str, object]


def hours_warnings(settings: BranchSettings) -> list[HoursWarning]:
    """Where the hours fall short of the counter standard (a warning, not a refusal)."""
    warnings = []
    minimum = MIN_DAILY_HOURS[settings.grade]
    short = [d for d in settings.hours if d.is_open and d.hours < minimum]
    if short:
        warnings.append(
            HoursWarning(
                "hours.short_day",
                tr_noop("Open only {hours:g} h on {count} day(s) a week; grade {grade} needs at least {minimum} h a day."),
                {"weekdays": [d.weekday for d in short], "count": len(short),
                 "hours": round(min(d.hours for d in short), 2), "grade": settings.grade, "minimum": minimum},
            )
        )
    closed = [d.weekday for d in settings.hours if not d.is_open]
    may_close_one = settings.grade == 4 and not settings.savings_business
    if closed and not may_close_one:
        warnings.append(
            HoursWarning(
                "hours.must_open_all_week",
                tr_noop("Branches of grades 1-3, or with savings business, open every day of the week."),
                {"closed": closed},
            )
        )
    elif len(closed) > 1:
        warnings.append(
            HoursWarning(
                "hours.closed_too_often",
                tr_noop("A grade 4 branch without savings may close one day a week, not {count}."),
                {"count": len(closed)},
            )
        )
    return warnings


def validate(settings: BranchSettings) -> None:
    if not CODE_PATTERN.fullmatch(settings.code or ""):
        raise UserError(
            "branch.bad_code",
            tr_noop("The branch code must be 2-20 letters, digits or dashes."),
        )
    if not settings.name.strip():
        raise UserError("branch.no_name", tr_noop("Enter the branch name."))
    if settings.grade not in MIN_DAILY_HOURS:
        raise UserError("branch.bad_grade", tr_noop("The grade must be 1, 2, 3 or 4."))
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            "branch.bad_timezone", tr_noop("Unknown time zone: {zone}."), zone=settings.timezone
        ) from None
    for day in settings.hours:
        if (day.opens is None) != (day.closes is None):
            raise UserError(
                "branch.half_hours",
                tr_noop("Give both opening and closing time, or neither for a closed day."),
            )
        if day.opens is not None and day.closes is not None and day.closes <= day.opens:
            raise UserError(
                "branch.hours_order", tr_noop("Closing time must be after opening time.")
            )


def _to_settings(branch: Branch) -> BranchSettings:
    return BranchSettings(
        code=branch.code,
        name=branch.name,
        grade=branch.grade,
        timezone=branch.timezone,
        savings_business=branch.savings_business,
        hours=[DayHours(h.weekday, h.opens, h.closes) for h in branch.hours],
        is_demo=branch.is_demo,
    )


def load_branch(session: Session) -> Branch | None:
    return session.scalars(select(Branch).limit(1)).first()


class BranchService(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def is_set_up(self) -> bool:
        with self.db.reading() as s:
            return load_branch(s) is not None

    def settings(self) -> BranchSettings | None:
        with self.db.reading() as s:
            branch = load_branch(s)
            return _to_settings(branch) if branch else None

    def require_settings(self) -> BranchSettings:
        """The settings, or a clear UserError before the branch is set up (never None.zone)."""
        settings = self.settings()
        if settings is None:
            raise UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))
        return settings

    def today(self) -> dt.date:
        """The branch's local date now."""
        with self.db.reading() as s:  # only the zone: every queue step asks, so keep it one small query
            timezone = s.scalar(select(Branch.timezone).limit(1))
        zone = ZoneInfo(timezone) if timezone else ZoneInfo(DEFAULT_TIMEZONE)
        return self.clock.now().astimezone(zone).date()

    @publishes(SETTINGS, QUEUE, ATTENDANCE)
    def update(self, actor: Actor, settings: BranchSettings) -> list[HoursWarning]:
        actor.require(Permission.EDIT_BRANCH)
        validate(settings)
        with self.db.transaction() as s:
            branch = load_branch(s)
            if branch is None:
                raise UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))
            before = _to_settings(branch)
            branch.code, branch.name, branch.grade = settings.code, settings.name.strip(), settings.grade
            branch.timezone, branch.savings_business = settings.timezone, settings.savings_business
            by_day = {h.weekday: h for h in branch.hours}
            for day in settings.hours:
                row = by_day.get(day.weekday)
                if row is None:
                    branch.hours.append(OpeningHours(weekday=day.weekday, opens=day.opens, closes=day.closes))
                else:
                    row.opens, row.closes = day.opens, day.closes
            audit.append(
                s, self.clock.now(), "branch.updated", actor.staff_id,
                changed=_changed_fields(before, settings),
            )
        return hours_warnings(settings)


def _changed_fields(before: BranchSettings, after: BranchSettings) -> list[str]:
    names = ("code", "name", "grade", "timezone", "savings_business", "hours")
    return [n for n in names if getattr(before, n) != getattr(after, n)]


def create_branch(session: Session, settings: BranchSettings, now: dt.datetime) -> Branch:
    """The one branch of this database (used by first-run set-up and the demo)."""
    validate(settings)
    if load_branch(session) is not None:
        raise UserError("branch.exists", tr_noop("This database already holds a branch."))
    branch = Branch(
        code=settings.code,
        name=settings.name.strip(),
        grade=settings.grade,
        timezone=settings.timezone,
        savings_business=settings.savings_business,
        is_demo=settings.is_demo,
        created_at=now,
        hours=[OpeningHours(weekday=d.weekday, opens=d.opens, closes=d.closes) for d in settings.hours],
    )
    session.add(branch)
    session.flush()
    # Every branch starts with the standard counter businesses and three windows.
    from branchdesk.services.queue.setup import install_defaults

    install_defaults(session)
    return branch
