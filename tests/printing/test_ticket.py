"""The queue ticket PDF, read back: its text (Chinese first), its size, its font and its QR code."""

from __future__ import annotations

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.ticket import QueueTicket, ticket_pdf
from tests.printing.pdfcheck import MM, decode_qr, page_size_mm, page_text, render

ISSUED = dt.datetime(2026, 11, 24, 9, 41, tzinfo=ZoneInfo("Asia/Shanghai"))


def ticket(**changes) -> QueueTicket:
    fields = dict(
        branch_name="青山镇邮政支局",
        business_zh="邮件包裹",
        business_en="Mail and parcels",
        number="A012",
        issued_at=ISSUED,
        people_ahead=3,
        wait_range=(10, 15),
    )
    fields.update(changes)
    return QueueTicket(**fields)


def lines(pdf: bytes) -> list[str]:
    return [line.strip() for line in page_text(pdf).splitlines() if line.strip()]


def test_ticket_says_everything_chinese_first_then_english():
    text = lines(ticket_pdf(ticket()))
    expected = [
        "青山镇邮政支局",
        "A012",
        "邮件包裹",
        "Mail and parcels",
        "前面约 3 人",
        "About 3 ahead of you",
        "预计等候 10～15 分钟",
        "About 10 to 15 min",
        "请耐心等候，听到叫号请到窗口办理",
        "Please wait for your number to be called",
        "取号时间 Issued 2026-11-24 09:41",
    ]
    positions = [text.index(line) for line in expected]  # ValueError if a line is missing
    assert positions == sorted(positions), text
    assert not any("优先" in line or "Priority" in line for line in text)


def test_page_is_80_mm_wide_and_as_tall_as_its_content():
    plain = ticket_pdf(ticket())
    with_qr = ticket_pdf(ticket(qr_payload="https://branchdesk.example.cn/q/QS-001/A012"))
    width, height = page_size_mm(plain)
    assert width == pytest.approx(80, abs=0.01)
    assert 90 < height < 160
    assert page_size_mm(with_qr)[0] == pytest.approx(80, abs=0.01)
    assert page_size_mm(with_qr)[1] > height + 30  # the 32 mm QR code makes it longer, not squeezed
    assert len(pdfium.PdfDocument(plain)) == 1


def test_nothing_is_clipped_even_with_a_long_branch_name():
    long_name = "青山镇邮政支局白云村邮政便民服务站（农村综合服务社）第二营业网点"
    pdf = ticket_pdf(ticket(branch_name=long_name, qr_payload="https://branchdesk.example.cn/q/1", priority=True))
    page = pdfium.PdfDocument(pdf)[0]
    width, height = page.get_size()
    textpage = page.get_textpage()
    margin = 3 * MM
    for i in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(i)
        if right - left == 0:
            continue  # spaces and line breaks
        assert margin <= left and right <= width - margin, i
        assert margin <= bottom and top <= height - margin, i
    assert long_name in "".join(lines(pdf))  # wrapped over lines, every character kept


def test_cjk_font_is_embedded_and_every_character_has_a_glyph():
    pdf = ticket_pdf(ticket(priority=True, qr_payload="x"))
    assert b"/FontFile2" in pdf  # the TrueType program itself travels in the PDF
    # the only font is the embedded subset: nothing left for a reader to substitute
    assert set(re.findall(rb"/BaseFont /(\S+)", pdf)) == {b"AAAAAA+WenQuanYiMicroHei-0"}
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(cjk_font()).face
    text = "".join(lines(pdf)).replace("A012", "")
    missing = [ch for ch in set(text) if not ch.isspace() and ord(ch) not in face.charToGlyph]
    assert missing == []


def test_chinese_characters_render_as_distinct_glyphs_not_tofu_boxes():
    def glyph(ch: str) -> bytes:
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=(60, 60))
        c.setFont(cjk_font(), 48)
        c.drawString(6, 10, ch)
        c.save()
        return render(buffer.getvalue(), scale=1).convert("1").tobytes()

    blank = glyph(" ")
    images = [glyph(ch) for ch in "邮件包裹前面还有人等候约～下一位马上到您暂无窗口"]
    assert all(image != blank for image in images)
    assert len(set(images)) == len(images)  # tofu would draw the same box for all of them


def test_priority_is_marked_in_both_languages():
    text = lines(ticket_pdf(ticket(priority=True)))
    assert "优先 Priority" in text
    assert text.index("优先 Priority") < text.index("A012")


def test_next_in_line_right_away_no_window_and_a_reprint_say_so_without_a_false_number():
    next_one = lines(ticket_pdf(ticket(people_ahead=0, wait_range=(2, 6))))
    assert "您是下一位" in next_one and "You are next in line" in next_one and "预计等候 2～6 分钟" in next_one
    right_away = lines(ticket_pdf(ticket(people_ahead=0, wait_range=None, right_away=True)))
    assert "马上就到您" in right_away and "You are next" in right_away
    assert not any("预计" in line or "min" in line for line in right_away)
    no_window = lines(ticket_pdf(ticket(people_ahead=0, wait_range=None, no_window=True)))
    assert "暂无窗口办理此业务" in no_window and "请留意叫号" in no_window
    assert not any("预计" in line or "前面" in line for line in no_window)
    reprint = lines(ticket_pdf(ticket(people_ahead=None, wait_range=None)))
    assert not any("预计" in line or "前面" in line or "下一位" in line for line in reprint)
    long = lines(ticket_pdf(ticket(people_ahead=25, wait_range=(60, 90))))
    assert "预计等候 1 小时以上" in long and "Over an hour" in long


def test_ticket_qr_decodes_to_its_payload():
    payload = "https://branchdesk.example.cn/q/QS-001/A012?d=20261124"
    pdf = ticket_pdf(ticket(qr_payload=payload))
    assert decode_qr(pdf, scale=3) == [payload.encode()]
    assert "扫码查看排队进度" in lines(pdf)
    assert decode_qr(ticket_pdf(ticket()), scale=3) == []


def test_number_is_the_largest_text_on_the_ticket():
    page = pdfium.PdfDocument(ticket_pdf(ticket(priority=True)))[0]
    textpage = page.get_textpage()
    heights = {}
    for i in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(i)
        heights[i] = top - bottom
    text = textpage.get_text_range()
    start = text.index("A012")
    number_height = min(heights[start + k] for k in range(4))
    others = [h for i, h in heights.items() if not start <= i < start + 4]
    assert number_height > 2 * max(others)


@pytest.mark.parametrize(
    "changes", [dict(number=" "), dict(people_ahead=-1), dict(wait_range=(-5, 5)), dict(wait_range=(10, 10))]
)
def test_impossible_tickets_are_refused(changes):
    with pytest.raises(ValueError):
        ticket(**changes)
