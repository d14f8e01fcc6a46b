"""Line wrapping of receipt text: fits the column, loses nothing, follows Chinese breaking rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.layout import NO_LINE_END, NO_LINE_START, wrap_text

TEXT = st.text(alphabet="邮政支局青山镇汇兑储蓄（）《》，。、 abcdefghijk.:/-0123456789", min_size=1, max_size=80)


@given(text=TEXT, width=st.floats(min_value=40, max_value=220))
def test_wrapped_lines_fit_and_keep_every_character(text, width):
    font = cjk_font()
    lines = wrap_text(text, font, 10, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        # a line only overflows when punctuation must stay with its neighbour (three glyphs at most)
        assert stringWidth(line, font, 10) <= width + 3 * 10 or len(line) <= 3


def test_chinese_breaking_rules():
    font = cjk_font()
    for width in range(120, 205, 5):
        lines = wrap_text("青山镇邮政支局白云村邮政便民服务站（农村综合服务社），欢迎您。", font, 11, width)
        assert all(line[:1] not in NO_LINE_START for line in lines[1:]), lines
        assert all(line[-1:] not in NO_LINE_END for line in lines), lines


def test_short_text_stays_on_one_line_and_long_words_are_cut():
    font = cjk_font()
    assert wrap_text("邮件包裹", font, 16, 200) == ["邮件包裹"]
    url = "https://branchdesk.example.cn/" + "x" * 80
    lines = wrap_text(url, font, 8, 100)
    assert len(lines) > 2 and "".join(lines) == url
    assert all(stringWidth(line, font, 8) <= 100 for line in lines)
