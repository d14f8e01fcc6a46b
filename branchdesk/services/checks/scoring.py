"""How a check scores (issue 11, item 3): pure functions, no database.

- Each scored item earns `weight × fraction` of `weight` possible points; an item answered
  "not applicable" is left out of both, so it never moves the percentage of the rest.
- pass/fail: 1 or 0. A score: score / max_score, failed below half its maximum.
  A number with limits: 1 within them (inclusive), else 0 and failed.
  Text and photo items are records, not scored.
- A failed critical item fails the whole check whatever the percentage.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

PASS_FAIL = "pass_fail"
SCORE = "score"
NUMBER = "number"
TEXT = "text"
PHOTO = "photo"
ANSWER_TYPES = (PASS_FAIL, SCORE, NUMBER, TEXT, PHOTO)
SCORED = frozenset({PASS_FAIL, SCORE, NUMBER})


@dataclass(frozen=True)
class Rule:
    """What an item asks for."""

    answer_type: str
    weight: float = 1.0
    critical: bool = False
    max_score: int | None = None
    min_value: float | None = None
    max_value: float | None = None


@dataclass(frozen=True)
class Given:
    """What was answered (one field, by the item's type), or not applicable."""

    not_applicable: bool = False
    outcome: str | None = None  # "pass" or "fail"
    score: int | None = None
    number: float | None = None


@dataclass(frozen=True)
class Mark:
    fraction: Fraction | None  # None: not scored (not applicable, text, photo)
    failed: bool


@dataclass(frozen=True)
class Result:
    earned: float
    possible: float
    critical_failed: bool
    failed_items: int

    @property
    def percent(self) -> float | None:
        return None if self.possible == 0 else 100.0 * self.earned / self.possible

    @property
    def passed(self) -> bool:
        return not self.critical_failed


def within(rule: Rule, number: float) -> bool:
    low_ok = rule.min_value is None or number >= rule.min_value
    high_ok = rule.max_value is None or number <= rule.max_value
    return low_ok and high_ok


def mark(rule: Rule, given: Given) -> Mark:
    if given.not_applicable or rule.answer_type not in SCORED:
        return Mark(None, False)
    if rule.answer_type == PASS_FAIL:
        failed = given.outcome == "fail"
        return Mark(Fraction(0 if failed else 1), failed)
    if rule.answer_type == SCORE:
        top = rule.max_score or 1
        score = given.score or 0
        return Mark(Fraction(score, top), 2 * score < top)
    number = given.number if given.number is not None else 0.0
    ok = within(rule, number)
    return Mark(Fraction(1 if ok else 0), not ok)


def score(answers: list[tuple[Rule, Given]]) -> Result:
    """The check's points; exact fractions inside so leaving an item out cannot shift the rest by rounding."""
    earned = Fraction(0)
    possible = Fraction(0)
    critical_failed = False
    failed_items = 0
    for rule, given in answers:
        result = mark(rule, given)
        if result.fraction is not None:
            weight = Fraction(rule.weight)
            earned += weight * result.fraction
            possible += weight
        if result.failed:
            failed_items += 1
            critical_failed = critical_failed or rule.critical
    return Result(float(earned), float(possible), critical_failed, failed_items)
