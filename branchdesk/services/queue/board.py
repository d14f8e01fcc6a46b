"""What the hall display board reads: now serving per window, the last calls, who waits.

The board polls every second or two, so each read is a handful of small
queries. New calls are found by the ticket_event seq (appended, so its
order is the true order, whatever the PC's clock says).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.services.branch import BranchService
from branchdesk.services.queue.service import CALLED, EVENT_ORDER, SERVING, WAITING
from branchdesk.store import Database
from branchdesk.store.models import Business, QueueWindow, Ticket, TicketEvent

CALL_KINDS = ("called", "recalled")
RECENT_CALLS = 6


@dataclass(frozen=True)
class Call:
    seq: int  # the event's seq: the cursor of calls_since
    code: str
    window_number: int
    recall: bool
    at: dt.datetime


@dataclass(frozen=True)
class WindowNow:
    number: int
    name: str
    state: str  # open, paused, closed
    code: str | None  # the ticket called or being served there


@dataclass(frozen=True)
class BusinessWaiting:
    code: str
    name_zh: str
    name_en: str
    prefix: str
    waiting: int


@dataclass(frozen=True)
class BoardState:
    windows: list[WindowNow]
    recent: list[Call]  # newest first, one per ticket
    waiting: list[BusinessWaiting]
    cursor: int  # the newest call event: announce only what comes after it


class QueueBoard:
    def __init__(self, db: Database, branch: BranchService) -> None:
        self.db = db
        self.branch = branch

    def state(self) -> BoardState:
        today = self.branch.today()
        with self.db.reading() as s:
            current = dict(s.execute(
                select(Ticket.window_id, Ticket.code).where(
                    Ticket.business_date == today, Ticket.status.in_((CALLED, SERVING)),
                    Ticket.window_id.is_not(None))).all())
            windows = [WindowNow(w.number, w.name, w.state, current.get(w.id)) for w in s.scalars(
                select(QueueWindow).where(QueueWindow.active.is_(True)).order_by(QueueWindow.number))]
            counts = dict(s.execute(
                select(Ticket.business_id, func.count()).where(
                    Ticket.business_date == today, Ticket.status == WAITING).group_by(Ticket.business_id)).all())
            waiting = [BusinessWaiting(x.code, x.name_zh, x.name_en, x.prefix, counts.get(x.id, 0))
                       for x in s.scalars(select(Business).where(Business.active.is_(True))
                                          .order_by(Business.sort_order))]
            latest = _calls(s, today, None, newest_first=True, limit=RECENT_CALLS * 3)
            cursor = s.scalar(select(func.max(EVENT_ORDER)).where(TicketEvent.kind.in_(CALL_KINDS))) or 0
        recent, seen = [], set()
        for call in latest:
            if call.code not in seen:
                seen.add(call.code)
                recent.append(call)
        return BoardState(windows, recent[:RECENT_CALLS], waiting, cursor)

    def calls_since(self, cursor: int) -> list[Call]:
        """Calls and recalls appended after `cursor`, oldest first (each one is announced)."""
        with self.db.reading() as s:
            return _calls(s, None, cursor, newest_first=False, limit=50)


def _calls(s: Session, day: dt.date | None, after: int | None, newest_first: bool, limit: int) -> list[Call]:
    query = (
        select(EVENT_ORDER, Ticket.code, QueueWindow.number, TicketEvent.kind, TicketEvent.at)
        .select_from(TicketEvent)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(QueueWindow, QueueWindow.id == TicketEvent.window_id)
        .where(TicketEvent.kind.in_(CALL_KINDS))
    )
    if day is not None:
        query = query.where(Ticket.business_date == day)
    if after is not None:
        query = query.where(EVENT_ORDER > after)
    query = query.order_by(EVENT_ORDER.desc() if newest_first else EVENT_ORDER).limit(limit)
    return [Call(seq, code, number, kind == "recalled", at) for seq, code, number, kind, at in s.execute(query)]
