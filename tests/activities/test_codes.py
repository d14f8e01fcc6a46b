"""Channel codes survive what a keyboard-wedge scanner and an input method do to them."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from branchdesk.services.activities.codes import (
    CODE_LENGTH, ScanKind, damm_digit, is_valid_code, mobile_number, new_code, qr_payload, read_scan,
)

codes = st.builds(lambda body: body + damm_digit(body),
                  st.text("23456789", min_size=1, max_size=1).flatmap(
                      lambda first: st.text(string.digits, min_size=8, max_size=8).map(lambda r: first + r)))


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def test_new_codes_are_valid_and_avoid_taken_ones() -> None:
    first = new_code()
    assert is_valid_code(first) and len(first) == CODE_LENGTH and first[0] not in "01"
    offered: list[str] = []

    def taken(code: str) -> bool:  # the first three offered are already used by other channels
        offered.append(code)
        return len(offered) <= 3

    second = new_code(taken)
    assert len(offered) == 4 and second == offered[-1] and is_valid_code(second)


@given(codes)
def test_every_single_wrong_digit_is_caught(code: str) -> None:
    for i in range(CODE_LENGTH):
        for d in string.digits:
            if d != code[i]:
                assert not is_valid_code(code[:i] + d + code[i + 1:])


@given(codes)
def test_every_swap_of_neighbours_is_caught(code: str) -> None:
    for i in range(CODE_LENGTH - 1):
        if code[i] != code[i + 1]:
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
            assert not is_valid_code(swapped)


@given(codes, st.sampled_from([None, "https://hq.example.cn", "http://10.2.3.4:8443/"]))
def test_the_payload_reads_back_as_typed_by_a_scanner(code: str, base: str | None) -> None:
    payload = qr_payload(code, base)
    for typed in (payload, payload.upper(), _full_width(payload), f"  {payload}\r"):
        assert read_scan(typed).kind is ScanKind.CHANNEL
        assert read_scan(typed).value == code


def test_a_short_link_with_digits_in_its_host_still_gives_the_code() -> None:
    assert qr_payload("2000000000", "https://10.0.0.1:8000") == "https://10.0.0.1:8000/c/2000000000"
    code = "23456789" + "0"
    code = code[:9] + damm_digit(code[:9])
    assert read_scan(qr_payload(code, "https://10.0.0.1:8000")).value == code


def test_mobile_numbers_in_the_ways_people_type_them() -> None:
    for typed in ("13812341234", "138 1234 1234", "138-1234-1234", "+86 138 1234 1234", "１３８１２３４１２３４"):
        assert mobile_number(typed) == "13812341234"
        assert read_scan(typed) == read_scan("13812341234")
        assert read_scan(typed).kind is ScanKind.PHONE
    for bad in ("12812341234", "1381234123", "138123412345", "0138123412", "abc"):
        assert mobile_number(bad) is None


def test_what_is_neither_says_why() -> None:
    good = new_code()
    assert read_scan(good[:7]).kind is ScanKind.TRUNCATED
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert read_scan(wrong).kind is ScanKind.MISTYPED
    assert read_scan("hello").kind is ScanKind.UNKNOWN
    assert read_scan("").kind is ScanKind.UNKNOWN
    assert read_scan("1" * 14).kind is ScanKind.UNKNOWN
