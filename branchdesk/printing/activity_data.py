"""What the activity printouts take (issue 10): plain data, no reportlab (the app loads it at start-up).

The activities service fills these; posters, flyers, sign-in sheets and the summary report draw them.
A channel's `payload` is what its QR holds (services/activities/codes.py `qr_payload`: the bare code or
the short link ending in it); `code` is printed under the QR for typing by hand.
Customers' phone numbers never reach a printout unmasked: `mask_phones` runs over every free text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)")


def mask_phone(number: str) -> str:
    """A mobile number as printed: 138****1234 (the middle four hidden)."""
    digits = re.sub(r"\D", "", number)
    if len(digits) == 13 and digits.startswith("86"):  # +86
        digits = digits[2:]
    if len(digits) != 11:  # not a mobile number: only its last four show
        return "*" * max(len(digits) - 4, 0) + digits[-4:]
    return f"{digits[:3]}****{digits[-4:]}"


def mask_phones(text: str) -> str:
    """`text` with every mainland mobile number in it masked (a note typed by staff may hold one)."""
    return _MOBILE_IN_TEXT.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)


@dataclass(frozen=True)
class BranchContact:
    """The branch as the public sees it on a poster: its own phone, not a customer's."""

    name: str
    address: str
    phone: str
    code: str = ""


@dataclass(frozen=True)
class ChannelQr:
    """One channel or placement of the printed material ("集市横幅", "村口公告栏")."""

    name: str
    code: str  # ten digits (codes.py), printed under the QR
    payload: str  # what the QR holds: the bare code or the short link ending in it


@dataclass(frozen=True)
class ActivityPoster:
    """An activity as posters, flyers and tear-off slips show it."""

    title: str
    starts: dt.date
    ends: dt.date
    text: str  # a few sentences; "\n" starts a new paragraph
    branch: BranchContact
    title_en: str = ""  # printed under the title, smaller, when given
    hours: str = ""  # opening hours on the days, e.g. "08:30–16:30"
    highlights: tuple[str, ...] = ()  # short points, e.g. gifts: "到场礼：环保购物袋"


@dataclass(frozen=True)
class SigninSheet:
    """The paper fallback: numbered sign-in sheets with empty rows, filled in by hand and entered later."""

    title: str
    starts: dt.date
    ends: dt.date
    branch: BranchContact
    channel: ChannelQr  # the QR printed on the sheet (customers may scan it instead of writing)
    channels: tuple[str, ...] = ()  # channel names numbered on the sheet: the customer writes the number
    first_number: int = 1  # the first sheet's number; each page is the next one
    pages: int = 1
    rows_per_page: int = 20


@dataclass(frozen=True)
class Goal:
    label: str  # "参与人数"
    label_en: str  # "Participants"
    target: float
    actual: float
    unit: str = ""  # "人", "分", "元"

    @property
    def share(self) -> float | None:
        """Actual as a share of the target (None without a target)."""
        return self.actual / self.target if self.target else None

    @property
    def met(self) -> bool:
        return self.actual >= self.target


@dataclass(frozen=True)
class ChannelFigures:
    name: str
    code: str
    printed: int  # copies printed
    signins: int

    @property
    def conversion(self) -> float | None:
        """Sign-ins per copy printed (None when nothing was printed: a channel without paper)."""
        return self.signins / self.printed if self.printed else None


@dataclass(frozen=True)
class BudgetLine:
    item: str  # "宣传物料"
    item_en: str  # "Publicity"
    planned: Decimal  # yuan
    actual: Decimal  # yuan


@dataclass(frozen=True)
class ReviewAction:
    text: str
    owner: str
    deadline: dt.date


@dataclass(frozen=True)
class ActivityReport:
    """The summary after an activity: goals against actual, then 'goals achieved – problems – suggestions'."""

    title: str
    branch_name: str
    branch_code: str
    starts: dt.date
    ends: dt.date
    generated_at: dt.datetime  # branch-local
    goals: tuple[Goal, ...]
    signins_by_day: tuple[tuple[dt.date, int], ...]
    signins_by_hour: tuple[tuple[int, int], ...]  # (hour 0-23, sign-ins) over all the days
    channels: tuple[ChannelFigures, ...]
    participants: int  # distinct customers who signed in
    new_customers: int
    returning_customers: int
    budget: tuple[BudgetLine, ...]
    satisfaction_mean: float | None  # on a 1-5 scale; None without answers
    satisfaction_answers: int
    follow_ups_done: int
    follow_ups_due: int
    problems: str  # free text
    suggestions: str  # free text
    actions: tuple[ReviewAction, ...] = field(default_factory=tuple)  # the review's 3-5 actions

    @property
    def budget_planned(self) -> Decimal:
        return sum((line.planned for line in self.budget), Decimal(0))

    @property
    def budget_actual(self) -> Decimal:
        return sum((line.actual for line in self.budget), Decimal(0))

    @property
    def cost_per_participant(self) -> Decimal | None:
        return _per(self.budget_actual, self.participants)

    @property
    def cost_per_new_customer(self) -> Decimal | None:
        return _per(self.budget_actual, self.new_customers)

    @property
    def copies_printed(self) -> int:
        return sum(c.printed for c in self.channels)


def _per(amount: Decimal, count: int) -> Decimal | None:
    return (amount / count).quantize(Decimal("0.01")) if count else None


def money(amount: Decimal | None, *, sign: bool = False) -> str:
    """"¥1,234.50"; with `sign`, a difference: "+¥210.00", "−¥43.50"."""
    if amount is None:
        return "—"
    mark = "−" if amount < 0 else "+" if sign and amount > 0 else ""
    return f"{mark}¥{abs(amount):,.2f}"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"
