"""The counter time limits for each business and amount."""

from __future__ import annotations

import pytest

from branchdesk.errors import UserError
from branchdesk.services.queue.norms import DEFAULT_BUSINESSES, parse_yuan

NORMS = {s.code: s.norm for s in DEFAULT_BUSINESSES}


@pytest.mark.parametrize(
    "yuan, minutes",
    [(0, 4), (500, 4), (9_999.99, 4), (10_000, 4), (10_000.01, 5), (15_000, 5), (20_000, 5), (20_000.01, 6),
     (55_000, 9)],
)
def test_savings_four_minutes_plus_one_per_further_10k(yuan, minutes):
    assert NORMS["savings"].minutes(round(yuan * 100)) == minutes


@pytest.mark.parametrize("yuan, minutes", [(3_000, 6), (10_000, 6), (30_000, 8), (30_000.5, 9)])
def test_remittance_six_minutes_plus_one_per_further_10k(yuan, minutes):
    assert NORMS["remittance"].minutes(round(yuan * 100)) == minutes


@pytest.mark.parametrize("code, units, minutes", [("mail", 1, 3), ("mail", 4, 12), ("periodicals", 1, 3),
                                                  ("periodicals", 5, 15), ("philately", 1, 3), ("other", 1, 5)])
def test_per_item_and_per_title_norms(code, units, minutes):
    assert NORMS[code].minutes(units=units) == minutes


def test_amount_does_not_change_an_itemised_norm():
    assert NORMS["mail"].minutes(5_000_000, units=2) == 6


def test_default_businesses_have_unique_prefixes_and_chinese_names():
    assert len({s.prefix for s in DEFAULT_BUSINESSES}) == len(DEFAULT_BUSINESSES) == 6
    assert [s.name_zh for s in DEFAULT_BUSINESSES][:3] == ["邮件包裹", "储蓄", "汇兑"]


@pytest.mark.parametrize("text, fen", [("12,345.60", 1_234_560), ("¥500", 50_000), (" 0.5 ", 50), ("１０", 1_000),
                                       ("123", 12_300), ("123.5", 12_350), ("1,234.50", 123_450),
                                       ("１２３", 12_300), ("￥１，２３４．５", 123_450)])
def test_amounts_in_yuan_parse_to_fen(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["abc", "", "1.234", "nan", "inf", "1e400", "12 34",
                                  "1,2,3", "12.345", "1e5", "12,34", "1,2345", ",123", "123,", "1.", "0x10"])
def test_an_amount_that_is_not_a_number_is_a_clear_error(text):
    with pytest.raises(UserError) as err:
        parse_yuan(text)
    assert err.value.code in ("queue.bad_amount", "queue.amount_too_large")
    assert text.strip() in str(err.value) or text == ""


def test_negative_amounts_and_zero_units_are_refused():
    with pytest.raises(UserError) as err:
        parse_yuan("-5")
    assert err.value.code == "queue.negative_amount"
    with pytest.raises(UserError):
        NORMS["savings"].minutes(-1)
    with pytest.raises(UserError):
        NORMS["mail"].minutes(units=0)
