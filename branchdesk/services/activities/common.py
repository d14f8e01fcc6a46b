"""What every activities service shares: the statuses, loading an activity, and who may change it when."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.store.models import Activity, Staff

DRAFT, RUNNING, CLOSED = "draft", "running", "closed"
STATUSES = (DRAFT, RUNNING, CLOSED)


def load(s: Session, activity_id: str) -> Activity:
    row = s.get(Activity, activity_id) if activity_id else None
    if row is None:
        raise UserError("activity.not_found", tr_noop("This activity no longer exists."))
    return row


def editable(s: Session, activity_id: str, *, draft_only: bool = False) -> Activity:
    """The activity, if it may still change: a closed one is read-only; the plan's core (name, dates,
    goals, poster text) is fixed once it has started."""
    row = load(s, activity_id)
    if row.status == CLOSED:
        raise UserError("activity.closed", tr_noop("The activity “{name}” is closed and can no longer be changed."),
                        name=row.name)
    if draft_only and row.status != DRAFT:
        raise UserError("activity.started",
                        tr_noop("The activity “{name}” has started: its name, dates, goals and poster text are fixed."),
                        name=row.name)
    return row


def active_staff(s: Session, staff_id: str | None) -> str | None:
    """`staff_id` if it names an active member of staff; None for no one; else a clear error."""
    if not staff_id:
        return None
    person = s.get(Staff, staff_id)
    if person is None or not person.active:
        raise UserError("activity.no_person", tr_noop("Choose a member of staff who still works here."))
    return person.id


def staff_names(s: Session) -> dict[str, str]:
    return {sid: name for sid, name in s.execute(select(Staff.id, Staff.full_name))}


def clean_text(text: str | None, limit: int) -> str:
    value = (text or "").strip()
    if len(value) > limit:
        raise UserError("activity.too_long", tr_noop("Keep this text under {limit} characters."), limit=limit)
    return value


def yuan_to_fen(text: str) -> int:
    """'1200', '1,200.50', '¥35' as fen; a clear error for anything else or a negative amount."""
    cleaned = (text or "").strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    try:
        whole, _, part = cleaned.partition(".")
        if not whole.isdigit() or (part and not (part.isdigit() and len(part) <= 2)):
            raise ValueError(cleaned)
        return int(whole) * 100 + int((part + "00")[:2])
    except ValueError:
        raise UserError("activity.bad_amount",
                        tr_noop("Enter an amount in yuan, like 1200 or 35.50.")) from None


def fen_text(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"
