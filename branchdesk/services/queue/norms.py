"""Counter time limits from the postal counter service standard (邮政营业服务规范).

Mail: 3 min per item. Savings deposit/withdrawal under ¥10,000: 4 min, plus 1 min
for each further ¥10,000 (每超一万元加时1分钟). Remittance: 6 min, plus the same.
Pre-ordered commemorative stamps: 3 min (up to 5 sets of a kind). Periodical
subscriptions: 3 min per title by computer (5 by hand). Inspection and packing of
items are not counted.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from branchdesk.errors import UserError, tr_noop

FEN_PER_STEP = 10_000 * 100  # ¥10,000 in fen


@dataclass(frozen=True)
class Norm:
    """How long one transaction of a business may take at the window."""

    base_minutes: float
    per_10k_minutes: float = 0.0  # for each started ¥10,000 above the first
    per_unit_minutes: float = 0.0  # for each item or title beyond the first
    unit: str | None = None  # "item" or "title"

    def minutes(self, amount_fen: int = 0, units: int = 1) -> float:
        if amount_fen < 0:
            raise UserError("queue.negative_amount", tr_noop("An amount cannot be negative."))
        if units < 1:
            raise UserError("queue.bad_units", tr_noop("The number of items or titles is at least 1."))
        # Amounts over ¥10,000 add a minute per started ¥10,000: ¥15,000 and ¥20,000 both add one.
        over = max(0, amount_fen - FEN_PER_STEP)
        steps = math.ceil(over / FEN_PER_STEP)
        per_unit = self.per_unit_minutes if self.unit else 0.0
        return self.base_minutes + steps * self.per_10k_minutes + (units - 1) * per_unit


# The default businesses (业务) of a branch: code, Chinese and English name, ticket prefix, norm.
@dataclass(frozen=True)
class BusinessDefault:
    code: str
    name_zh: str
    name_en: str
    prefix: str
    norm: Norm


DEFAULT_BUSINESSES = (
    BusinessDefault("mail", "邮件包裹", "Mail and parcels", "A", Norm(3, per_unit_minutes=3, unit="item")),
    BusinessDefault("savings", "储蓄", "Savings", "B", Norm(4, per_10k_minutes=1)),
    BusinessDefault("remittance", "汇兑", "Remittance", "C", Norm(6, per_10k_minutes=1)),
    BusinessDefault("philately", "集邮", "Philately", "D", Norm(3)),
    BusinessDefault("periodicals", "报刊", "Periodicals", "E", Norm(3, per_unit_minutes=3, unit="title")),
    BusinessDefault("other", "其他业务", "Other business", "F", Norm(5)),
)


# Digits, with commas only as thousands separators (1,234 but not 1,2,3: typed "1,2,3" was read as
# 123 and stored), and at most two decimals (fen).
YUAN = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?")
MAX_YUAN = Decimal("100000000")  # more than any counter transaction: a typo


def parse_yuan(text: str) -> int:
    """'12,345.60', '¥12345.6' or full-width '１２３' → fen; a clear error for anything ambiguous."""
    # NFKC turns full-width digits, commas, points and ￥ into their ASCII forms.
    cleaned = unicodedata.normalize("NFKC", text).strip().lstrip("¥").strip()
    if cleaned.startswith("-"):
        raise UserError("queue.negative_amount", tr_noop("An amount cannot be negative."))
    if not YUAN.fullmatch(cleaned):
        raise UserError("queue.bad_amount",
                        tr_noop("{text} is not an amount in yuan (write e.g. 1234.50 or 1,234.50)."), text=text)
    value = Decimal(cleaned.replace(",", ""))
    if value > MAX_YUAN:
        raise UserError("queue.amount_too_large", tr_noop("{text} is more than a window handles."), text=text)
    return int(value * 100)


def yuan_text(fen: int) -> str:
    """1234550 → '12,345.50', as the counter shows an amount back."""
    return f"{Decimal(fen) / 100:,.2f}"
