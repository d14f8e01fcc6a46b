"""The weekly report for the county office (A4 PDF and .xlsx), carried in the weekly bundle.

Plain `WeeklyReport` in, bytes out; drawn like the daily report (report_parts.py), Chinese first.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import xlsxwriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from branchdesk.printing import weekly_checks
from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.report_data import ReportRow, WeeklyReport
from branchdesk.printing.report_text import WEEKDAYS
from branchdesk.printing.report_parts import (
    GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both, minutes, numbered_canvas, rows_table,
)

ATTENDANCE_HEADERS = (("姓名", "Name"), ("出勤天数", "Days present"), ("迟到天数", "Days late"),
                      ("迟到分钟", "Minutes late"), ("工作小时", "Hours worked"))
NO_QUEUE = "本周无排队记录 No queue records this week"
NO_STAFF = "本周无考勤记录 No attendance this week"


def _day_rows(data: WeeklyReport) -> list[ReportRow]:
    """Each day's row labelled with its weekday too."""
    rows = []
    for row in data.queue_by_day:
        try:
            zh, en = WEEKDAYS[dt.date.fromisoformat(row.label).weekday()]
        except ValueError:
            zh = en = ""
        rows.append(ReportRow(f"{row.label} {zh}", row.arrivals, row.served, row.no_shows, row.mean_wait,
                              row.p90_wait, row.max_wait, row.mean_service, row.share_within_norm, en))
    return rows


def _attendance_table(data: WeeklyReport, st: Styles) -> Table:
    head = [Paragraph(both(*h), st.cell_head) for h in ATTENDANCE_HEADERS]
    body = [[Paragraph(line.name, st.cell), line.days_present, line.days_late, line.minutes_late,
             f"{line.worked_hours:.1f}"] for line in data.attendance]
    inner = A4[0] - 2 * MARGIN
    table = Table([head, *body], colWidths=[inner * 0.32] + [inner * 0.17] * 4, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _empty(text: str, st: Styles) -> Table:
    table = Table([[Paragraph(text, st.empty)]], colWidths=[A4[0] - 2 * MARGIN], rowHeights=[18 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _story(data: WeeklyReport) -> list[Any]:
    st = Styles()
    t = data.queue_total
    story: list[Any] = [
        Paragraph("周报 Weekly report", st.title),
        Paragraph(f"{data.branch_name}（{data.branch_code}）　{data.first:%Y-%m-%d} – {data.last:%Y-%m-%d}",
                  st.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(both(f"到号 {t.arrivals} 人，办结 {t.served} 人，过号 {t.no_shows} 人；平均等候 {minutes(t.mean_wait)} 分钟；"
                       f"暂停窗口共 {data.pause_minutes:.0f} 分钟。",
                       f"Arrivals {t.arrivals}, served {t.served}, no-shows {t.no_shows}; mean wait "
                       f"{minutes(t.mean_wait)} min; windows paused {data.pause_minutes:.0f} min in all."), st.note),
        Paragraph(both("排队", "Queue"), st.heading),
    ]
    if t.arrivals:
        story += [KeepTogether([Paragraph(both("按日", "By day"), st.heading),
                                rows_table(("日期", "Date"), _day_rows(data), st)]),
                  KeepTogether([Paragraph(both("按业务", "By service"), st.heading),
                                rows_table(("业务", "Service"), data.queue_by_business, st)])]
    else:
        story.append(_empty(NO_QUEUE, st))
    # Heading and table together: a short table split over two pages reads as two tables.
    story.append(KeepTogether([Paragraph(both("考勤", "Attendance"), st.heading),
                               _attendance_table(data, st) if data.attendance else _empty(NO_STAFF, st)]))
    story += weekly_checks.pdf_sections(data, st)
    return story


def weekly_report_pdf(data: WeeklyReport) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=18 * mm,
        title=f"周报 Weekly report {data.branch_code} {data.first:%Y-%m-%d}", author="BranchDesk",
        creator="BranchDesk", invariant=1)
    doc.build(_story(data), canvasmaker=numbered_canvas(f"{data.generated_at:%Y-%m-%d %H:%M}"))
    return buffer.getvalue()


QUEUE_HEADERS = (("到号", "Arrivals"), ("办结", "Served"), ("过号", "No-shows"), ("平均等候（分钟）", "Mean wait (min)"),
                 ("90%等候（分钟）", "P90 wait (min)"), ("最长等候（分钟）", "Max wait (min)"),
                 ("平均办理（分钟）", "Mean service (min)"), ("时限内办结率", "Share within norm"))


def weekly_report_xlsx(data: WeeklyReport) -> bytes:
    """The same figures as a workbook, headers in Chinese and English, figures as numbers."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    head = book.add_format({"bold": True, "bg_color": "#E8EEF5", "border": 1, "text_wrap": True})
    count, mins, share = (book.add_format({"num_format": f}) for f in ("0", "0.0", "0%"))

    def rows_sheet(name: str, first: str, rows: list[ReportRow]) -> None:
        sheet = book.add_worksheet(name)
        sheet.set_column(0, 0, 22)
        sheet.set_column(1, 8, 14)
        sheet.write_row(0, 0, [first] + [f"{zh} {en}" for zh, en in QUEUE_HEADERS], head)
        for r, row in enumerate(rows, start=1):
            sheet.write(r, 0, row.label)
            for c, (value, fmt) in enumerate(((row.arrivals, count), (row.served, count), (row.no_shows, count),
                                              (row.mean_wait, mins), (row.p90_wait, mins), (row.max_wait, mins),
                                              (row.mean_service, mins), (row.share_within_norm, share)), start=1):
                if value is None:
                    sheet.write_blank(r, c, None)
                else:
                    sheet.write_number(r, c, value, fmt)

    summary = book.add_worksheet("概况 Summary")
    summary.set_column(0, 0, 24)
    summary.set_column(1, 1, 30)
    for r, (label, value) in enumerate((("支局 Branch", data.branch_name), ("支局代码 Branch code", data.branch_code),
                                        ("自 From", data.first.isoformat()), ("至 To", data.last.isoformat()),
                                        ("生成时间 Generated", f"{data.generated_at:%Y-%m-%d %H:%M}"))):
        summary.write(r, 0, label, head)
        summary.write(r, 1, value)
    rows_sheet("排队按日 Queue by day", "日期 Date", data.queue_by_day + [data.queue_total])
    rows_sheet("排队按业务 By service", "业务 Service", data.queue_by_business)
    staff = book.add_worksheet("考勤 Attendance")
    staff.set_column(0, 4, 16)
    staff.write_row(0, 0, [f"{zh} {en}" for zh, en in ATTENDANCE_HEADERS], head)
    for r, line in enumerate(data.attendance, start=1):
        staff.write(r, 0, line.name)
        staff.write_number(r, 1, line.days_present, count)
        staff.write_number(r, 2, line.days_late, count)
        staff.write_number(r, 3, line.minutes_late, count)
        staff.write_number(r, 4, line.worked_hours, mins)
    weekly_checks.xlsx_sheets(book, data, head)
    book.close()
    return buffer.getvalue()
