"""The weekly complaint report for the supervisor (A4 PDF), carried in the weekly bundle as complaints.pdf.

Made every week, with or without complaints (an empty week says so: the supervisor can tell "none"
from "not sent"). Plain data in, bytes out; Chinese first, English second (report_parts.py). The
customer's contact arrives here already masked.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.report_data import ComplaintLine, ComplaintWeek
from branchdesk.printing.report_parts import GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both, numbered_canvas

CHANNELS = {"letter": ("来信", "Letter"), "visit": ("来访", "Visit"), "phone": ("来电", "Phone"),
            "hotline_12305": ("12305热线", "12305 hotline"), "online": ("网上", "Online")}
CATEGORIES = {"delay": ("延误", "Delay"), "loss": ("丢失", "Loss"), "damage": ("损毁", "Damage"),
              "attitude": ("服务态度", "Attitude"), "tariff": ("资费", "Tariff"), "other": ("其他", "Other")}
SATISFACTION = {"satisfied": ("满意", "Satisfied"), "basically_satisfied": ("基本满意", "Basically satisfied"),
                "dissatisfied": ("不满意", "Dissatisfied"), "unreachable": ("联系不上", "Not reached")}
NONE_THIS_WEEK = "本周无投诉 No complaints this week"
NONE_OPEN = "无此前遗留未办结投诉 Nothing left open from before"
HEADERS = (("受理时间", "Received"), ("渠道", "Channel"), ("类别", "Category"), ("投诉内容", "Complaint"),
           ("联系方式", "Contact"), ("首问责任人", "First asked"), ("承办人", "Assigned"), ("答复期限", "Deadline"),
           ("办理情况", "Status"), ("满意度", "Satisfaction"))
LATE = "#b00000"  # answered late or overdue, in red


def _status(line: ComplaintLine, now: dt.datetime) -> tuple[str, bool]:
    """The status text and whether it is late (answered late or overdue)."""
    if line.replied is not None:
        late = line.replied > line.deadline
        return both(f"{line.replied:%m-%d %H:%M} 已答复" + ("（超时）" if late else ""),
                    "Answered" + (" late" if late else "")), late
    if now > line.deadline:
        return both("超期未答复", "Overdue"), True
    return both("办理中", "Open"), False


def _table(lines: list[ComplaintLine], now: dt.datetime, st: Styles) -> Table:
    head = [Paragraph(both(*h), st.cell_head) for h in HEADERS]
    body = []
    for line in lines:
        status, late = _status(line, now)
        satisfaction = SATISFACTION.get(line.satisfaction or "")
        body.append([
            Paragraph(f"{line.received:%m-%d %H:%M}", st.cell),
            Paragraph(both(*CHANNELS.get(line.channel, (line.channel, ""))), st.cell),
            Paragraph(both(*CATEGORIES.get(line.category, (line.category, ""))), st.cell),
            Paragraph(escape(line.summary), st.cell),
            Paragraph(escape(line.contact_masked), st.cell),
            Paragraph(escape(line.first_name), st.cell),
            Paragraph(escape(line.assignee_name), st.cell),
            Paragraph(f"{line.deadline:%m-%d %H:%M}", st.cell),
            Paragraph(f"<font color='{LATE}'>{status}</font>" if late else status,
                      st.cell),
            Paragraph(both(*satisfaction) if satisfaction else "—", st.cell),
        ])
    inner = landscape(A4)[0] - 2 * MARGIN
    widths: list[float] = [24, 20, 20, 0, 25, 20, 20, 24, 26, 22]
    widths[3] = inner / mm - sum(widths)  # the complaint's own words take what is left
    table = Table([head, *body], colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _empty(text: str, st: Styles) -> Table:
    table = Table([[Paragraph(text, st.empty)]], colWidths=[landscape(A4)[0] - 2 * MARGIN], rowHeights=[18 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def summary_counts(week: ComplaintWeek) -> dict[str, int]:
    now = week.generated_at
    lines = week.received
    return {
        "received": len(lines),
        "answered": sum(line.replied is not None for line in lines),
        "in_time": sum(line.replied is not None and line.replied <= line.deadline for line in lines),
        "overdue": sum(line.replied is None and now > line.deadline for line in lines + week.carried),
        "satisfied": sum(line.satisfaction in ("satisfied", "basically_satisfied") for line in lines),
    }


def _story(week: ComplaintWeek) -> list[Any]:
    st = Styles()
    n = summary_counts(week)
    story: list[Any] = [
        Paragraph("投诉周报 Weekly complaint report", st.title),
        Paragraph(f"{escape(week.branch_name)}（{week.branch_code}）　{week.first:%Y-%m-%d} – {week.last:%Y-%m-%d}",
                  st.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(both(f"本周受理投诉 {n['received']} 件，已答复 {n['answered']} 件，其中 3 日内答复 {n['in_time']} 件；"
                       f"超期未答复 {n['overdue']} 件；客户满意及基本满意 {n['satisfied']} 件。",
                       f"Received {n['received']}, answered {n['answered']} ({n['in_time']} within 3 days); "
                       f"overdue and unanswered {n['overdue']}; satisfied or basically satisfied {n['satisfied']}."),
                  st.note),
        Paragraph(both("答复期限：受理后 3 个自然日内（含周末），到期时刻与受理时刻相同。",
                       "Deadline: 3 calendar days after receipt (weekends count), at the same time of day."), st.note),
    ]
    heading = Paragraph(both("本周受理", "Received this week"), st.heading)
    if week.received:  # a long table may run on; the heading stays with its first rows by repeatRows
        story += [heading, _table(week.received, week.generated_at, st)]
    else:
        story.append(KeepTogether([heading, _empty(NONE_THIS_WEEK, st)]))
    story.append(Paragraph(both("此前受理、本周初仍未办结", "From before, still open when the week began"), st.heading))
    story.append(_table(week.carried, week.generated_at, st) if week.carried else _empty(NONE_OPEN, st))
    return story


def complaints_report_pdf(week: ComplaintWeek) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=18 * mm, title=f"投诉周报 Weekly complaint report {week.branch_code} {week.first:%Y-%m-%d}",
        author="BranchDesk", creator="BranchDesk", invariant=1)
    doc.build(_story(week), canvasmaker=numbered_canvas(f"{week.generated_at:%Y-%m-%d %H:%M}", landscape(A4)[0]))
    return buffer.getvalue()
