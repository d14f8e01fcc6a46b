"""The daily report as a spreadsheet, read back without the library that wrote it: the PDF's figures, one sheet
per section, headers in the language asked, numbers as numbers."""

from __future__ import annotations

import dataclasses

import pytest

from branchdesk.printing.queue_report_xlsx import queue_day_report_xlsx
from branchdesk.printing.report_data import AdviceHour
from tests.printing.test_queue_report import report
from tests.printing.xlsxread import read_xlsx


def test_one_sheet_per_section_with_chinese_headers():
    book = read_xlsx(queue_day_report_xlsx(report(), "zh_CN"))
    assert list(book) == ["概况", "按时段", "按业务", "按柜员", "窗口建议"]
    assert book["按业务"][0] == ["业务", "到号", "办结", "过号", "平均等候（分钟）", "90%等候（分钟）",
                               "最长等候（分钟）", "平均办理（分钟）", "时限内办结率"]
    assert book["按业务"][1] == ["邮件包裹", 51, 50, 1, 5.0, 12.9, 20.5, 4.3, 0.73]
    assert [r[0] for r in book["按时段"][1:]] == [f"{h:02d}:00" for h in range(8, 18)]
    assert [r[0] for r in book["按柜员"][1:]] == ["王芳", "张敏"]
    summary = {r[0]: r[1] for r in book["概况"] if r}
    assert summary["支局"] == "青山镇邮政支局" and summary["日期"] == "2026-11-13" and summary["星期"] == "星期五"
    assert summary["到号人数"] == 167 and summary["平均等候（分钟）"] == 5.04 and summary["时限内办结率"] == 0.73
    assert summary["暂停分钟"] == 12
    advice = book["窗口建议"]
    assert advice[0][0].startswith("目标：80% 的顾客等候不超过 10 分钟")
    assert advice[1][:3] == ["时段", "建议开窗口数", "每小时到号"]
    assert advice[2][:4] == ["08时", 3, 30, "否"]


def test_english_headers_and_english_service_names():
    book = read_xlsx(queue_day_report_xlsx(report(), "en"))
    assert list(book) == ["Summary", "By hour", "By service", "By clerk", "Window advice"]
    assert book["By service"][0][:2] == ["Service", "Arrivals"]
    assert [r[0] for r in book["By service"][1:]] == ["Mail and parcels", "Savings"]
    text = repr(book)
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("青山镇邮政支局", "").replace("王芳", "")
                   .replace("张敏", "")), "Chinese beyond the branch's and the staff's names"


def test_every_figure_is_a_number_and_an_unknown_one_is_blank():
    data = report(by_hour=[dataclasses.replace(report().by_hour[0], mean_wait=None, share_within_norm=None)])
    book = read_xlsx(queue_day_report_xlsx(data, "zh_CN"))
    row = book["按时段"][1]
    assert row[4] is None and row[8] is None  # blank cells, not "—"
    for sheet in ("按时段", "按业务", "按柜员"):
        for r in book[sheet][1:]:
            assert all(isinstance(v, (int, float)) or v is None for v in r[1:]), r


@pytest.mark.parametrize("lang, words", [
    ("zh_CN", "建议 5 个窗口，本所只有 3 个：全部开放时，预计 "),
    ("en", "5 windows advised, the branch has only 3: with all of them open, about "),
])
def test_an_advice_above_the_windows_of_the_branch_is_explained(lang, words):
    data = report(branch_windows=3, advice=[AdviceHour(9, 5, 70.0, share_all_open=0.42), AdviceHour(10, 2, 20.0)])
    rows = list(read_xlsx(queue_day_report_xlsx(data, lang)).values())[-1]
    assert rows[2][4] == 0.42 and rows[2][5].startswith(words) and "42%" in rows[2][5]
    assert rows[3][4:] == [None]  # an hour the branch can cover needs no note


def test_a_future_day_says_so():
    data = report(in_future=True)
    book = read_xlsx(queue_day_report_xlsx(data, "zh_CN"))
    assert any(r and isinstance(r[0], str) and "2026-11-13 尚未到来，还没有排队数据" in r[0] for r in book["概况"])
