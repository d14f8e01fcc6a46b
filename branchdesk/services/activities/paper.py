"""Entering a paper sign-in sheet afterwards (issue 10, item 4): the fast keyboard screen's service.

The sheet (printing/signin_sheet.py) has rows of time, phone, name and channel, the channel written as its
number in the sheet's legend (the activity's channels in order, the next number "other"). Each row is
read here the way the clerk types it (`parse_time`, `parse_phone`, `parse_channel`: pure, so the screen
checks a field as it is typed), then signed in through `SignIns.sign_in(source="paper")`, which records
the sheet and row number and refuses a day that is not an event day. A row already entered (the same
sheet and row) is refused; a customer already signed in on that day is flagged and nothing is recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services.activities import codes, customers
from branchdesk.services.activities.channels import ActivityChannels
from branchdesk.services.activities.customers import Customers
from branchdesk.services.activities.plans import ActivityPlans, EventDay
from branchdesk.services.activities.signin import ALREADY, SignIns
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.roles import Actor
from branchdesk.store import Database
from branchdesk.store.models import ActivityChannel, ActivitySignIn, Customer, Staff

MAX_SHEET = 9999  # the sheet prints its number in four digits
MAX_ROW = 40  # a sheet has at most 40 rows (printing/signin_sheet.py)
MAX_NAME = 40
_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?|(\d{3,4})")
ENTERED, DUPLICATE = "entered", "duplicate"


@dataclass(frozen=True)
class PaperChannel:
    number: int  # as on the sheet's legend, from 1
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class PaperForm:
    """What the entry screen needs before the first row: the activity, its days and numbered channels."""

    activity_id: str
    name: str
    status: str
    days: tuple[EventDay, ...]
    channels: tuple[PaperChannel, ...]
    other_number: int  # the legend's "other": no channel
    zone: dt.tzinfo
    today: dt.date


@dataclass(frozen=True)
class PaperLine:
    """A row of a sheet already entered."""

    id: str
    sheet: int
    row: int
    at: dt.datetime
    phone_masked: str
    name: str
    channel_name: str
    new_customer: bool
    entered_by: str


@dataclass(frozen=True)
class PaperResult:
    status: str  # entered, or duplicate (already signed in that day: nothing recorded)
    line: PaperLine | None  # the row entered; for a duplicate, the customer's earlier sign-in that day
    earlier_source: str = ""  # duplicate: how the earlier sign-in came (scan, phone, kiosk, paper)


# -- reading what was typed (pure: the screen checks each field as it is typed) ---------------------


def parse_time(text: str) -> dt.time:
    """'9:30', '09:30', '930', '0930', '9' (full-width digits and colon as well)."""
    cleaned = codes.normalise(text).replace("：", ":").replace(".", ":")
    match = _TIME.fullmatch(cleaned)
    if match:
        if match.group(3):
            hour, minute = int(match.group(3)[:-2]), int(match.group(3)[-2:])
        else:
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise UserError("paper.bad_time", tr_noop("Type the time on the sheet as 9:30 or 0930."))


def parse_phone(text: str) -> str:
    phone = codes.mobile_number(text)
    if phone is None:
        raise UserError("paper.bad_phone",
                        tr_noop("{phone} is not a mainland mobile number (11 digits starting 13-19): check the sheet."),
                        phone=text.strip())
    return phone


def parse_name(text: str) -> str:
    name = (text or "").strip()
    if len(name) > MAX_NAME:
        raise UserError("customer.long_name", tr_noop("A name has at most 40 characters."))
    return name


def parse_channel(text: str, form: PaperForm) -> PaperChannel | None:
    """The legend's number (1, 2, ...), or a channel's 10-digit code; empty or "other" is no channel."""
    cleaned = codes.normalise(text)
    if not cleaned or cleaned == str(form.other_number):
        return None
    if cleaned.isdigit() and len(cleaned) <= 3:
        number = int(cleaned)
        found = next((c for c in form.channels if c.number == number), None)
        if found is not None:
            return found
    elif cleaned.isdigit() and len(cleaned) == codes.CODE_LENGTH:
        found = next((c for c in form.channels if c.code == cleaned), None)
        if found is not None:
            return found
        if not codes.is_valid_code(cleaned):
            raise UserError("paper.mistyped_code",
                            tr_noop("The code {code} does not check out: a digit was mistyped."), code=cleaned)
        raise UserError("paper.other_code", tr_noop("The code {code} is not one of this activity's channels."),
                        code=cleaned)
    raise UserError("paper.bad_channel",
                    tr_noop("Channel: type its number on the sheet, 1 to {last} ({other} for other), or its code."),
                    last=form.other_number - 1, other=form.other_number)


def parse_number(text: str, limit: int, code: str) -> int:
    cleaned = codes.normalise(text)
    if cleaned.isdigit() and 1 <= int(cleaned) <= limit:
        return int(cleaned)
    if code == "paper.bad_sheet":
        raise UserError("paper.bad_sheet", tr_noop("Type the sheet number printed at its top right, 1 to {limit}."),
                        limit=limit)
    raise UserError("paper.bad_row", tr_noop("Type the row number, 1 to {limit}."), limit=limit)


class PaperEntry:
    """Anyone signed in may enter a sheet, as anyone may sign customers in."""

    def __init__(self, db: Database, clock: Clock, branch: BranchService, plans: ActivityPlans,
                 channels: ActivityChannels, signins: SignIns, customers_service: Customers) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch
        self.plans = plans
        self.channels = channels
        self.signins = signins
        self.customers = customers_service

    def form(self, activity_id: str) -> PaperForm:
        detail = self.plans.get(activity_id)
        listed = self.channels.listing(activity_id)  # in the order the sheet's legend numbers them
        numbered = tuple(PaperChannel(i, c.id, c.code, c.name) for i, c in enumerate(listed, start=1))
        return PaperForm(detail.id, detail.name, detail.status, tuple(detail.days), numbered, len(numbered) + 1,
                         self.branch.require_settings().zone, self.branch.today())

    def sheet_rows(self, activity_id: str, sheet: int) -> list[PaperLine]:
        """The rows of a sheet entered so far, by row number; cancelled ones left out."""
        with self.db.reading() as s:
            rows = s.scalars(select(ActivitySignIn).where(ActivitySignIn.activity_id == activity_id,
                                                          ActivitySignIn.source == "paper",
                                                          ActivitySignIn.paper_sheet == sheet)).all()
            live = _live(s, rows)
            return sorted((_line(s, r) for r in live), key=lambda line: line.row)

    def enter(self, actor: Actor, form: PaperForm, day: dt.date, sheet: str, row: str, time: str, phone: str,
              name: str, channel: str) -> PaperResult:
        """One row, as typed. Nothing is recorded unless every field reads and the day is an event day."""
        sheet_no = parse_number(sheet, MAX_SHEET, "paper.bad_sheet")
        row_no = parse_number(row, MAX_ROW, "paper.bad_row")
        at_local = parse_time(time)
        number = parse_phone(phone)
        name = parse_name(name)
        chosen = parse_channel(channel, form)
        if not any(d.day == day for d in form.days):
            first, last = min(d.day for d in form.days), max(d.day for d in form.days)
            raise UserError("paper.not_event_day",
                            tr_noop("{day} is not an event day of “{name}” ({first} to {last}): check the date on the "
                                    "sheet. Nothing was recorded."),
                            day=day.isoformat(), name=form.name, first=first.isoformat(), last=last.isoformat())
        with self.db.reading() as s:
            taken = s.scalars(select(ActivitySignIn).where(ActivitySignIn.activity_id == form.activity_id,
                                                           ActivitySignIn.source == "paper",
                                                           ActivitySignIn.paper_sheet == sheet_no,
                                                           ActivitySignIn.paper_row == row_no)).all()
            entered = _live(s, taken)
        if entered:
            raise UserError("paper.row_entered",
                            tr_noop("Row {row} of sheet {sheet} is already entered: go on with the next row."),
                            row=row_no, sheet=f"{sheet_no:04d}")
        at = dt.datetime.combine(day, at_local, tzinfo=form.zone).astimezone(dt.timezone.utc)
        result = self.signins.sign_in(actor, form.activity_id, number, channel_code=chosen.code if chosen else None,
                                      source="paper", at=at, paper_sheet=sheet_no, paper_row=row_no, name=name)
        assert result.customer is not None and result.signin_id is not None
        with self.db.reading() as s:
            signin = s.get(ActivitySignIn, result.signin_id)
            assert signin is not None
            line = _line(s, signin)
        if result.status == ALREADY:
            return PaperResult(DUPLICATE, line, signin.source)
        return PaperResult(ENTERED, line)


def _live(s: Session, rows: Sequence[ActivitySignIn]) -> list[ActivitySignIn]:
    """The rows not cancelled (a void row names the row it cancels; it carries no sheet number itself)."""
    ids = [r.id for r in rows if r.voids_id is None]
    voided = set(s.scalars(select(ActivitySignIn.voids_id).where(ActivitySignIn.voids_id.in_(ids)))) if ids else set()
    return [r for r in rows if r.voids_id is None and r.id not in voided]


def _line(s: Session, r: ActivitySignIn) -> PaperLine:
    customer = s.get(Customer, r.customer_id)
    assert customer is not None
    channel = s.get(ActivityChannel, r.channel_id) if r.channel_id else None
    staff = s.get(Staff, r.staff_id) if r.staff_id else None
    return PaperLine(r.id, r.paper_sheet or 0, r.paper_row or 0, r.at, customers.mask_phone(customer.phone),
                     customer.name or "", channel.name if channel else "", r.new_customer,
                     staff.full_name if staff else "")

