"""The activity summary report, PDF and .xlsx (issue 10, item 7), read back and checked against the data
that produced it."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pypdfium2 as pdfium
import pytest

from branchdesk.printing.activity_data import Goal, mask_phone, mask_phones, money
from branchdesk.printing.activity_report import activity_report_pdf
from branchdesk.printing.activity_report_xlsx import activity_report_xlsx
from tests.printing.activity_samples import report
from tests.printing.pdfcheck import page_size_mm, page_text
from tests.printing.xlsxread import read_xlsx

MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def all_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    return "\n".join(page_text(pdf, i) for i in range(len(doc)))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_derived_figures_come_from_the_data():
    data = report()
    assert data.budget_planned == Decimal("3500") and data.budget_actual == Decimal("3366.50")
    assert data.cost_per_participant == Decimal("14.26")  # 3366.50 / 236
    assert data.cost_per_new_customer == Decimal("108.60")  # 3366.50 / 31
    assert data.copies_printed == 503
    assert [c.conversion for c in data.channels] == [48.5, 41.0, 0.146, None]
    assert report(participants=0, new_customers=0).cost_per_participant is None
    assert Goal("x", "x", 0, 3).share is None and Goal("x", "x", 4, 3).met is False


def test_pdf_prints_every_figure_of_the_data():
    data = report()
    pdf = activity_report_pdf(data)
    assert page_size_mm(pdf) == pytest.approx((210, 297), abs=0.5)
    text = flat(all_text(pdf))
    assert "赶集日邮政便民服务活动" in text and "活动总结报告 Activity summary report" in text
    assert "青山镇邮政支局（QS-001） 2026-12-05 – 12-06" in text
    # Headline: participants, new, returning, spending, costs, satisfaction, follow-ups.
    for words in ("236", "31", "205", "¥3,366.50", "¥14.26", "¥108.60", "4.6", "180 / 236", "87%"):
        assert words in text, words
    # Goals against actual, each with its share and whether it was met.
    for words in ("参与人数 Participants 200 人 236 人 118% 达成 Met", "新客户 New customers 40 人 31 人 78% 未达成 Not met",
                  "业务笔数 Business handled 80 笔 92 笔 115%", "满意度 Satisfaction 4.5 分 4.6 分 102%"):
        assert words in text, words
    # Channels: copies printed, sign-ins, conversion; no conversion without copies; the total.
    for words in ("集市入口横幅 2345678900 2 97 4850%", "宣传单 6234567891 500 73 15%", "老客户短信 7345678903 0 25 —",
                  "合计 Total 503 236 42%"):
        assert words in text, words
    # Budget against actual, the differences signed.
    for words in ("宣传物料 Publicity ¥800.00 ¥756.50 −¥43.50", "礼品 Gifts ¥2,400.00 ¥2,610.00 +¥210.00",
                  "合计 Total ¥3,500.00 ¥3,366.50 −¥133.50", "人均成本 ¥14.26（236 人）", "新客户获客成本 ¥108.60（31 人）"):
        assert words in text, words
    assert "118 / 50%" in text and "180 / 236（76%）" in text  # answers / response rate; follow-ups done


def test_review_reads_goals_achieved_then_problems_then_suggestions_then_actions():
    text = flat(all_text(activity_report_pdf(report())))
    order = [text.index(w) for w in ("一、目标达成", "二、存在问题", "三、改进建议", "四、改进措施")]
    assert order == sorted(order)
    assert "新客户：计划 40人，实际 31人，完成 78%，未达成。" in text
    assert "礼品在第一天上午 10 点就发完一半" in text and "签到和领礼分开两张桌子" in text
    assert "1 礼品按天分装，每天留三成到下午 王芳 2026-12-20" in text
    assert "3 48 小时回访未完成的 56 位客户补回访 李强 2026-12-11" in text


def test_no_phone_number_prints_unmasked():
    data = report(suggestions="回访时请联系 139 1234 5678 或 13700001111。",
                  problems="客户13812345678反映排队太久")
    pdf_text = all_text(activity_report_pdf(data)).replace("\r\n", "").replace("\n", "")
    assert not MOBILE.search(pdf_text.replace(" ", ""))
    assert "138****5678" in pdf_text and "139****5678" in pdf_text and "137****1111" in pdf_text
    cells = [str(c) for sheet in read_xlsx(activity_report_xlsx(data)).values() for row in sheet for c in row]
    assert not any(MOBILE.search(c.replace(" ", "")) for c in cells)
    assert any("138****5678" in c for c in cells)


def test_masking():
    assert mask_phone("13812341234") == "138****1234"
    assert mask_phones("电话 138-1234-1234，座机 0855-81234567，渠道码 2345678900") == \
        "电话 138****1234，座机 0855-81234567，渠道码 2345678900"
    assert money(Decimal("-43.5")) == "−¥43.50" and money(Decimal("210"), sign=True) == "+¥210.00"


def test_workbook_holds_the_same_figures_as_numbers():
    data = report()
    book = read_xlsx(activity_report_xlsx(data))
    assert list(book) == ["概况 Summary", "目标 Goals", "签到 Sign-ins", "渠道 Channels", "预算 Budget", "总结 Review"]
    summary = {row[0]: row[1] for row in book["概况 Summary"] if len(row) > 1}
    assert summary["参与人数 Participants"] == 236 and summary["新客户 New customers"] == 31
    assert summary["实际花费 Spent"] == 3366.5 and summary["人均成本 Cost per participant"] == 14.26
    assert summary["新客户获客成本 Cost per new customer"] == 108.6 and summary["印数 Copies printed"] == 503
    goals = book["目标 Goals"][1:]
    assert [(g[1], g[2], g[5]) for g in goals] == [(200, 236, "是 yes"), (40, 31, "否 no"), (80, 92, "是 yes"),
                                                   (4.5, 4.6, "是 yes")]
    assert goals[1][4] == pytest.approx(31 / 40)
    signins = book["签到 Sign-ins"]
    assert [r[2] for r in signins[1:3]] == [141, 95] and signins[1][1] == "星期六 Saturday"
    assert [(r[4], r[5]) for r in signins[1:9]] == [(f"{h:02d}:00", n) for h, n in data.signins_by_hour]
    assert sum(r[2] for r in signins[1:3]) == sum(n for _h, n in data.signins_by_hour)
    channels = book["渠道 Channels"][1:]
    assert channels[0] == ["集市入口横幅", "2345678900", 2, 97, 48.5] and channels[3][4] is None
    budget = book["预算 Budget"]
    assert budget[4] == ["合计 Total", 3500, 3366.5, -133.5]
    review = [c for row in book["总结 Review"] for c in row if isinstance(c, str)]
    assert review.index("二、存在问题 2. Problems found") < review.index("三、改进建议 3. Suggestions")
    actions = [row for row in book["总结 Review"] if row and isinstance(row[0], int)]
    assert [(a[0], a[2]) for a in actions] == [(1, "王芳"), (2, "张敏"), (3, "李强")]
    assert actions[0][3] == (dt.date(2026, 12, 20) - dt.date(1899, 12, 30)).days  # an Excel date, not text


def test_workbook_has_a_chart_per_section():
    import io
    import zipfile
    names = zipfile.ZipFile(io.BytesIO(activity_report_xlsx(report()))).namelist()
    assert len([n for n in names if n.startswith("xl/charts/chart")]) == 5


def test_an_activity_without_answers_or_money_still_prints():
    data = report(budget=(), satisfaction_mean=None, satisfaction_answers=0, participants=0, new_customers=0,
                  returning_customers=0, signins_by_day=(), signins_by_hour=(), actions=(), problems="",
                  suggestions="", follow_ups_due=0, follow_ups_done=0)
    text = flat(all_text(activity_report_pdf(data)))
    assert "人均成本 —" in text.replace("（0 人）", "")
    read_xlsx(activity_report_xlsx(data))
