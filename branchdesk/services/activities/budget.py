"""An activity's budget (issue 10, item 1): lines with a cap and a float, spending recorded as it happens
(append-only: a correction is a negative entry naming the one it corrects), budget against actual.

Money is in fen. Lines and spending change until the activity closes; MANAGE_ACTIVITIES, audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import common
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import ActivityBudgetLine, ActivitySpending

CATEGORIES = ("publicity", "staff", "materials", "gifts", "venue", "catering")
MAX_LABEL, MAX_NOTE = 80, 200
MAX_FEN = 100_000_000  # a million yuan: beyond any branch activity, so surely a typing slip


@dataclass(frozen=True)
class BudgetLineView:
    id: str
    category: str
    label: str
    cap_fen: int
    float_fen: int
    spent_fen: int

    @property
    def remaining_fen(self) -> int:
        return self.cap_fen - self.spent_fen

    @property
    def over_cap(self) -> bool:
        return self.spent_fen > self.cap_fen

    @property
    def over_float(self) -> bool:
        """Spent beyond the cap and the float allowed over it."""
        return self.spent_fen > self.cap_fen + self.float_fen


@dataclass(frozen=True)
class BudgetView:
    lines: list[BudgetLineView]

    @property
    def cap_fen(self) -> int:
        return sum(line.cap_fen for line in self.lines)

    @property
    def float_fen(self) -> int:
        return sum(line.float_fen for line in self.lines)

    @property
    def spent_fen(self) -> int:
        return sum(line.spent_fen for line in self.lines)


@dataclass(frozen=True)
class SpendingView:
    id: str
    budget_line_id: str
    category: str
    amount_fen: int
    spent_on: dt.date
    note: str
    corrects_id: str | None
    at: dt.datetime
    staff_name: str


class ActivityBudget(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @publishes(ACTIVITIES)
    def add_line(self, actor: Actor, activity_id: str, category: str, cap_fen: int, float_fen: int = 0,
                 label: str = "") -> BudgetView:
        actor.require(Permission.MANAGE_ACTIVITIES)
        if category not in CATEGORIES:
            raise UserError("budget.no_category", tr_noop("Choose the budget category."))
        _check_amounts(cap_fen, float_fen)
        label = common.clean_text(label, MAX_LABEL)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id)
            line = ActivityBudgetLine(activity_id=row.id, category=category, label=label, cap_fen=cap_fen,
                                      float_fen=float_fen)
            s.add(line)
            s.flush()
            audit.append(s, now, "budget.line_added", actor.staff_id, activity=row.id, line=line.id,
                         category=category, cap_fen=cap_fen, float_fen=float_fen)
        return self.budget(activity_id)

    @publishes(ACTIVITIES)
    def change_line(self, actor: Actor, line_id: str, cap_fen: int, float_fen: int, label: str = "") -> BudgetView:
        """A revised cap or float (the audit keeps the old figures)."""
        actor.require(Permission.MANAGE_ACTIVITIES)
        _check_amounts(cap_fen, float_fen)
        label = common.clean_text(label, MAX_LABEL)
        now = self.clock.now()
        with self.db.transaction() as s:
            line = _line(s, line_id)
            common.editable(s, line.activity_id)
            audit.append(s, now, "budget.line_changed", actor.staff_id, activity=line.activity_id, line=line.id,
                         cap_fen=[line.cap_fen, cap_fen], float_fen=[line.float_fen, float_fen])
            line.cap_fen, line.float_fen, line.label = cap_fen, float_fen, label
            activity_id = line.activity_id
        return self.budget(activity_id)

    @publishes(ACTIVITIES)
    def spend(self, actor: Actor, line_id: str, amount_fen: int, spent_on: dt.date, note: str = "") -> SpendingView:
        actor.require(Permission.MANAGE_ACTIVITIES)
        if amount_fen <= 0 or amount_fen > MAX_FEN:
            raise UserError("budget.bad_spending", tr_noop("Enter the amount spent, more than 0."))
        note = common.clean_text(note, MAX_NOTE)
        return self._append(actor, line_id, amount_fen, spent_on, note, None)

    @publishes(ACTIVITIES)
    def correct(self, actor: Actor, spending_id: str, right_fen: int, note: str) -> SpendingView:
        """A spending entry was wrong: a new entry of the difference, naming it (the wrong one stays)."""
        actor.require(Permission.MANAGE_ACTIVITIES)
        note = common.clean_text(note, MAX_NOTE)
        if not note:
            raise UserError("budget.no_reason", tr_noop("Say why the entry is corrected."))
        if right_fen < 0 or right_fen > MAX_FEN:
            raise UserError("budget.bad_spending", tr_noop("Enter the amount spent, more than 0."))
        with self.db.reading() as s:
            wrong = s.get(ActivitySpending, spending_id)
            if wrong is None:
                raise UserError("budget.spending_not_found", tr_noop("This spending entry no longer exists."))
            already = s.scalar(select(func.coalesce(func.sum(ActivitySpending.amount_fen), 0))
                               .where(ActivitySpending.corrects_id == wrong.id)) or 0
            line_id, spent_on, current = wrong.budget_line_id, wrong.spent_on, wrong.amount_fen + already
        if right_fen == current:
            raise UserError("budget.same_amount", tr_noop("The entry already stands at that amount."))
        return self._append(actor, line_id, right_fen - current, spent_on, note, spending_id)

    def _append(self, actor: Actor, line_id: str, amount_fen: int, spent_on: dt.date, note: str,
                corrects_id: str | None) -> SpendingView:
        now = self.clock.now()
        with self.db.transaction() as s:
            line = _line(s, line_id)
            common.editable(s, line.activity_id)
            entry = ActivitySpending(activity_id=line.activity_id, budget_line_id=line.id, amount_fen=amount_fen,
                                     spent_on=spent_on, note=note, corrects_id=corrects_id, at=now,
                                     staff_id=actor.staff_id)
            s.add(entry)
            s.flush()
            audit.append(s, now, "budget.spent" if corrects_id is None else "budget.corrected", actor.staff_id,
                         activity=line.activity_id, line=line.id, entry=entry.id, amount_fen=amount_fen,
                         corrects=corrects_id)
            return SpendingView(entry.id, line.id, line.category, amount_fen, spent_on, note, corrects_id, now,
                                actor.full_name)

    # -- reads ----------------------------------------------------------------------------------

    def budget(self, activity_id: str) -> BudgetView:
        """Each line's cap, float and what was spent against it, in category order."""
        with self.db.reading() as s:
            common.load(s, activity_id)
            spent: dict[str, int] = {line_id: int(total) for line_id, total in s.execute(
                select(ActivitySpending.budget_line_id, func.sum(ActivitySpending.amount_fen))
                .where(ActivitySpending.activity_id == activity_id).group_by(ActivitySpending.budget_line_id))}
            lines = s.scalars(select(ActivityBudgetLine).where(ActivityBudgetLine.activity_id == activity_id)).all()
            views = [BudgetLineView(r.id, r.category, r.label, r.cap_fen, r.float_fen, spent.get(r.id, 0))
                     for r in lines]
        return BudgetView(sorted(views, key=lambda v: (CATEGORIES.index(v.category), v.label)))

    def spending(self, activity_id: str) -> list[SpendingView]:
        with self.db.reading() as s:
            names = common.staff_names(s)
            rows = s.execute(select(ActivitySpending, ActivityBudgetLine.category)
                             .join(ActivityBudgetLine, ActivityBudgetLine.id == ActivitySpending.budget_line_id)
                             .where(ActivitySpending.activity_id == activity_id)
                             .order_by(ActivitySpending.seq)).all()
            return [SpendingView(e.id, e.budget_line_id, category, e.amount_fen, e.spent_on, e.note, e.corrects_id,
                                 e.at, names.get(e.staff_id, "")) for e, category in rows]


def _check_amounts(cap_fen: int, float_fen: int) -> None:
    if cap_fen <= 0 or cap_fen > MAX_FEN:
        raise UserError("budget.bad_cap", tr_noop("Enter the line's cap, more than 0."))
    if float_fen < 0 or float_fen > cap_fen:
        raise UserError("budget.bad_float", tr_noop("The float is 0 or more and no larger than the cap."))


def _line(s: Session, line_id: str) -> ActivityBudgetLine:
    line = s.get(ActivityBudgetLine, line_id) if line_id else None
    if line is None:
        raise UserError("budget.line_not_found", tr_noop("This budget line no longer exists."))
    return line
