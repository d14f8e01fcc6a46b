"""The duty manager's counter rules: how long a no-show may come back, how far back paper tickets
may be entered. Kept with the call policy in this PC's queue settings (JSON); see settings.py."""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.errors import UserError, tr_noop

MAX_NO_SHOW_RETURN_MINUTES = 240
MAX_BACK_ENTRY_DAYS = 7


@dataclass(frozen=True)
class Rules:
    # A no-show's number may be called back (by its code, the same business day) for this long after it
    # was marked; 0: never. The printed ticket tells the customer they may come back.
    no_show_return_minutes: int = 30
    # Paper tickets (a power cut) may be back-entered for today and this many days before; 1: yesterday.
    back_entry_days: int = 1
    # ... and only at a time the branch was open that day.
    back_entry_in_hours: bool = True


def checked_rules(rules: Rules) -> Rules:
    if not isinstance(rules.no_show_return_minutes, int) or not (
            0 <= rules.no_show_return_minutes <= MAX_NO_SHOW_RETURN_MINUTES):
        raise UserError("queue.bad_no_show_return",
                        tr_noop("A no-show can be called back within 0 to {most} minutes."),
                        most=MAX_NO_SHOW_RETURN_MINUTES)
    if not isinstance(rules.back_entry_days, int) or not 0 <= rules.back_entry_days <= MAX_BACK_ENTRY_DAYS:
        raise UserError("queue.bad_back_entry_days",
                        tr_noop("Back-entry reaches 0 to {most} days before today."), most=MAX_BACK_ENTRY_DAYS)
    if not isinstance(rules.back_entry_in_hours, bool):
        raise UserError("queue.bad_back_entry_hours", tr_noop("Say whether back-entry keeps to opening hours."))
    return rules
