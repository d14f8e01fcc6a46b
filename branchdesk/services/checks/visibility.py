"""Who may see a mystery-shopper visit (issue 11, item 5): one rule for every read path and every export.

Until the inspector releases it, a covert visit's results (answers, score, persons named responsible, the
visit's particulars) are the inspector's and HQ's alone. Everyone else, the branch head and the administrator
included, sees nothing of it, not even that it exists: a "visit pending" line would tell the branch when it was
watched and by whom. A direct request for one is refused with a clear message and audited.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, not_, select
from sqlalchemy.orm import Session, aliased

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.clock import Clock
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import Inspection, MysteryVisit
from branchdesk.sync.protocol import WireRow

MYSTERY = "mystery"


def sees_hidden(actor: Actor) -> bool:
    return actor.can(Permission.RECORD_VISITS)


def hidden() -> ColumnElement[bool]:
    """SQL: the inspection is a mystery visit not released yet (one without its particulars counts as such)."""
    visit = aliased(MysteryVisit)  # its own, whatever the outer query joins
    released = exists(select(visit.id).where(visit.inspection_id == Inspection.id, visit.released_at.is_not(None))
                      .correlate(Inspection))
    return and_(Inspection.kind == MYSTERY, not_(released))


def visible_to(actor: Actor) -> ColumnElement[bool]:
    """SQL: the inspections this actor may read."""
    return not_(hidden()) if not sees_hidden(actor) else Inspection.id.is_not(None)


def is_hidden(s: Session, inspection_id: str) -> bool:
    return s.scalar(select(Inspection.id).where(Inspection.id == inspection_id, hidden())) is not None


def hidden_ids(s: Session) -> set[str]:
    """Every unreleased mystery visit: what the weekly bundle seals (services/sync.py)."""
    return set(s.scalars(select(Inspection.id).where(hidden())))


def refuse(db: Database, clock: Clock, actor: Actor, inspection_id: str, asked: str) -> UserError:
    """Audit the refused attempt in a transaction of its own (it must stay when the caller raises), and return
    the error to raise."""
    with db.transaction() as s:
        audit.append(s, clock.now(), "mystery.refused", actor.staff_id, inspection=inspection_id, asked=asked,
                     role=actor.role.value)
    return UserError("checks.visit_hidden",
                     tr_noop("The results of this mystery-shopper visit are not released yet: only the inspector "
                             "may see them. Your request was refused and recorded."))


# Where a change row names its inspection: the rows that carry a visit's results and particulars.
_INSPECTION_OF = {"inspection": "id", "inspection_answer": "inspection_id", "mystery_visit": "inspection_id"}


def rows_to_seal(db: Database, rows: list[WireRow]) -> frozenset[int]:
    """The seqs of the change rows of unreleased visits: the weekly bundle, which branch staff carry, holds them
    sealed to HQ's key (docs/sync-protocol.md §8.1). Asked after the rows are read: a visit only ever goes from
    hidden to released, so one recorded meanwhile is not among the rows, and one released meanwhile may go plain."""
    with db.reading() as s:
        hidden_now = hidden_ids(s)
    return frozenset(
        row.seq for row in rows
        if row.payload is not None and row.entity in _INSPECTION_OF
        and row.payload.get(_INSPECTION_OF[row.entity]) in hidden_now)
