"""The activity summary report as a workbook (issue 10, item 7): the PDF's figures, a sheet per section, and
XlsxWriter charts of goals, sign-ins, channels and budget.

Headers are Chinese then English in one cell; figures are numbers with a number format (money in yuan,
shares as percentages), never text; an unknown figure is an empty cell. Free text is masked for phone numbers.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import xlsxwriter

from branchdesk.printing.activity_data import ActivityReport, mask_phones
from branchdesk.printing.activity_text import achieved_lines
from branchdesk.printing.report_text import WEEKDAYS

SHEETS = {"summary": "概况 Summary", "goals": "目标 Goals", "signins": "签到 Sign-ins", "channels": "渠道 Channels",
          "budget": "预算 Budget", "review": "总结 Review"}


class _Formats:
    def __init__(self, book: Any) -> None:
        font = {"font_name": "Microsoft YaHei", "font_size": 11}
        self.text = book.add_format(font)
        self.head = book.add_format({**font, "bold": True, "bg_color": "#E8EEF5", "border": 1, "text_wrap": True,
                                     "valign": "vcenter"})
        self.count = book.add_format({**font, "num_format": "#,##0"})
        self.decimal = book.add_format({**font, "num_format": "#,##0.00"})
        self.money = book.add_format({**font, "num_format": "¥#,##0.00;-¥#,##0.00"})
        self.share = book.add_format({**font, "num_format": "0.0%"})
        self.date = book.add_format({**font, "num_format": "yyyy-mm-dd"})
        self.wrap = book.add_format({**font, "text_wrap": True, "valign": "top"})
        self.title = book.add_format({**font, "bold": True, "font_size": 14})


def _number(sheet: Any, row: int, col: int, value: float | None, fmt: Any) -> None:
    if value is None:
        sheet.write_blank(row, col, None, fmt)
    else:
        sheet.write_number(row, col, float(value), fmt)


def _chart(book: Any, kind: str, title: str, series: list[dict[str, Any]], *, subtype: str = "") -> Any:
    chart = book.add_chart({"type": kind, **({"subtype": subtype} if subtype else {})})
    for s in series:
        chart.add_series(s)
    chart.set_title({"name": title, "name_font": {"name": "Microsoft YaHei", "size": 12}})
    chart.set_legend({"position": "bottom"} if len(series) > 1 else {"none": True})
    chart.set_size({"width": 620, "height": 300})
    return chart


def _summary(book: Any, f: _Formats, data: ActivityReport) -> None:
    sheet = book.add_worksheet(SHEETS["summary"])
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 34)
    sheet.write_string(0, 0, f"{data.title} 活动总结 Activity summary", f.title)
    texts = (("支局 Branch", data.branch_name), ("支局代码 Branch code", data.branch_code),
             ("开始 Starts", data.starts), ("结束 Ends", data.ends),
             ("生成时间 Generated", f"{data.generated_at:%Y-%m-%d %H:%M}"))
    row = 2
    for label, value in texts:
        sheet.write_string(row, 0, label, f.head)
        if isinstance(value, dt.date):
            sheet.write_datetime(row, 1, dt.datetime.combine(value, dt.time()), f.date)
        else:
            sheet.write_string(row, 1, value, f.text)
        row += 1
    figures = (("参与人数 Participants", data.participants, f.count),
               ("新客户 New customers", data.new_customers, f.count),
               ("老客户 Returning customers", data.returning_customers, f.count),
               ("印数 Copies printed", data.copies_printed, f.count),
               ("预算 Budget", data.budget_planned, f.money), ("实际花费 Spent", data.budget_actual, f.money),
               ("人均成本 Cost per participant", data.cost_per_participant, f.money),
               ("新客户获客成本 Cost per new customer", data.cost_per_new_customer, f.money),
               ("满意度平均分（5分制）Mean satisfaction (of 5)", data.satisfaction_mean, f.decimal),
               ("满意度答复人数 Satisfaction answers", data.satisfaction_answers, f.count),
               ("回访完成 Follow-ups done", data.follow_ups_done, f.count),
               ("应回访 Follow-ups due", data.follow_ups_due, f.count))
    for label, number, fmt in figures:
        sheet.write_string(row, 0, label, f.head)
        _number(sheet, row, 1, None if number is None else float(number), fmt)
        row += 1


def _goals(book: Any, f: _Formats, data: ActivityReport) -> None:
    name = SHEETS["goals"]
    sheet = book.add_worksheet(name)
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 5, 14)
    sheet.write_row(0, 0, ["目标 Goal", "计划 Target", "实际 Actual", "单位 Unit", "完成率 Achieved",
                           "达成 Met"], f.head)
    for r, g in enumerate(data.goals, start=1):
        sheet.write_string(r, 0, f"{g.label} {g.label_en}", f.text)
        _number(sheet, r, 1, g.target, f.decimal)
        _number(sheet, r, 2, g.actual, f.decimal)
        sheet.write_string(r, 3, g.unit, f.text)
        _number(sheet, r, 4, g.share, f.share)
        sheet.write_string(r, 5, "是 yes" if g.met else "否 no", f.text)
    last = len(data.goals)
    if last:
        sheet.insert_chart(last + 2, 0, _chart(book, "bar", "目标完成率 Goals achieved", [
            {"name": "完成率 Achieved", "categories": [name, 1, 0, last, 0], "values": [name, 1, 4, last, 4],
             "data_labels": {"value": True, "num_format": "0%"}, "fill": {"color": "#2E7D32"}}]))


def _signins(book: Any, f: _Formats, data: ActivityReport) -> None:
    name = SHEETS["signins"]
    sheet = book.add_worksheet(name)
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 2, 14)
    sheet.set_column(4, 5, 14)
    sheet.write_row(0, 0, ["日期 Date", "星期 Weekday", "签到 Sign-ins"], f.head)
    for r, (day, count) in enumerate(data.signins_by_day, start=1):
        sheet.write_datetime(r, 0, dt.datetime.combine(day, dt.time()), f.date)
        sheet.write_string(r, 1, " ".join(WEEKDAYS[day.weekday()]), f.text)
        _number(sheet, r, 2, count, f.count)
    sheet.write_row(0, 4, ["时段 Hour", "签到 Sign-ins"], f.head)
    for r, (hour, count) in enumerate(data.signins_by_hour, start=1):
        sheet.write_string(r, 4, f"{hour:02d}:00", f.text)
        _number(sheet, r, 5, count, f.count)
    below = max(len(data.signins_by_day), len(data.signins_by_hour)) + 2
    days, hours = len(data.signins_by_day), len(data.signins_by_hour)
    if days:
        sheet.insert_chart(below, 0, _chart(book, "column", "按日签到 Sign-ins by day", [
            {"name": "签到 Sign-ins", "categories": [name, 1, 0, days, 0], "values": [name, 1, 2, days, 2],
             "data_labels": {"value": True}, "fill": {"color": "#3B6EA5"}}]))
    if hours:
        sheet.insert_chart(below + 16, 0, _chart(book, "column", "按时段签到 Sign-ins by hour", [
            {"name": "签到 Sign-ins", "categories": [name, 1, 4, hours, 4], "values": [name, 1, 5, hours, 5],
             "data_labels": {"value": True}, "fill": {"color": "#D9822B"}}]))


def _channels(book: Any, f: _Formats, data: ActivityReport) -> None:
    name = SHEETS["channels"]
    sheet = book.add_worksheet(name)
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 4, 15)
    sheet.write_row(0, 0, ["渠道 Channel", "渠道码 Code", "印数 Copies printed", "签到 Sign-ins",
                           "转化率 Conversion"], f.head)
    for r, ch in enumerate(data.channels, start=1):
        sheet.write_string(r, 0, ch.name, f.text)
        sheet.write_string(r, 1, ch.code, f.text)  # text: a code, not a quantity
        _number(sheet, r, 2, ch.printed, f.count)
        _number(sheet, r, 3, ch.signins, f.count)
        _number(sheet, r, 4, ch.conversion, f.share)
    last = len(data.channels)
    if last:
        sheet.insert_chart(last + 2, 0, _chart(book, "column", "各渠道签到 Sign-ins by channel", [
            {"name": "签到 Sign-ins", "categories": [name, 1, 0, last, 0], "values": [name, 1, 3, last, 3],
             "data_labels": {"value": True}, "fill": {"color": "#2E7D32"}}]))


def _budget(book: Any, f: _Formats, data: ActivityReport) -> None:
    name = SHEETS["budget"]
    sheet = book.add_worksheet(name)
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 3, 15)
    sheet.write_row(0, 0, ["项目 Item", "预算 Budget", "实际 Actual", "差额 Difference"], f.head)
    for r, b in enumerate(data.budget, start=1):
        sheet.write_string(r, 0, f"{b.item} {b.item_en}", f.text)
        _number(sheet, r, 1, float(b.planned), f.money)
        _number(sheet, r, 2, float(b.actual), f.money)
        _number(sheet, r, 3, float(b.actual - b.planned), f.money)
    last = len(data.budget)
    total = last + 1
    sheet.write_string(total, 0, "合计 Total", f.head)
    _number(sheet, total, 1, float(data.budget_planned), f.money)
    _number(sheet, total, 2, float(data.budget_actual), f.money)
    _number(sheet, total, 3, float(data.budget_actual - data.budget_planned), f.money)
    for offset, (label, value) in enumerate((("人均成本 Cost per participant", data.cost_per_participant),
                                             ("新客户获客成本 Cost per new customer", data.cost_per_new_customer)),
                                            start=2):
        sheet.write_string(total + offset, 0, label, f.head)
        _number(sheet, total + offset, 1, None if value is None else float(value), f.money)
    if last:
        sheet.insert_chart(total + 5, 0, _chart(book, "column", "预算与实际 Budget against actual（元 yuan）", [
            {"name": "预算 Budget", "categories": [name, 1, 0, last, 0], "values": [name, 1, 1, last, 1],
             "fill": {"color": "#3B6EA5"}},
            {"name": "实际 Actual", "categories": [name, 1, 0, last, 0], "values": [name, 1, 2, last, 2],
             "fill": {"color": "#D9822B"}}]))


def _review(book: Any, f: _Formats, data: ActivityReport) -> None:
    sheet = book.add_worksheet(SHEETS["review"])
    sheet.set_column(0, 0, 8)
    sheet.set_column(1, 1, 70)
    sheet.set_column(2, 3, 14)
    row = 0
    sheet.write_string(row, 0, "一、目标达成 1. Goals achieved", f.title)
    for zh, en in achieved_lines(data):
        row += 1
        sheet.write_string(row, 1, f"{zh}\n{en}", f.wrap)
        sheet.set_row(row, 32)
    for heading, text in (("二、存在问题 2. Problems found", data.problems), ("三、改进建议 3. Suggestions",
                                                                                data.suggestions)):
        row += 2
        sheet.write_string(row, 0, heading, f.title)
        row += 1
        sheet.write_string(row, 1, mask_phones(text.strip()), f.wrap)
        sheet.set_row(row, 15 * max(1, text.count("\n") + 1 + len(text) // 40))
    row += 2
    sheet.write_string(row, 0, "四、改进措施 4. Actions", f.title)
    row += 1
    sheet.write_row(row, 0, ["序号 No.", "改进措施 Action", "负责人 Owner", "完成期限 Deadline"], f.head)
    for number, action in enumerate(data.actions, start=1):
        row += 1
        _number(sheet, row, 0, number, f.count)
        sheet.write_string(row, 1, mask_phones(action.text), f.wrap)
        sheet.write_string(row, 2, action.owner, f.text)
        sheet.write_datetime(row, 3, dt.datetime.combine(action.deadline, dt.time()), f.date)


def activity_report_xlsx(data: ActivityReport) -> bytes:
    """The summary report as the bytes of an .xlsx workbook."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"title": f"活动总结 Activity summary {data.title}", "author": "BranchDesk"})
    f = _Formats(book)
    _summary(book, f, data)
    _goals(book, f, data)
    _signins(book, f, data)
    _channels(book, f, data)
    _budget(book, f, data)
    _review(book, f, data)
    book.close()
    return buffer.getvalue()
