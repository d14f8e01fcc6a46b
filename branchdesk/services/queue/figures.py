"""Closed days' queue figures: built once from the day's tickets, then read instead of them.

A day is closed once it is before the branch's today. Its figures are kept per
group (the whole day, each hour, business, clerk, and hour and business) in
`queue_day_figures`; triggers drop them when one of the day's tickets is
written (a back-entry, a late finish), and `ensure_built` builds them again.
"""

from __future__ import annotations

import datetime as dt
import sys
from array import array
from collections import defaultdict
from typing import Callable, Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from branchdesk.services.queue.stats import (
    DEFAULT_NORM_MINUTES, HourCell, StoredDay, Summary, TicketFacts, load_facts,
)
from branchdesk.store import Database
from branchdesk.store.models import QueueDayBuilt, QueueDayFigures

# The groups a day is kept in, and each ticket's key in them (None: not in that group).
DIMENSIONS: dict[str, Callable[[TicketFacts], str | None]] = {
    "day": lambda f: "",
    "hour": lambda f: f"{f.hour:02d}",
    "business": lambda f: f.business_code,
    "clerk": lambda f: f.served_by,
    "hour_business": lambda f: f"{f.hour:02d} {f.business_code}",
}
# Days are built in write transactions of about this many tickets, so a counter never waits long.
BATCH_TICKETS = 5000


def encode_histogram(counts: list[int]) -> bytes:
    packed = array("I", counts)
    if sys.byteorder == "big":  # stored little-endian, whatever the PC
        packed.byteswap()
    return packed.tobytes()


def decode_histogram(blob: bytes) -> array[int]:
    counts = array("I")
    counts.frombytes(blob)
    if sys.byteorder == "big":
        counts.byteswap()
    return counts


def build_day(session: Session, day: dt.date, zone: ZoneInfo) -> int:
    """(Re)build one closed day's figures from its tickets; returns how many tickets it read."""
    session.execute(delete(QueueDayFigures).where(QueueDayFigures.business_date == day))
    session.execute(delete(QueueDayBuilt).where(QueueDayBuilt.business_date == day))
    facts = load_facts(session, day, day, zone)
    groups: dict[tuple[str, str], Summary] = defaultdict(Summary)
    for fact in facts:
        for dimension, key_of in DIMENSIONS.items():
            key = key_of(fact)
            if key is not None:
                groups[(dimension, key)].add(fact)
    rows = [
        dict(business_date=day, dimension=dimension, key=key, arrivals=s.arrivals, served=s.served,
             no_shows=s.no_shows, wait_count=s.wait_count, wait_sum=s.wait_sum, wait_max=s.wait_max,
             wait_p90=s.p90_wait,
             wait_histogram=encode_histogram(s.wait_histogram if dimension != "hour_business" else []),
             service_count=s.service_count, service_sum=s.service_sum, within_norm=s.within_norm,
             with_norm=s.with_norm)
        for (dimension, key), s in groups.items() if s.arrivals
    ]
    if rows:
        session.execute(insert(QueueDayFigures), rows)
    session.add(QueueDayBuilt(business_date=day, zone=zone.key))
    return len(facts)


def ensure_built(db: Database, first: dt.date, last: dt.date, zone: ZoneInfo,
                 progress: Callable[[int, int], None] | None = None) -> int:
    """Build every day from first to last (all closed) that has no current figures; returns how many.

    `progress(days_done, days_to_do)` is called between batches (each its own transaction, so what is
    built stays built); it may raise to stop, e.g. when the user cancels."""
    if last < first:
        return 0
    with db.reading() as s:
        built = set(s.scalars(select(QueueDayBuilt.business_date).where(
            QueueDayBuilt.business_date.between(first, last), QueueDayBuilt.zone == zone.key)))
    missing = [day for day in _days(first, last) if day not in built]
    todo = list(reversed(missing))
    while todo:
        if progress:
            progress(len(missing) - len(todo), len(missing))
        with db.transaction() as s:
            load = 0
            while todo and load < BATCH_TICKETS:
                load += build_day(s, todo.pop(), zone)
    if progress and missing:
        progress(len(missing), len(missing))
    return len(missing)


def read(session: Session, first: dt.date, last: dt.date, dimensions: Iterable[str]) -> list[StoredDay]:
    rows = session.execute(
        select(*QueueDayFigures.__table__.columns)
        .where(QueueDayFigures.business_date.between(first, last),
               QueueDayFigures.dimension.in_(list(dimensions)))
    )
    return [StoredDay(**{**row._mapping, "wait_histogram": decode_histogram(row.wait_histogram)}) for row in rows]


def stored_hour_cells(session: Session, first: dt.date, last: dt.date,
               norm_minutes: dict[str, float]) -> dict[tuple[int, int], HourCell]:
    """The window advice's input, added up by weekday, hour and business in SQL (a year is ~20,000 rows)."""
    weekday = func.strftime("%w", QueueDayFigures.business_date)  # 0 = Sunday
    rows = session.execute(
        select(weekday, QueueDayFigures.key, func.sum(QueueDayFigures.arrivals),
               func.sum(QueueDayFigures.service_count), func.sum(QueueDayFigures.service_sum))
        .where(QueueDayFigures.business_date.between(first, last), QueueDayFigures.dimension == "hour_business")
        .group_by(weekday, QueueDayFigures.key)
    )
    cells: dict[tuple[int, int], HourCell] = defaultdict(HourCell)
    for sunday_first, key, arrivals, service_count, service_sum in rows:
        hour, code = key.split(" ", 1)
        cell = cells[((int(sunday_first) + 6) % 7, int(hour))]
        cell.arrivals += arrivals
        cell.norm_sum += arrivals * norm_minutes.get(code, DEFAULT_NORM_MINUTES)
        cell.service_count += service_count
        cell.service_sum += service_sum
    return dict(cells)


def _days(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    for offset in range((last - first).days + 1):
        yield first + dt.timedelta(days=offset)
