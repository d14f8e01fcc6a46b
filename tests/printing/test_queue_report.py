"""The daily queue report PDF, read back: labels Chinese first, figures, A4 pages, embedded font, empty day."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium

from branchdesk.printing.queue_report import AdviceHour, QueueDayReport, ReportRow, queue_day_report_pdf
from tests.printing.pdfcheck import page_size_mm, page_text, render

DAY = dt.date(2026, 11, 13)  # a Friday


def row(label: str, arrivals: int, label_en: str = "", wait: float | None = 5.0) -> ReportRow:
    return ReportRow(label, arrivals, arrivals - 1, 1, wait, 12.9, 20.5, 4.3, 0.73, label_en)


def report(**changes) -> QueueDayReport:
    fields = dict(
        branch_name="青山镇邮政支局", branch_code="QS-001", day=DAY,
        generated_at=dt.datetime(2026, 11, 24, 7, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
        total=ReportRow("total", 167, 166, 1, 5.04, 12.9, 20.5, 4.3, 0.73), pause_minutes=12.0,
        by_hour=[row(f"{h:02d}:00", 10 + h) for h in range(8, 18)],
        by_business=[row("邮件包裹", 51, "Mail and parcels"), row("储蓄", 51, "Savings")],
        by_clerk=[row("王芳", 55), row("张敏", 55)],
        advice=[AdviceHour(h, 3 if h < 11 else 1, 30.0 if h < 11 else 6.0) for h in range(8, 18)],
    )
    fields.update(changes)
    return QueueDayReport(**fields)


def all_text(pdf: bytes) -> str:
    return "\n".join(page_text(pdf, i) for i in range(len(pdfium.PdfDocument(pdf))))


def test_report_states_every_headline_figure_chinese_first():
    pdf = queue_day_report_pdf(report())
    text = all_text(pdf)
    assert "排队日报 Daily queue report" in text
    assert "青山镇邮政支局" in text and "QS-001" in text and "2026-11-13" in text and "星期五" in text
    for zh, en in (("到号人数", "Arrivals"), ("办结", "Served"), ("过号", "No-shows"), ("平均等候", "Mean wait"),
                   ("90%等候", "P90 wait"), ("最长等候", "Max wait"), ("平均办理时长", "Mean service time"),
                   ("时限内办结率", "Share within norm"), ("暂停分钟", "Pause minutes")):
        assert zh in text and en in text
        assert text.index(zh) < text.index(en), zh
    for figure in ("167", "166", "5.0", "12.9", "20.5", "4.3", "73%", "12"):
        assert figure in text
    assert "邮件包裹 Mail and parcels" in text and "王芳" in text and "17:00" in text


def test_window_advice_row_and_target_are_printed():
    text = all_text(queue_day_report_pdf(report()))
    assert "窗口建议" in text and "Window advice (Friday)" in text
    assert "80%" in text and "10 分钟" in text and "at most 10 min" in text
    assert re.search(r"08时.*09时.*17时", text.replace("\n", " "))
    assert text.count("→ 3") == 3 and text.count("→ 1") == 7


def test_pages_are_a4_numbered_with_the_generation_time():
    pdf = queue_day_report_pdf(report())
    pages = len(pdfium.PdfDocument(pdf))
    assert pages >= 1
    for i in range(pages):
        width, height = page_size_mm(pdf, i)
        assert abs(width - 210) < 0.5 and abs(height - 297) < 0.5
        text = page_text(pdf, i)
        assert f"第 {i + 1} / {pages} 页 Page {i + 1} of {pages}" in text
        assert "生成时间 Generated 2026-11-24 07:30" in text


def test_only_the_embedded_cjk_font_is_used():
    pdf = queue_day_report_pdf(report())
    assert b"/FontFile2" in pdf
    assert {name.split(b"+", 1)[1] for name in re.findall(rb"/BaseFont /(\S+)", pdf)} == {b"WenQuanYiMicroHei-0"}


def test_a_day_without_tickets_says_so_instead_of_an_empty_chart():
    empty = ReportRow("total", 0, 0, 0, None, None, None, None, None)
    pdf = queue_day_report_pdf(report(total=empty, by_hour=[], by_business=[], by_clerk=[], pause_minutes=0.0))
    text = all_text(pdf)
    assert "当日无排队记录 No queue records" in text
    assert "分时段到号与等候" not in text and "按业务" not in text
    assert "—" in text  # unknown times are a dash, never 0.0 or None
    assert "None" not in text


def test_hours_without_waits_and_no_advice_still_render():
    hours = [row("08:00", 3, wait=None), row("09:00", 0, wait=None)]
    pdf = queue_day_report_pdf(report(by_hour=hours, advice=[]))
    text = all_text(pdf)
    assert "历史记录不足" in text and "None" not in text


def test_the_page_is_drawn_not_blank():
    image = render(queue_day_report_pdf(report()), scale=1.0).convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > 0.01 * image.width * image.height


def test_an_advice_above_the_windows_of_the_branch_is_explained_in_words():
    data = report(branch_windows=3, advice=[AdviceHour(9, 5, 70.0, share_all_open=0.42),
                                            AdviceHour(10, 6, 90.0, share_all_open=0.0), AdviceHour(11, 2, 20.0)])
    text = all_text(queue_day_report_pdf(data)).replace("\r\n", " ").replace("\n", " ")
    assert "→ 5*" in text and "→ 6*" in text and "→ 2*" not in text
    assert "09时：建议 5 个窗口，本所只有 3 个：全部开放时，预计 42% 的顾客在 10 分钟内办理（目标 80%）。" in text
    assert "10时：建议 6 个窗口，本所只有 3 个：全部开放也接待不过来，排队会越来越长。" in text
    assert "5 windows advised, the branch has only 3" in text


def test_a_future_day_says_it_is_in_the_future_not_that_nobody_came():
    empty = ReportRow("total", 0, 0, 0, None, None, None, None, None)
    text = all_text(queue_day_report_pdf(report(total=empty, by_hour=[], by_business=[], by_clerk=[],
                                                in_future=True)))
    text = text.replace("\r\n", "").replace("\n", "")
    assert "2026-11-13 尚未到来" in text and "is in the future" in text and "当日无排队记录" not in text
