"""The daily report's data from the demo branch's tickets, and its PDF with the real figures."""

from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium

from branchdesk.printing.queue_report import QueueDayReport, queue_day_report_pdf
from tests.conftest import MORNING
from tests.printing.pdfcheck import page_text

MARKET_FRIDAY = dt.date(2026, 11, 13)


def all_text(pdf: bytes) -> str:
    return "\n".join(page_text(pdf, i) for i in range(len(pdfium.PdfDocument(pdf))))


def test_day_report_data_mirrors_the_day_report(demo_services):
    reports = demo_services.queue_reports
    data = reports.day_report_data(MARKET_FRIDAY)
    day = reports.day(MARKET_FRIDAY)
    assert isinstance(data, QueueDayReport)
    assert (data.branch_code, data.branch_name, data.day) == ("DEMO-01", "青山镇邮政支局（演示）", MARKET_FRIDAY)
    assert data.total.arrivals == day.total.arrivals > 100
    assert data.total.served == day.total.served and data.total.p90_wait == day.total.p90_wait
    assert sum(r.arrivals for r in data.by_hour) == data.total.arrivals
    assert sum(r.arrivals for r in data.by_business) == data.total.arrivals
    assert {r.label_en for r in data.by_business} >= {"Savings"}
    assert {r.label for r in data.by_clerk} <= {"王芳", "李强", "张敏", "刘洋"}
    assert data.generated_at == MORNING
    assert data.advice and all(a.windows >= 1 for a in data.advice)
    hours = [a.hour for a in data.advice]
    assert hours == sorted(set(hours)) and 9 in hours


def test_advice_is_for_the_report_weekday_from_the_weeks_ending_that_day(demo_services):
    reports = demo_services.queue_reports
    data = reports.day_report_data(MARKET_FRIDAY)
    expected = [a for a in reports.window_advice(until=MARKET_FRIDAY) if a.weekday == 4]
    assert [(a.hour, a.windows) for a in data.advice] == [(a.hour, a.windows) for a in expected]
    # without `until` it is the weeks before today, as before
    assert reports.window_advice() == reports.window_advice(until=MORNING.date() - dt.timedelta(days=1))


def test_the_pdf_prints_the_figures_of_the_business(demo_services):
    data = demo_services.queue_reports.day_report_data(MARKET_FRIDAY)
    text = all_text(queue_day_report_pdf(data))
    assert "排队日报 Daily queue report" in text and "DEMO-01" in text and "2026-11-13" in text
    assert str(data.total.arrivals) in text and f"{data.total.mean_wait:.1f}" in text
    assert f"{data.total.share_within_norm * 100:.0f}%" in text
    for r in data.by_business:
        assert f"{r.label} {r.label_en}" in text
    for r in data.by_clerk:
        assert r.label in text


def test_a_day_without_tickets_gives_the_no_records_report(demo_services):
    data = demo_services.queue_reports.day_report_data(MORNING.date())  # before opening: nothing yet
    assert data.total.arrivals == 0 and data.by_hour == []
    text = all_text(queue_day_report_pdf(data))
    assert "当日无排队记录 No queue records" in text
    assert "窗口建议" in text  # the advice for a Tuesday is still useful


def test_the_report_knows_the_branch_windows_a_future_day_and_what_all_windows_achieve(demo_services):
    from branchdesk.services.queue.stats import AdviceTarget

    reports = demo_services.queue_reports
    data = reports.day_report_data(MARKET_FRIDAY, AdviceTarget(0.99, 1))  # a target three windows cannot meet
    assert data.branch_windows == len(demo_services.queue.windows()) == 3 and not data.in_future
    short = data.short_hours()
    assert short and all(a.windows > 3 and a.share_all_open is not None and a.share_all_open < 0.99 for a in short)
    assert all(a.share_all_open is None for a in data.advice if a not in short)
    later = reports.day_report_data(MORNING.date() + dt.timedelta(days=1))
    assert later.in_future and later.total.arrivals == 0
    assert not reports.day_report_data(MORNING.date()).in_future
