"""Activity posters (A4, A3) and the A4 flyer (issue 10, item 2): one page per channel, its QR on it.

Plain `ActivityPoster` and `ChannelQr`s in, PDF bytes out. The page is drawn for A4; A3 is the same page
scaled by √2 (A3 is A4 enlarged), so both read alike from across the room. What every page of a batch shares
(title, dates, text, the branch) is drawn once as a PDF form and placed on each page; so is each channel's
QR: a batch of flyers costs little more than one page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing import fit
from branchdesk.printing.activity_data import ActivityPoster, ChannelQr, mask_phones
from branchdesk.printing.activity_text import dates_en, dates_zh
from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.qr import draw_qr

GREEN = colors.HexColor("#0b6b3a")
WARM = colors.HexColor("#fff3d1")
GREY = colors.HexColor("#555555")
WIDTH, HEIGHT = A4
SIDE = 14 * mm


@dataclass(frozen=True)
class Style:
    """Sizes of one kind of sheet, in points on A4."""

    strip: float  # the coloured band at the top
    title_height: float
    title_max: float
    title_min: float
    body_max: float
    body_min: float
    qr: float
    footer_height: float  # the band with the branch and the QR
    caption: float
    how_to_sign_in: bool = False  # a box saying how to sign in (the flyer, read at arm's length)


POSTER = Style(strip=20 * mm, title_height=60 * mm, title_max=54, title_min=22, body_max=22, body_min=9,
               qr=62 * mm, footer_height=84 * mm, caption=13)
FLYER = Style(strip=16 * mm, title_height=40 * mm, title_max=38, title_min=16, body_max=15, body_min=8,
              qr=52 * mm, footer_height=72 * mm, caption=11.5, how_to_sign_in=True)
SIGN_IN_ZH = "到场签到：用手机扫描右下角的二维码，或把手机号告诉工作人员，也可以在纸质签到表上登记。"
SIGN_IN_EN = "At the event, scan the QR code below with your phone, or give your mobile number to our staff."


def _strip(c: Canvas, a: ActivityPoster, s: Style) -> None:
    font = cjk_font()
    c.setFillColor(GREEN)
    c.rect(0, HEIGHT - s.strip, WIDTH, s.strip, stroke=0, fill=1)
    c.setFillColor(colors.white)
    size = s.strip * 0.36
    label = "便民活动 Community event"
    room = WIDTH - 2 * SIDE - stringWidth(label, font, size * 0.72) - 8 * mm
    fit.text_box(c, a.branch.name, font, SIDE, HEIGHT - s.strip / 2 + size * 0.65, room, size * 1.3,
                 size, 8, max_lines=1, color=colors.white, leading=1.2)
    c.setFont(font, size * 0.72)
    c.drawRightString(WIDTH - SIDE, HEIGHT - s.strip / 2 - size * 0.25, label)


def _heading(c: Canvas, a: ActivityPoster, s: Style) -> float:
    """Title, English title and the dates box; returns the y under them."""
    font = cjk_font()
    inner = WIDTH - 2 * SIDE
    top = HEIGHT - s.strip - 8 * mm
    title = fit.fit(a.title, font, inner, s.title_height, s.title_max, s.title_min, leading=1.2, max_lines=3,
                    bold=True, balance=True)
    if len(title.lines) > 1:  # one line fewer for a little smaller type reads better than a lonely last word
        fewer = fit.fit(a.title, font, inner, s.title_height, title.size, title.size * 0.82, leading=1.2,
                        max_lines=len(title.lines) - 1, bold=True, balance=True)
        title = title if fewer.cut else fewer
    # A short title sits in the middle of its room instead of leaving a gap under it.
    top -= (s.title_height - title.height) / 2 if len(title.lines) < 3 else 0
    y = fit.draw(c, title, font, SIDE, top, inner, align="center", bold=True, color=GREEN)
    if a.title_en:
        y = fit.text_box(c, a.title_en, font, SIDE, y - 1 * mm, inner, s.title_max * 0.8, s.title_max * 0.32, 8,
                         leading=1.25, max_lines=2, align="center", color=GREY)
    y -= 5 * mm
    pad = 4 * mm
    zh = fit.fit(f"活动时间：{dates_zh(a.starts, a.ends, a.hours)}", font, inner - 2 * pad, s.body_max * 2,
                 s.body_max * 1.15, 8, max_lines=1, bold=True)
    en = fit.fit(f"When: {dates_en(a.starts, a.ends, a.hours)}", font, inner - 2 * pad, s.body_max * 2,
                 min(s.body_max * 0.7, zh.size * 0.72), 6, max_lines=1)
    box_h = zh.height + en.height + 2 * pad
    c.setFillColor(WARM)
    c.roundRect(SIDE, y - box_h, inner, box_h, 3 * mm, stroke=0, fill=1)
    fit.draw(c, zh, font, SIDE + pad, y - pad, inner - 2 * pad, align="center", bold=True)
    fit.draw(c, en, font, SIDE + pad, y - pad - zh.height, inner - 2 * pad, align="center", color=GREY)
    return y - box_h


def _body(c: Canvas, a: ActivityPoster, s: Style, top: float, bottom: float) -> None:
    """The text, then the highlights, shrunk together until both fit between `top` and `bottom`."""
    font = cjk_font()
    inner = WIDTH - 2 * SIDE
    room = top - bottom
    text = mask_phones(a.text.strip())
    points = "\n".join(f"● {mask_phones(h)}" for h in a.highlights)
    size = s.body_max
    while True:
        body = fit.fit(text, font, inner, room, size, size, leading=1.45) if text else None
        high = fit.fit(points, font, inner, room, size * 1.05, size * 1.05, leading=1.4, bold=True) \
            if points else None
        used = (body.height if body else 0) + (high.height + 3 * mm if high else 0)
        if used <= room or size <= s.body_min:
            break
        size = max(s.body_min, size * 0.94)
    if used > room:  # still too long at the smallest size: cut the text, keep the highlights
        left = room - (high.height + 3 * mm if high else 0)
        body = fit.fit(text, font, inner, max(left, size * 1.45), size, size, leading=1.45) if text else None
    y = top
    if body:
        y = fit.draw(c, body, font, SIDE, y, inner)
    if high:
        fit.draw(c, high, font, SIDE, y - 3 * mm, inner, bold=True, color=GREEN)


def _branch(c: Canvas, a: ActivityPoster, s: Style) -> None:
    """The branch's name, address and phone at the bottom left, beside the QR."""
    font = cjk_font()
    width = WIDTH - 2 * SIDE - s.qr - 8 * mm
    top = 12 * mm + s.footer_height - 10 * mm
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.2)
    c.line(SIDE, 12 * mm + s.footer_height, WIDTH - SIDE, 12 * mm + s.footer_height)
    y = fit.text_box(c, a.branch.name, font, SIDE, top, width, s.caption * 3, s.caption * 1.5, 9, max_lines=2,
                     bold=True, color=GREEN)
    y = fit.text_box(c, f"地址 Address：{a.branch.address}", font, SIDE, y - 3 * mm, width, s.caption * 4.2,
                     s.caption, 7, max_lines=3)
    fit.text_box(c, f"电话 Phone：{a.branch.phone}", font, SIDE, y - 3 * mm, width, s.caption * 2.2,
                 s.caption * 1.35, 8, max_lines=1, bold=True)


def _how_to_sign_in(c: Canvas, bottom: float) -> float:
    """The sign-in box standing on `bottom`; returns its top."""
    font = cjk_font()
    inner, pad, height = WIDTH - 2 * SIDE, 4 * mm, 17 * mm
    c.setStrokeColor(GREEN)
    c.setLineWidth(1)
    c.roundRect(SIDE, bottom, inner, height, 3 * mm, stroke=1, fill=0)
    y = fit.text_box(c, SIGN_IN_ZH, font, SIDE + pad, bottom + height - 3 * mm, inner - 2 * pad, 10 * mm, 12, 8,
                     leading=1.35, max_lines=2, color=GREEN)
    fit.text_box(c, SIGN_IN_EN, font, SIDE + pad, y - 0.5 * mm, inner - 2 * pad, 6 * mm, 9, 6, max_lines=2, color=GREY)
    return bottom + height


def _static(a: ActivityPoster, s: Style) -> Callable[[Canvas], None]:
    def draw(c: Canvas) -> None:
        _strip(c, a, s)
        under_heading = _heading(c, a, s)
        floor = 12 * mm + s.footer_height + 6 * mm
        if s.how_to_sign_in:
            floor = _how_to_sign_in(c, floor) + 6 * mm
        _body(c, a, s, under_heading - 6 * mm, floor)
        _branch(c, a, s)
    return draw


def _channel(channel: ChannelQr, s: Style) -> Callable[[Canvas], None]:
    """The channel's QR with what to do above it and the code to type below it."""
    def draw(c: Canvas) -> None:
        font = cjk_font()
        x = WIDTH - SIDE - s.qr
        bottom = 12 * mm + s.caption * 1.6
        draw_qr(c, channel.payload, x, bottom, s.qr)
        c.setFillColor(colors.black)
        c.setFont(font, s.caption)
        centre = x + s.qr / 2
        c.drawCentredString(centre, bottom + s.qr + s.caption * 1.35, "扫码了解详情 · 到场签到")
        c.setFillColor(GREY)
        c.setFont(font, s.caption * 0.75)
        c.drawCentredString(centre, bottom + s.qr + s.caption * 0.3, "Scan for details and sign-in")
        c.setFillColor(colors.black)
        c.setFont(font, s.caption * 0.9)
        c.drawCentredString(centre, bottom - s.caption * 0.9, f"渠道码 {channel.code}")
        c.setFillColor(GREY)
        fit.text_box(c, f"渠道 Channel：{channel.name}", font, SIDE, 9 * mm, WIDTH - 2 * SIDE - s.qr - 8 * mm,
                     10, 7, 5, max_lines=1)
    return draw


def sheets_pdf(a: ActivityPoster, channels: Sequence[ChannelQr], s: Style, *, paper: tuple[float, float] = A4,
               copies: int = 1, title: str = "") -> bytes:
    """One page per channel and copy: the shared part and each channel's part drawn once, as forms."""
    if not channels:
        raise ValueError("a poster needs at least one channel")
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=paper, invariant=1, pageCompression=1,
               initialFontName=cjk_font())  # type: ignore[arg-type]  # a font name; the stub says float
    c.setTitle(title or a.title)
    c.setAuthor(a.branch.name)
    c.setCreator("BranchDesk")
    scale = paper[0] / WIDTH
    c.beginForm("static")
    _static(a, s)(c)
    c.endForm()
    for index, channel in enumerate(channels):
        c.beginForm(f"channel{index}")
        _channel(channel, s)(c)
        c.endForm()
        for _ in range(copies):
            if not math.isclose(scale, 1):
                c.scale(scale, scale)
            c.doForm("static")
            c.doForm(f"channel{index}")
            c.showPage()
    c.save()
    return buffer.getvalue()


def poster_pdf(a: ActivityPoster, channels: Sequence[ChannelQr], paper: str = "A4", *, copies: int = 1) -> bytes:
    """Posters, one page per channel (and copy), on "A4" or "A3"."""
    sizes = {"A4": A4, "A3": A3}
    if paper not in sizes:
        raise ValueError(f"unknown paper {paper!r}; use A4 or A3")
    return sheets_pdf(a, channels, POSTER, paper=sizes[paper], copies=copies, title=f"{a.title} 海报 Poster {paper}")
