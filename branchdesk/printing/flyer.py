"""The A4 flyer and the page of tear-off slips (issue 10, item 2): one page per channel, its QR on each.

The flyer is the poster's page with smaller type and more room for text (poster.py draws both). The tear-off
page is cut into eight small slips (A7), each with the title, dates, the branch and the channel's QR.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing import fit
from branchdesk.printing.activity_data import ActivityPoster, ChannelQr, mask_phones
from branchdesk.printing.activity_text import dates_zh
from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.poster import FLYER, GREEN, GREY, sheets_pdf
from branchdesk.printing.qr import draw_qr

COLUMNS, ROWS = 2, 4
SLIP_W, SLIP_H = A4[0] / COLUMNS, A4[1] / ROWS
SLIP_QR = 32 * mm
PAD = 5 * mm


def flyer_pdf(a: ActivityPoster, channels: Sequence[ChannelQr], *, copies: int = 1) -> bytes:
    """A4 flyers: `copies` pages for each channel, in the order given."""
    return sheets_pdf(a, channels, FLYER, copies=copies, title=f"{a.title} 宣传单 Flyer")


def _slip_text(c: Canvas, a: ActivityPoster) -> None:
    """The words of one slip, its lower-left corner at (0, 0)."""
    font = cjk_font()
    width = SLIP_W - 2 * PAD - SLIP_QR - 3 * mm
    y = fit.text_box(c, a.title, font, PAD, SLIP_H - PAD, width, 15 * mm, 14, 7, leading=1.2, max_lines=3,
                     bold=True, color=GREEN)
    y = fit.text_box(c, dates_zh(a.starts, a.ends, a.hours), font, PAD, y - 1.5 * mm, width, 9 * mm, 8.5, 6,
                     max_lines=2)
    points = "；".join(mask_phones(h) for h in a.highlights)
    if points:
        y = fit.text_box(c, points, font, PAD, y - 1.5 * mm, width, 12 * mm, 8, 6, max_lines=3, color=GREEN)
    bottom = PAD + 14 * mm
    if y - 1.5 * mm > bottom + 8:
        fit.text_box(c, mask_phones(a.text), font, PAD, y - 1.5 * mm, width, y - 1.5 * mm - bottom, 7.5, 6,
                     color=GREY)
    fit.text_box(c, a.branch.name, font, PAD, PAD + 13 * mm, width, 4.5 * mm, 8.5, 6, max_lines=1, bold=True)
    fit.text_box(c, a.branch.address, font, PAD, PAD + 8.5 * mm, width, 5 * mm, 7, 5.5, max_lines=2)
    fit.text_box(c, f"电话 {a.branch.phone}", font, PAD, PAD + 3.8 * mm, width, 4 * mm, 8.5, 6, max_lines=1,
                 bold=True)


def _slip_qr(c: Canvas, channel: ChannelQr) -> None:
    font = cjk_font()
    x = SLIP_W - PAD - SLIP_QR
    y = (SLIP_H - SLIP_QR) / 2 + 2 * mm
    draw_qr(c, channel.payload, x, y, SLIP_QR)
    c.setFillColor(colors.black)
    c.setFont(font, 7.5)
    c.drawCentredString(x + SLIP_QR / 2, y + SLIP_QR + 1.5 * mm, "扫码签到 Scan to sign in")
    c.setFont(font, 7)
    c.drawCentredString(x + SLIP_QR / 2, y - 3 * mm, channel.code)
    c.setFillColor(GREY)
    fit.text_box(c, channel.name, font, x - 2 * mm, y - 4.5 * mm, SLIP_QR + 4 * mm, 3.5 * mm, 6, 4.5,
                 max_lines=1, align="center", color=GREY)


def _cut_lines(c: Canvas) -> None:
    c.saveState()
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    for col in range(1, COLUMNS):
        c.line(col * SLIP_W, 0, col * SLIP_W, A4[1])
    for row in range(1, ROWS):
        c.line(0, row * SLIP_H, A4[0], row * SLIP_H)
    c.restoreState()


def tearoff_pdf(a: ActivityPoster, channels: Sequence[ChannelQr]) -> bytes:
    """A page of eight slips for each channel; the dashed lines are where to cut."""
    if not channels:
        raise ValueError("a page of slips needs at least one channel")
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1,
               initialFontName=cjk_font())  # type: ignore[arg-type]  # a font name; the stub says float
    c.setTitle(f"{a.title} 小传单 Tear-off slips")
    c.setAuthor(a.branch.name)
    c.setCreator("BranchDesk")
    c.beginForm("slip")
    _slip_text(c, a)
    c.endForm()
    for index, channel in enumerate(channels):
        c.beginForm(f"qr{index}")
        _slip_qr(c, channel)
        c.endForm()
        for row in range(ROWS):
            for col in range(COLUMNS):
                c.saveState()
                c.translate(col * SLIP_W, row * SLIP_H)
                c.doForm("slip")
                c.doForm(f"qr{index}")
                c.restoreState()
        _cut_lines(c)
        c.showPage()
    c.save()
    return buffer.getvalue()
