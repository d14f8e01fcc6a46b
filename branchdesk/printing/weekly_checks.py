"""The weekly report's checks, corrective actions and complaints (issue 11, items 2, 4 and 6): PDF sections
and spreadsheet sheets, Chinese first. Plain data in (report_data.py)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from branchdesk.printing.complaints_report import CATEGORIES, CHANNELS, SATISFACTION
from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.report_data import CheckOccasionLine, WeeklyReport
from branchdesk.printing.report_parts import GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both

STATUS = {"done": ("按时完成", "Done on time"), "late": ("逾期完成", "Done late"), "missed": ("漏检", "Missed"),
          "pending": ("未到期", "Not yet due")}
FREQUENCY = {"opening": ("开门", "Opening"), "closing": ("关门", "Closing"), "weekly": ("每周", "Weekly"),
             "monthly": ("每月", "Monthly")}
CHECK_HEADERS = (("检查", "Check"), ("周期", "Period"), ("截止", "Deadline"), ("签署", "Signed"), ("情况", "Status"))
ACTION_HEADERS = (("检查", "Check"), ("不合格项", "Failed item"), ("责任人", "Owner"), ("整改期限", "Due"),
                  ("逾期天数", "Days overdue"))
COMPLAINT_HEADERS = (("受理时间", "Received"), ("渠道", "Channel"), ("类别", "Category"), ("投诉内容", "Complaint"),
                     ("联系方式", "Contact"), ("首问责任人", "First asked"), ("承办人", "Assigned"),
                     ("答复期限", "Deadline"), ("答复时间", "Answered"), ("满意度", "Satisfaction"),
                     ("本周受理", "Received this week"))
NO_CHECKS = "本周无应做检查 No checks were due this week"
NO_ACTIONS = "无逾期整改 No corrective action is overdue"
MISSED = "#b00000"


def counts(lines: list[CheckOccasionLine]) -> dict[str, int]:
    return {status: sum(line.status == status for line in lines) for status in STATUS}


def _grid(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _empty(text: str, st: Styles) -> Table:
    table = Table([[Paragraph(text, st.empty)]], colWidths=[A4[0] - 2 * MARGIN], rowHeights=[18 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def pdf_sections(data: WeeklyReport, st: Styles) -> list[Any]:
    """检查 and 逾期整改: each occasion a check was due, and the actions past their due date."""
    inner = A4[0] - 2 * MARGIN
    n = counts(data.checks)
    story: list[Any] = [Paragraph(both("检查", "Checks"), st.heading), Paragraph(both(
        f"应做 {len(data.checks)} 次：按时完成 {n['done']}，逾期完成 {n['late']}，漏检 {n['missed']}，未到期 {n['pending']}。",
        f"Due {len(data.checks)} times: on time {n['done']}, late {n['late']}, missed {n['missed']}, "
        f"not yet due {n['pending']}."), st.note)]
    if data.checks:
        rows: list[list[Any]] = [[Paragraph(both(*h), st.cell_head) for h in CHECK_HEADERS]]
        for line in data.checks:
            status = both(*STATUS[line.status])
            if line.status in ("missed", "late"):
                status = f"<font color='{MISSED}'>{status}</font>"
            rows.append([Paragraph(escape(line.title), st.cell), Paragraph(line.period, st.cell),
                         Paragraph(f"{line.deadline:%m-%d %H:%M}", st.cell),
                         Paragraph(f"{line.signed:%m-%d %H:%M}" if line.signed else "—", st.cell),
                         Paragraph(status, st.cell)])
        story.append(_grid(rows, [inner * 0.30, inner * 0.24, inner * 0.14, inner * 0.14, inner * 0.18]))
    else:
        story.append(_empty(NO_CHECKS, st))
    heading = Paragraph(both("逾期整改", "Overdue corrective actions"), st.heading)
    if data.actions_overdue:
        rows = [[Paragraph(both(*h), st.cell_head) for h in ACTION_HEADERS]]
        for action in data.actions_overdue:
            check = action.check_title + (f" {action.check_signed:%m-%d}" if action.check_signed else "")
            rows.append([Paragraph(escape(check), st.cell), Paragraph(escape(action.item_text), st.cell),
                         Paragraph(escape(action.owner_name), st.cell),
                         Paragraph(f"{action.due_on:%Y-%m-%d}", st.cell), str(action.days_overdue)])
        story += [heading, _grid(rows, [inner * 0.22, inner * 0.38, inner * 0.14, inner * 0.14, inner * 0.12])]
    else:
        story.append(KeepTogether([heading, _empty(NO_ACTIONS, st)]))
    return story


def xlsx_sheets(book: Any, data: WeeklyReport, head: Any) -> None:
    """检查, 逾期整改 and 投诉 sheets; times as text in the branch's local time."""
    checks = book.add_worksheet("检查 Checks")
    checks.set_column(0, 0, 24)
    checks.set_column(1, 1, 24)
    checks.set_column(2, 6, 16)
    checks.write_row(0, 0, [f"{zh} {en}" for zh, en in (("检查", "Check"), ("类别", "Kind"), ("周期", "Period"),
                                                        ("截止", "Deadline"), ("签署", "Signed"),
                                                        ("情况", "Status"))], head)
    for r, line in enumerate(data.checks, start=1):
        checks.write_row(r, 0, [line.title, " ".join(FREQUENCY.get(line.frequency, (line.frequency, ""))),
                                line.period, f"{line.deadline:%Y-%m-%d %H:%M}",
                                f"{line.signed:%Y-%m-%d %H:%M}" if line.signed else "",
                                " ".join(STATUS[line.status])])
    actions = book.add_worksheet("逾期整改 Overdue actions")
    actions.set_column(0, 0, 24)
    actions.set_column(1, 1, 40)
    actions.set_column(2, 5, 14)
    actions.write_row(0, 0, [f"{zh} {en}" for zh, en in (("检查", "Check"), ("不合格项", "Failed item"),
                                                        ("责任人", "Owner"), ("整改期限", "Due"),
                                                        ("逾期天数", "Days overdue"), ("检查日期", "Checked"))], head)
    for r, action in enumerate(data.actions_overdue, start=1):
        actions.write_row(r, 0, [action.check_title, action.item_text, action.owner_name,
                                 action.due_on.isoformat()])
        actions.write_number(r, 4, action.days_overdue)
        actions.write(r, 5, f"{action.check_signed:%Y-%m-%d %H:%M}" if action.check_signed else "")
    sheet = book.add_worksheet("投诉 Complaints")
    sheet.set_column(0, 2, 16)
    sheet.set_column(3, 3, 40)
    sheet.set_column(4, 10, 16)
    sheet.write_row(0, 0, [f"{zh} {en}" for zh, en in COMPLAINT_HEADERS], head)
    week = data.complaints
    lines = [(line, True) for line in week.received] + [(line, False) for line in week.carried] if week else []
    for r, (complaint, this_week) in enumerate(lines, start=1):
        satisfaction = SATISFACTION.get(complaint.satisfaction or "")
        sheet.write_row(r, 0, [
            f"{complaint.received:%Y-%m-%d %H:%M}", " ".join(CHANNELS.get(complaint.channel, (complaint.channel, ""))),
            " ".join(CATEGORIES.get(complaint.category, (complaint.category, ""))), complaint.summary,
            complaint.contact_masked, complaint.first_name, complaint.assignee_name,
            f"{complaint.deadline:%Y-%m-%d %H:%M}", f"{complaint.replied:%Y-%m-%d %H:%M}" if complaint.replied else "", " ".join(satisfaction) if satisfaction else "",
            "是 Yes" if this_week else "否 No（此前受理 from before）"])
