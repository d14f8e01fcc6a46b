"""The daily queue report as a spreadsheet (.xlsx): the figures of the PDF, one sheet per section.

Takes the same plain `QueueDayReport` as `queue_report.py` and returns the bytes of an .xlsx file written
with XlsxWriter. Headers are in one language (`lang`: "zh_CN" or "en"); figures are numbers with a number
format (minutes to one decimal, shares as percentages), never text, so they can be added up and charted;
an unknown figure is an empty cell.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import xlsxwriter

from branchdesk.printing import report_text
from branchdesk.printing.report_text import WEEKDAYS
from branchdesk.printing.report_data import QueueDayReport, ReportRow

# (Chinese, English) for every word the workbook shows.
SHEETS = {"summary": ("概况", "Summary"), "hour": ("按时段", "By hour"), "business": ("按业务", "By service"),
          "clerk": ("按柜员", "By clerk"), "advice": ("窗口建议", "Window advice")}
FIRST = {"hour": ("时段", "Hour"), "business": ("业务", "Service"), "clerk": ("柜员", "Clerk")}
ROW_HEADERS = (("到号", "Arrivals"), ("办结", "Served"), ("过号", "No-shows"),
               ("平均等候（分钟）", "Mean wait (min)"), ("90%等候（分钟）", "P90 wait (min)"),
               ("最长等候（分钟）", "Max wait (min)"), ("平均办理（分钟）", "Mean service (min)"),
               ("时限内办结率", "Share within norm"))
SUMMARY = (("branch", "支局", "Branch"), ("code", "支局代码", "Branch code"), ("day", "日期", "Date"),
           ("weekday", "星期", "Weekday"), ("generated", "生成时间", "Generated"))
FIGURES = (("arrivals", "到号人数", "Arrivals"), ("served", "办结", "Served"), ("no_shows", "过号", "No-shows"),
           ("mean_wait", "平均等候（分钟）", "Mean wait (min)"), ("p90_wait", "90%等候（分钟）", "P90 wait (min)"),
           ("max_wait", "最长等候（分钟）", "Max wait (min)"),
           ("mean_service", "平均办理时长（分钟）", "Mean service time (min)"),
           ("share_within_norm", "时限内办结率", "Share within norm"))
ADVICE_HEADERS = (("时段", "Hour"), ("建议开窗口数", "Windows advised"), ("每小时到号", "Arrivals per hour"),
                  ("按办理时限估算", "Estimated from the norms"), ("本所窗口全开时达标率", "On target with all windows open"),
                  ("说明", "Note"))
YES_NO = (("是", "yes"), ("否", "no"))


class _Book:
    def __init__(self, workbook: Any, lang: str) -> None:
        self.book = workbook
        self.zh = lang == "zh_CN"
        font = {"font_name": "Microsoft YaHei" if self.zh else "Calibri", "font_size": 11}
        self.text = workbook.add_format(font)
        self.head = workbook.add_format({**font, "bold": True, "bg_color": "#E8EEF5", "border": 1,
                                         "text_wrap": True, "valign": "vcenter"})
        self.count = workbook.add_format({**font, "num_format": "0"})
        self.minutes = workbook.add_format({**font, "num_format": "0.0"})
        self.share = workbook.add_format({**font, "num_format": "0%"})
        self.note = workbook.add_format({**font, "text_wrap": True, "valign": "top"})
        self.warning = workbook.add_format({**font, "bold": True, "font_color": "#9B0000", "text_wrap": True})

    def word(self, pair: Sequence[str]) -> str:
        return pair[0] if self.zh else pair[1]

    def sheet(self, key: str) -> Any:
        return self.book.add_worksheet(self.word(SHEETS[key]))

    def number(self, sheet: Any, row: int, col: int, value: float | None, fmt: Any) -> None:
        if value is None:
            sheet.write_blank(row, col, None, fmt)
        else:
            sheet.write_number(row, col, value, fmt)


def _rows(book: _Book, key: str, rows: list[ReportRow]) -> None:
    sheet = book.sheet(key)
    headers = [book.word(FIRST[key])] + [book.word(h) for h in ROW_HEADERS]
    sheet.write_row(0, 0, headers, book.head)
    sheet.set_row(0, 32)
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, len(headers) - 1, 13)
    sheet.freeze_panes(1, 1)
    for index, r in enumerate(rows, start=1):
        label = r.label_en if not book.zh and r.label_en else r.label
        sheet.write_string(index, 0, label, book.text)
        for col, value in enumerate((r.arrivals, r.served, r.no_shows), start=1):
            book.number(sheet, index, col, value, book.count)
        for col, minutes in enumerate((r.mean_wait, r.p90_wait, r.max_wait, r.mean_service), start=4):
            book.number(sheet, index, col, minutes, book.minutes)
        book.number(sheet, index, 8, r.share_within_norm, book.share)


def _summary(book: _Book, data: QueueDayReport) -> None:
    sheet = book.sheet("summary")
    sheet.set_column(0, 0, 26)
    sheet.set_column(1, 1, 30)
    lang = "zh_CN" if book.zh else "en"
    texts = {"branch": data.branch_name, "code": data.branch_code, "day": f"{data.day:%Y-%m-%d}",
             "weekday": book.word(WEEKDAYS[data.day.weekday()]), "generated": f"{data.generated_at:%Y-%m-%d %H:%M}"}
    row = 0
    for key, zh, en in SUMMARY:
        sheet.write_string(row, 0, book.word((zh, en)), book.head)
        sheet.write_string(row, 1, texts[key], book.text)
        row += 1
    t = data.total
    for key, zh, en in FIGURES:
        value = getattr(t, key)
        fmt = book.count if key in ("arrivals", "served", "no_shows") else \
            book.share if key == "share_within_norm" else book.minutes
        sheet.write_string(row, 0, book.word((zh, en)), book.head)
        book.number(sheet, row, 1, value, fmt)
        row += 1
    sheet.write_string(row, 0, book.word(("暂停分钟", "Pause minutes")), book.head)
    book.number(sheet, row, 1, round(data.pause_minutes), book.count)
    row += 1
    sheet.write_string(row, 0, book.word(("本所窗口数", "Windows at the branch")), book.head)
    book.number(sheet, row, 1, data.branch_windows or None, book.count)
    row += 1
    if data.in_future:
        sheet.merge_range(row + 1, 0, row + 1, 1, report_text.future(data.day, lang), book.warning)
        sheet.set_row(row + 1, 48)


def _advice(book: _Book, data: QueueDayReport) -> None:
    sheet = book.sheet("advice")
    lang = "zh_CN" if book.zh else "en"
    weekday = book.word(WEEKDAYS[data.day.weekday()])
    target = (f"目标：{data.target_share * 100:.0f}% 的顾客等候不超过 {data.target_minutes:g} 分钟（{weekday}）"
              if book.zh else f"Target: {data.target_share * 100:.0f}% of customers wait at most "
              f"{data.target_minutes:g} min ({weekday})")
    sheet.write_string(0, 0, target, book.text)
    sheet.write_row(1, 0, [book.word(h) for h in ADVICE_HEADERS], book.head)
    sheet.set_row(1, 32)
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 4, 14)
    sheet.set_column(5, 5, 70)
    sheet.freeze_panes(2, 1)
    short = data.short_hours()
    for index, a in enumerate(sorted(data.advice, key=lambda a: a.hour), start=2):
        sheet.write_string(index, 0, report_text.hour_label(a.hour, lang), book.text)
        book.number(sheet, index, 1, a.windows, book.count)
        book.number(sheet, index, 2, a.arrivals_per_hour, book.minutes)
        sheet.write_string(index, 3, book.word(YES_NO[0] if a.from_norms else YES_NO[1]), book.text)
        book.number(sheet, index, 4, a.share_all_open if a in short else None, book.share)
        if a in short:
            sheet.write_string(index, 5, report_text.shortfall(a, data, lang), book.note)


def queue_day_report_xlsx(data: QueueDayReport, lang: str = "zh_CN") -> bytes:
    """The day's queue report as the bytes of an .xlsx workbook, headers in `lang` ("zh_CN" or "en")."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    title = "排队日报" if lang == "zh_CN" else "Daily queue report"
    workbook.set_properties({"title": f"{title} {data.branch_code} {data.day:%Y-%m-%d}", "author": "BranchDesk"})
    book = _Book(workbook, lang)
    _summary(book, data)
    _rows(book, "hour", data.by_hour)
    _rows(book, "business", data.by_business)
    _rows(book, "clerk", data.by_clerk)
    _advice(book, data)
    workbook.close()
    return buffer.getvalue()
