"""Channel codes: what a poster's or flyer's QR carries, read back at the branch without a network.

A code is ten digits: the first 2-9 (no leading 0 that a spreadsheet drops, no 1 that starts a
mobile number), eight random digits, and a Damm check digit, which catches every single wrong digit
and every swap of neighbours. Digits only, because a keyboard-wedge scanner types digits the same
with Caps Lock on or a Chinese input method active, where letters and punctuation change. Where the
branch has a public HQ address the QR is a short link whose last path part is the code, so a phone
opens the link and the branch's scanner still finds the code at its end.
"""

from __future__ import annotations

import enum
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

CODE_LENGTH = 10

# Damm's quasigroup of order 10 (weakly totally anti-symmetric): one table, no weights.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

_MOBILE = re.compile(r"1[3-9]\d{9}")
_DIGIT_RUNS = re.compile(r"\d+")
_PHONE_SEPARATORS = re.compile(r"[\s\-()]")


def damm_digit(digits: str) -> str:
    """The check digit that makes `digits` + it check out (interim 0)."""
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return str(interim)


def is_valid_code(code: str) -> bool:
    return (len(code) == CODE_LENGTH and code.isascii() and code.isdigit() and code[0] not in "01"
            and damm_digit(code) == "0")


def new_code(taken: Callable[[str], bool] = lambda _code: False) -> str:
    """A fresh random code that `taken` does not already know."""
    while True:
        body = str(secrets.choice(range(2, 10))) + "".join(str(secrets.randbelow(10)) for _ in range(8))
        code = body + damm_digit(body)
        if not taken(code):
            return code


def qr_payload(code: str, public_base: str | None = None) -> str:
    """What the QR holds: the short link on HQ's public address, or the bare code."""
    if not public_base:
        return code
    return f"{public_base.rstrip('/')}/c/{code}"


class ScanKind(enum.Enum):
    CHANNEL = "channel"  # a whole, checked channel code
    PHONE = "phone"  # a mainland mobile number
    MISTYPED = "mistyped"  # ten digits whose check digit is wrong
    TRUNCATED = "truncated"  # digits, but too few for either
    UNKNOWN = "unknown"  # nothing we read


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    value: str = ""  # the code or the eleven-digit number


def normalise(text: str) -> str:
    """Full-width characters from an input method as their ASCII selves; Caps Lock does not matter."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def mobile_number(text: str) -> str | None:
    """The eleven digits of a mainland mobile number typed with spaces, dashes or +86, else None."""
    cleaned = _PHONE_SEPARATORS.sub("", normalise(text))
    for prefix in ("+86", "0086", "86"):
        if cleaned.startswith(prefix) and len(cleaned) == len(prefix) + 11:
            cleaned = cleaned[len(prefix):]
            break
    return cleaned if _MOBILE.fullmatch(cleaned) else None


def read_scan(text: str) -> Scan:
    """What the scanner or the keyboard gave: a channel code (bare or at the end of the short link),
    a mobile number, or why it is neither."""
    phone = mobile_number(text)
    if phone:
        return Scan(ScanKind.PHONE, phone)
    runs = _DIGIT_RUNS.findall(normalise(text))
    if not runs:
        return Scan(ScanKind.UNKNOWN)
    last = runs[-1]  # the code ends the short link; the host may hold digits too
    if len(last) == CODE_LENGTH:
        return Scan(ScanKind.CHANNEL, last) if is_valid_code(last) else Scan(ScanKind.MISTYPED, last)
    if len(last) < CODE_LENGTH:
        return Scan(ScanKind.TRUNCATED, last)
    return Scan(ScanKind.UNKNOWN, last)
