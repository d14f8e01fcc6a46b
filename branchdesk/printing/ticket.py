"""The queue ticket: what it says (shared by PDF and ESC/POS) and its 80 mm PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from branchdesk.printing.layout import RECEIPT_WIDTH, Column

QR_SIZE = 24 * mm  # a short payload: big enough for a counter scanner, small on the receipt
OVER_AN_HOUR = 60  # a wait said from here on is "over an hour" (as services/queue/estimate.py)


@dataclass(frozen=True)
class QueueTicket:
    """One issued ticket, as the queue service hands it to printing."""

    branch_name: str
    business_zh: str
    business_en: str
    number: str  # "A012"
    issued_at: dt.datetime  # local time of the branch
    people_ahead: int | None  # None: not said (a reprint: the queue has moved on since)
    wait_range: tuple[int, int] | None = None  # (low, high) minutes as said; None: no range is said
    right_away: bool = False  # a window is free and will call it now
    no_window: bool = False  # no open window serves the business: no number is promised
    priority: bool = False
    qr_payload: str | None = None
    qr_note_zh: str = "扫码查看排队进度"
    qr_note_en: str = "Scan to follow the queue"

    def __post_init__(self) -> None:
        if not self.number.strip():
            raise ValueError("a ticket needs a number")
        if self.people_ahead is not None and self.people_ahead < 0:
            raise ValueError(f"people_ahead cannot be negative: {self.people_ahead}")
        if self.wait_range is not None and not 0 <= self.wait_range[0] < self.wait_range[1]:
            raise ValueError(f"wait_range is not a range of minutes: {self.wait_range}")


@dataclass(frozen=True)
class TicketText:
    """The wording of a ticket, Chinese first and English second, for every output."""

    title: tuple[str, str]
    priority: str | None
    ahead: tuple[str, str] | None
    wait: tuple[str, str] | None
    please_wait: tuple[str, str]
    issued: str


def ticket_text(ticket: QueueTicket) -> TicketText:
    ahead, wait = said_wait(ticket)
    return TicketText(
        title=("排队取号", "Queue ticket"),
        priority="优先 Priority" if ticket.priority else None,
        ahead=ahead,
        wait=wait,
        please_wait=("请耐心等候，听到叫号请到窗口办理", "Please wait for your number to be called"),
        issued=f"取号时间 Issued  {ticket.issued_at:%Y-%m-%d %H:%M}",
    )


def said_wait(ticket: QueueTicket) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """The people ahead and the wait, as a clerk would say them: a range, never a false minute.

    The range reads "5～10" in Chinese and "5 to 10" in English: both in every printer's character set."""
    if ticket.no_window:
        return ("暂无窗口办理此业务", "No window serves this right now"), ("请留意叫号", "Please listen for your number")
    if ticket.right_away:
        return ("马上就到您", "You are next"), None
    if ticket.people_ahead is None:
        ahead = None
    elif ticket.people_ahead == 0:
        ahead = ("您是下一位", "You are next in line")
    else:
        ahead = (f"前面约 {ticket.people_ahead} 人", f"About {ticket.people_ahead} ahead of you")
    if ticket.wait_range is None:
        return ahead, None
    low, high = ticket.wait_range
    if low >= OVER_AN_HOUR:
        return ahead, ("预计等候 1 小时以上", "Over an hour")
    return ahead, (f"预计等候 {low}～{high} 分钟", f"About {low} to {high} min")


def ticket_pdf(ticket: QueueTicket) -> bytes:
    """An 80 mm wide receipt page, as tall as its content, with the CJK font embedded."""
    text = ticket_text(ticket)
    col = Column(width=RECEIPT_WIDTH)
    col.text(ticket.branch_name, 11, bold=True)
    col.text(f"{text.title[0]}  {text.title[1]}", 8)
    col.rule()
    if text.priority:
        col.space(1 * mm)
        col.badge(text.priority, 11)
        col.space(3 * mm)
    else:
        col.space(2 * mm)
    col.big(ticket.number, 72)
    col.space(4 * mm)
    col.text(ticket.business_zh, 16, bold=True)
    col.text(ticket.business_en, 9)
    col.rule()
    if text.ahead:
        col.text(text.ahead[0], 14, bold=True)
        col.text(text.ahead[1], 9)
    if text.wait:
        col.space(1.5 * mm)
        col.text(text.wait[0], 12)
        col.text(text.wait[1], 9)
    col.rule()
    if ticket.qr_payload:
        col.qr(ticket.qr_payload, QR_SIZE)
        col.text(ticket.qr_note_zh, 9)
        col.text(ticket.qr_note_en, 8)
        col.space(2 * mm)
    col.text(text.please_wait[0], 10)
    col.text(text.please_wait[1], 8)
    col.space(2 * mm)
    col.text(text.issued, 8)
    return col.pdf(title=f"{ticket.number} {ticket.business_zh} {ticket.business_en}")
