"""Queue figures for the screens and the daily report: plain rows, computed from the tickets."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select

from branchdesk.errors import UserError, tr_noop
from branchdesk.printing.report_data import AdviceHour, QueueDayReport, ReportRow as Row
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.queue import erlang, figures, stats
from branchdesk.services.queue.setup import list_businesses, list_windows
from branchdesk.store import Database
from branchdesk.store.models import Ticket


def _row(label: str, summary: stats.Summary) -> Row:
    return Row(label, summary.arrivals, summary.served, summary.no_shows, summary.mean_wait, summary.p90_wait,
               summary.max_wait, summary.mean_service, summary.share_within_norm)


@dataclass(frozen=True)
class PeriodReport:
    first: dt.date
    last: dt.date
    total: Row
    by_day: list[Row]
    by_hour: list[Row]
    by_business: list[Row]
    by_clerk: list[Row]
    pause_minutes: float
    pause_by_day: dict[str, float] = field(default_factory=dict)  # by the labels of by_day
    pause_by_clerk: dict[str, float] = field(default_factory=dict)  # by the labels of by_clerk


class QueueReports:
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch

    def period(self, first: dt.date, last: dt.date,
               progress: Callable[[int, int], None] | None = None) -> PeriodReport:
        """Figures from first to last: closed days from their stored figures, today from its tickets.

        Closed days without stored figures are built first (once); `progress(done, total)` follows that
        and may raise to stop it."""
        zone = self.branch.require_settings().zone
        today = self.branch.today()
        closed_last = min(last, today - dt.timedelta(days=1))
        figures.ensure_built(self.db, first, closed_last, zone, progress)
        with self.db.reading() as s:
            stored = figures.read(s, first, closed_last, ("day", "hour", "business", "clerk"))
            facts = stats.load_facts(s, max(first, today), last, zone) if last >= today else []
            names = stats.staff_names(s)
            businesses = {x.code: x.name_zh for x in list_businesses(s, include_inactive=True)}
            pauses, staff_pauses = stats.pause_totals(s, first, last, zone)
        total = stats.Summary()
        groups: dict[str, dict[Any, stats.Summary]] = {
            dimension: defaultdict(stats.Summary) for dimension in ("day", "hour", "business", "clerk")}
        for day in stored:
            if day.dimension == "day":
                total.merge(day)
                groups["day"][day.business_date].merge(day)
            elif day.dimension == "hour":
                groups["hour"][int(day.key)].merge(day)
            else:
                groups[day.dimension][day.key].merge(day)
        for fact in facts:
            total.add(fact)
            groups["day"][fact.business_date].add(fact)
            groups["hour"][fact.hour].add(fact)
            groups["business"][fact.business_code].add(fact)
            if fact.served_by:
                groups["clerk"][fact.served_by].add(fact)
        by_day, by_hour, by_business, by_clerk = (groups[d] for d in ("day", "hour", "business", "clerk"))
        return PeriodReport(
            first=first,
            last=last,
            total=_row("total", total),
            by_day=[_row(day.isoformat(), by_day[day]) for day in sorted(by_day) if by_day[day].arrivals],
            by_hour=[_row(f"{hour:02d}:00", by_hour[hour]) for hour in sorted(by_hour) if by_hour[hour].arrivals],
            by_business=[_row(businesses.get(code, code), by_business[code]) for code in businesses
                        if by_business.get(code) and by_business[code].arrivals],
            by_clerk=[_row(names.get(sid, sid), summary) for sid, summary in sorted(by_clerk.items())
                      if summary.arrivals],
            pause_minutes=sum(pauses.values()),
            pause_by_day={day.isoformat(): minutes for day, minutes in pauses.items()},
            pause_by_clerk={names.get(sid, sid): minutes for sid, minutes in staff_pauses.items()},
        )

    def day(self, day: dt.date) -> PeriodReport:
        return self.period(day, day)

    def window_advice(self, target: stats.AdviceTarget | None = None, weeks: int = stats.HISTORY_WEEKS,
                      until: dt.date | None = None) -> list[stats.HourAdvice]:
        """Windows to open per hour of the week, from the last `weeks` full weeks before today
        (or the `weeks` ending with `until`); only closed days count, a day under way would lower the rates."""
        target = target or stats.AdviceTarget()
        yesterday = self.branch.today() - dt.timedelta(days=1)
        last = min(until or yesterday, yesterday)
        first = last + dt.timedelta(days=1) - dt.timedelta(weeks=weeks)
        zone = self.branch.require_settings().zone
        with self.db.reading() as s:
            oldest = s.scalar(select(func.min(Ticket.business_date)).where(Ticket.business_date >= first))
            norms = {x.code: x.norm.minutes() for x in list_businesses(s, include_inactive=True)}
        if oldest is None or oldest > last:
            return []
        figures.ensure_built(self.db, oldest, last, zone)
        with self.db.reading() as s:
            cells = figures.stored_hour_cells(s, oldest, last, norms)
        weeks_of_history = ((last - oldest).days + 1) // 7
        return stats.advise_cells(cells, stats.weekday_counts(oldest, last), weeks_of_history, target)

    def advice_now(self, target: stats.AdviceTarget | None = None) -> stats.HourAdvice | None:
        """The advice for the current hour of the week, for the home page."""
        local = self.clock.now().astimezone(self.branch.require_settings().zone)
        return next((a for a in self.window_advice(target) if (a.weekday, a.hour) == (local.weekday(), local.hour)),
                    None)

    def day_report_data(self, day: dt.date, target: stats.AdviceTarget | None = None) -> QueueDayReport:
        """What the printed daily report shows: the day's figures and the advice for its weekday
        from the weeks of history ending that day."""
        target = target or stats.AdviceTarget()
        settings = self.branch.settings()
        if settings is None:
            raise UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))
        report = self.day(day)
        with self.db.reading() as s:
            english = {x.name_zh: x.name_en for x in list_businesses(s, include_inactive=True)}
            windows = len(list_windows(s))
        advice = [AdviceHour(a.hour, a.windows, a.arrivals_per_hour, a.from_norms,
                             share_all_open(a, windows, target) if a.windows > windows else None)
                  for a in self.window_advice(target, until=day) if a.weekday == day.weekday()]
        return QueueDayReport(
            branch_name=settings.name,
            branch_code=settings.code,
            day=day,
            generated_at=self.clock.now().astimezone(settings.zone),
            total=report.total,
            pause_minutes=report.pause_minutes,
            by_hour=report.by_hour,
            by_business=[replace(r, label_en=english.get(r.label, "")) for r in report.by_business],
            by_clerk=report.by_clerk,
            advice=advice,
            target_share=target.share,
            target_minutes=target.within_minutes,
            branch_windows=windows,
            in_future=day > self.branch.today(),
        )


def share_all_open(advice: stats.HourAdvice, windows: int, target: stats.AdviceTarget) -> float:
    """The share of customers served within the target time in that hour with `windows` open (0.0 when they
    cannot keep up with the arrivals and the queue only grows)."""
    load = erlang.offered_load(advice.arrivals_per_hour, advice.service_minutes)
    return erlang.service_level(windows, load, advice.service_minutes, target.within_minutes)

