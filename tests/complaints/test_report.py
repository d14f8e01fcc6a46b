"""The weekly complaint report (PDF) for the supervisor: made every week, carried in the bundle."""

from __future__ import annotations

import datetime as dt

import pytest

from branchdesk.printing.complaints_report import complaints_report_pdf
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from tests.conftest import SHANGHAI
from tests.printing.pdfcheck import page_text, render

WEEK = (dt.date(2026, 11, 23), dt.date(2026, 11, 29))


def all_text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    count = len(pdfium.PdfDocument(pdf))
    return "".join(page_text(pdf, i) for i in range(count)).replace("\r", "").replace("\n", "")


@pytest.fixture
def head(services, admin):
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.BRANCH_HEAD, "1357"))
    return services.staff.sign_in("wangfang", "1357")


def test_a_week_without_complaints_still_gets_its_report(services, admin, clock):
    clock.at = dt.datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI)
    files = services.sync.week_report_files(*WEEK)
    text = all_text(files["complaints.pdf"])
    assert "投诉周报 Weekly complaint report" in text and "青山镇邮政支局" in text
    assert "本周无投诉 No complaints this week" in text
    assert "本周受理投诉 0 件" in text


def test_the_report_lists_the_weeks_complaints_masked_with_their_state(services, clerk, head, clock):
    clock.at = dt.datetime(2026, 11, 20, 10, 0, tzinfo=SHANGHAI)  # the Friday before: still open on Monday
    services.complaints.register(head, received_at=clock.now(), channel="letter", category="loss",
                                 summary="挂号信丢失", contact="13900001111", first_staff_id=head.staff_id,
                                 assignee_staff_id=head.staff_id)
    clock.at = dt.datetime(2026, 11, 24, 9, 15, tzinfo=SHANGHAI)
    answered = services.complaints.register(clerk, received_at=clock.now(), channel="hotline_12305",
                                            category="delay", summary="包裹延误五天", contact="13812345678",
                                            first_staff_id=clerk.staff_id, assignee_staff_id=head.staff_id)
    clock.advance(days=1)
    services.complaints.reply(head, answered.id, "已致歉并加急投递")
    services.complaints.record_satisfaction(head, answered.id, "satisfied")
    services.complaints.register(clerk, received_at=clock.now(), channel="visit", category="attitude",
                                 summary="窗口人员态度生硬", contact="13700002222", first_staff_id=clerk.staff_id,
                                 assignee_staff_id=head.staff_id)
    clock.at = dt.datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI)  # Monday after: the attitude one is overdue
    pdf = services.sync.week_report_files(*WEEK)["complaints.pdf"]
    text = all_text(pdf)
    assert "本周受理投诉 2 件，已答复 1 件，其中 3 日内答复 1 件；超期未答复 2 件" in text
    assert "138****5678" in text and "13812345678" not in text
    for shown in ("12305热线", "延误", "包裹延误五天", "满意", "窗口人员态度生硬", "超期未答复", "挂号信丢失", "来信"):
        assert shown in text, shown
    image = render(pdf, scale=1.0)
    image.save("/tmp/complaints-report-test.png")  # looked at by hand; the test checks the words
    assert image.width > image.height  # landscape: ten columns fit


def test_hostile_text_in_a_summary_is_printed_not_parsed():
    from branchdesk.printing.report_data import ComplaintLine, ComplaintWeek

    at = dt.datetime(2026, 11, 24, 9, 0)
    line = ComplaintLine(at, at + dt.timedelta(days=3), "online", "other", "<b>价格 & 收费</b>", "****1234",
                         "张敏", "王芳", None, None)
    week = ComplaintWeek("青山镇邮政支局", "QS-001", *WEEK, generated_at=at, received=[line])
    assert "<b>价格 & 收费</b>" in all_text(complaints_report_pdf(week))
