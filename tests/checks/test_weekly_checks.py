"""The weekly report's checks done and missed, its overdue corrective actions (PDF and .xlsx), and the
complaints sheet of the .xlsx (issue 11, items 2, 4 and 6)."""

import datetime as dt

from branchdesk.printing.weekly_report import weekly_report_pdf, weekly_report_xlsx
from branchdesk.services.weekly import WeeklyReports
from tests.checks.conftest import template_id
from tests.checks.helpers import run_check
from tests.conftest import SHANGHAI
from tests.printing.pdfcheck import page_text
from tests.printing.xlsxread import read_xlsx

MONDAY, SUNDAY = dt.date(2026, 11, 23), dt.date(2026, 11, 29)


def _weekly(services):
    return WeeklyReports(services.db, services.clock, services.branch, services.queue_reports, services.attendance,
                         services.complaints, services.checks)


def test_the_week_counts_checks_done_late_and_missed_and_lists_overdue_actions(services, checks, manager, clerk,
                                                                               clock):
    opening, closing = template_id(checks, "daily_opening"), template_id(checks, "daily_closing")
    clock.at = dt.datetime(2026, 11, 23, 8, 10, tzinfo=SHANGHAI)  # Monday, on time
    run_check(checks, manager, opening, fail=("门前整洁",), responsible=clerk.staff_id)
    clock.at = dt.datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)  # Tuesday, after the 08:30 deadline
    run_check(checks, manager, opening)
    clock.at = dt.datetime(2026, 11, 24, 17, 45, tzinfo=SHANGHAI)
    run_check(checks, manager, closing)
    services.complaints.register(
        manager, received_at=clock.now(), channel="phone", category="delay", summary="包裹延误",
        contact="13812341234", first_staff_id=clerk.staff_id, assignee_staff_id=manager.staff_id)
    clock.at = dt.datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI)  # the next Monday, the report is made
    report = _weekly(services).data(MONDAY, SUNDAY)
    statuses = [(line.title, line.period, line.status) for line in report.checks]
    assert ("每日开门检查", "2026-11-23", "done") in statuses
    assert ("每日开门检查", "2026-11-24", "late") in statuses
    assert ("每日关门检查", "2026-11-24", "done") in statuses
    assert ("每日关门检查", "2026-11-23", "missed") in statuses
    assert ("每周全面检查", "2026-11-23 – 2026-11-29", "missed") in statuses
    assert len(report.checks) == 7 * 2 + 1
    assert [(a.item_text, a.owner_name, a.due_on, a.days_overdue) for a in report.actions_overdue] == [
        ("门前整洁有序", "张敏", dt.date(2026, 11, 26), 4)]
    pdf = weekly_report_pdf(report)
    text = (page_text(pdf) + page_text(pdf, 1)).replace("\n", "")
    assert "应做 15 次：按时完成 2，逾期完成 1，漏检 12，未到期 0。" in text
    assert "逾期整改" in text and "门前整洁有序" in text
    sheets = read_xlsx(weekly_report_xlsx(report))
    assert ["每日开门检查", "开门 Opening", "2026-11-24", "2026-11-24 08:30", "2026-11-24 09:00", "逾期完成 Done late"] \
        in sheets["检查 Checks"]
    assert sheets["逾期整改 Overdue actions"][1][:5] == ["每日开门检查", "门前整洁有序", "张敏", "2026-11-26", 4]
    complaint = sheets["投诉 Complaints"][1]
    assert complaint[:5] == ["2026-11-24 17:45", "来电 Phone", "延误 Delay", "包裹延误", "138****1234"]
    assert complaint[-1] == "是 Yes"


def test_a_quiet_week_says_so(services, checks, clock):
    clock.at = dt.datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI)
    report = _weekly(services).data(MONDAY, SUNDAY)
    assert report.actions_overdue == [] and report.complaints.received == []
    pdf = weekly_report_pdf(report)
    assert "无逾期整改" in page_text(pdf) + page_text(pdf, 1)
    assert read_xlsx(weekly_report_xlsx(report))["投诉 Complaints"] == [[
        "受理时间 Received", "渠道 Channel", "类别 Category", "投诉内容 Complaint", "联系方式 Contact",
        "首问责任人 First asked", "承办人 Assigned", "答复期限 Deadline", "答复时间 Answered", "满意度 Satisfaction",
        "本周受理 Received this week"]]
