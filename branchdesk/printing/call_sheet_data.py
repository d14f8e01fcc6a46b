"""The call sheet's plain data (issue 10, item 6): no reportlab here, so the service that builds it loads
no PDF code. printing/call_sheet.py draws it as a PDF, printing/call_sheet_xlsx.py as a spreadsheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CallLine:
    number: int
    name: str
    phone: str  # masked (138****1234) unless the sheet was made for someone who calls customers
    segment: str  # Chinese label
    segment_en: str
    last_visit: dt.date | None
    visits: int
    consent: bool
    invited: str  # "" or how and when they were already invited, Chinese first ("电话 11-20")


@dataclass(frozen=True)
class CallSheet:
    branch_name: str
    activity_name: str
    activity_code: str
    first_day: dt.date | None
    last_day: dt.date | None
    filters: str  # the list's filter in words, Chinese first
    made_at: dt.datetime  # branch-local
    made_by: str
    full_numbers: bool  # the phones are whole: the sheet says to keep it safe
    lines: tuple[CallLine, ...]
