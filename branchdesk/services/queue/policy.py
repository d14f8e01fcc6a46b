"""Which waiting ticket a window calls next, under the policy chosen in settings.

- strict: a waiting priority ticket (老弱病残孕) always goes first;
- interleave: one priority ticket after every N others;
- aging: every ticket's claim grows with its wait, and priority tickets start
  `bonus_minutes` ahead, so nobody waits for ever.

Order among equals is the order of issue (`issue_seq`), never the wall clock,
which in an outlet may be wrong or jump back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

STRICT = "strict"
INTERLEAVE = "interleave"
AGING = "aging"
POLICIES = (STRICT, INTERLEAVE, AGING)


@dataclass(frozen=True)
class Waiting:
    ticket_id: str
    issue_seq: int
    issued_at: dt.datetime
    priority: bool


@dataclass(frozen=True)
class Policy:
    kind: str = STRICT
    every: int = 3  # interleave: one priority after this many others
    bonus_minutes: float = 10.0  # aging: head start of a priority ticket


@dataclass(frozen=True)
class CallHistory:
    """What the policy needs to remember: normal calls since the last priority call."""

    normal_since_priority: int = 0

    def after(self, called: Waiting) -> "CallHistory":
        return CallHistory(0 if called.priority else self.normal_since_priority + 1)


def choose(waiting: Sequence[Waiting], policy: Policy, history: CallHistory, now: dt.datetime) -> Waiting | None:
    if not waiting:
        return None
    in_order = sorted(waiting, key=lambda w: w.issue_seq)
    first_priority = next((w for w in in_order if w.priority), None)
    first_normal = next((w for w in in_order if not w.priority), None)
    if policy.kind == STRICT:
        return first_priority or first_normal
    if policy.kind == INTERLEAVE:
        if first_priority and (first_normal is None or history.normal_since_priority >= policy.every):
            return first_priority
        return first_normal or first_priority
    if policy.kind == AGING:
        return max(in_order, key=lambda w: (_claim(w, policy, now), -w.issue_seq))
    raise ValueError(f"unknown policy {policy.kind}")


def _claim(ticket: Waiting, policy: Policy, now: dt.datetime) -> float:
    # A clock set back makes waits negative; count them as zero, not as a penalty.
    waited = max((now - ticket.issued_at).total_seconds() / 60.0, 0.0)
    return waited + (policy.bonus_minutes if ticket.priority else 0.0)
