"""A branch's day of queue figures, built at HQ from the rows the branch synced (branch_row)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import select

from branchdesk.hq import ingest
from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import Branch, BranchRow

SERVED, NO_SHOW = "done", "no_show"


@dataclass
class Line:
    label: str
    issued: int = 0
    served: int = 0
    no_shows: int = 0
    waits: list[float] = field(default_factory=list)  # minutes from issue to first call

    @property
    def mean_wait(self) -> float | None:
        return sum(self.waits) / len(self.waits) if self.waits else None

    def add(self, ticket: dict[str, object]) -> None:
        self.issued += 1
        self.served += ticket.get("status") == SERVED
        self.no_shows += ticket.get("status") == NO_SHOW
        issued, called = _time(ticket.get("issued_at")), _time(ticket.get("called_at"))
        if issued and called:
            self.waits.append((called - issued).total_seconds() / 60)


@dataclass(frozen=True)
class DayFigures:
    branch: str
    branch_name: str
    day: dt.date
    total: Line
    by_business: list[Line]


def day_figures(db: HQDatabase, branch_code: str, day: dt.date) -> DayFigures | None:
    with db.transaction() as s:
        branch_id = s.scalar(select(Branch.id).where(Branch.code == branch_code))
    if branch_id is None:
        return None
    ingest.build(db, branch_id)  # the rows received since the last read
    with db.transaction() as s:
        branch = s.get(Branch, branch_id)
        assert branch is not None
        tickets = [json.loads(p) for p in s.scalars(select(BranchRow.payload).where(
            BranchRow.branch_id == branch.id, BranchRow.entity == "ticket", BranchRow.day == day.isoformat(),
            BranchRow.deleted.is_(False)))]
        businesses = {r.entity_id: json.loads(r.payload) for r in s.scalars(select(BranchRow).where(
            BranchRow.branch_id == branch.id, BranchRow.entity == "queue_service"))}
        name = branch.name
    total = Line("合计 Total")
    lines: dict[str, Line] = {}
    for ticket in tickets:
        total.add(ticket)
        business = str(ticket.get("service_id"))
        lines.setdefault(business, Line(str(businesses.get(business, {}).get("name_zh", business)))).add(ticket)
    # In the branch's own order of its businesses, as its counter shows them.
    order = sorted(lines, key=lambda key: (businesses.get(key, {}).get("sort_order", 999), lines[key].label))
    return DayFigures(branch=branch_code, branch_name=name, day=day, total=total,
                      by_business=[lines[key] for key in order])


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    # Rows logged by older versions carry "+00:00"; newer ones are UTC without it.
    return parsed.astimezone(dt.timezone.utc).replace(tzinfo=None) if parsed.tzinfo else parsed
