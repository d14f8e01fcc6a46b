"""The report of a signed check (issue 11, item 3): A4 PDF, Chinese first, drawn with report_parts.py.

Plain `InspectionReport` in, bytes out: the service fills it from the signed inspection.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.inspection_data import InspectionReport, VisitLine, points
from branchdesk.printing.report_parts import GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both, numbered_canvas

FAIL_FILL = colors.HexColor("#fbe3e3")
SECTION_FILL = colors.HexColor("#f2f2f2")
PASS_COLOUR = "#1b6e20"
FAIL_COLOUR = "#9b0000"
KINDS = {"opening": ("开门检查", "Opening check"), "closing": ("关门检查", "Closing check"),
         "weekly": ("每周检查", "Weekly inspection"), "monthly": ("每月检查", "Monthly inspection"), "mystery": ("神秘顾客暗访", "Mystery-shopper visit")}
HEADERS = (("序号", "No."), ("检查项目", "Item"), ("检查结果", "Answer"), ("得分", "Points"),
           ("责任人", "Responsible"))


def _summary(data: InspectionReport, st: Styles) -> Table:
    percent = "—" if not data.possible else f"{100 * data.earned / data.possible:.0f}%"
    verdict = ("合格", "Pass") if data.passed else ("不合格", "Fail")
    colour = PASS_COLOUR if data.passed else FAIL_COLOUR
    why = ""
    if data.critical_failed:
        why = both("关键项不合格，整次检查不合格", "A critical item failed: the whole check fails")
    cells = [
        [Paragraph(both("结论", "Result"), st.figure_label), Paragraph(both("得分", "Points"), st.figure_label),
         Paragraph(both("得分率", "Score"), st.figure_label), Paragraph(both("不合格项", "Items failed"), st.figure_label)],
        [Paragraph(f"<font color='{colour}'>{verdict[0]}</font>"
                   f"<font size='10'> {verdict[1]}</font>", st.figure_value),
         Paragraph(f"{points(data.earned)} / {points(data.possible)}", st.figure_value),
         Paragraph(percent, st.figure_value), Paragraph(str(data.failed_items), st.figure_value)],
    ]
    inner = A4[0] - 2 * MARGIN
    table = Table(cells, colWidths=[inner / 4] * 4)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ]))
    parts: list[Any] = [table]
    if why:
        parts.append(Paragraph(f"<font color='#9b0000'>{why}</font>", st.note))
    return Table([[p] for p in parts], colWidths=[inner], style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])


def _items(data: InspectionReport, st: Styles) -> Table:
    head = [Paragraph(both(*h), st.cell_head) for h in HEADERS]
    rows: list[list[Any]] = [head]
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 1), (0, -1), "RIGHT"), ("ALIGN", (3, 1), (3, -1), "RIGHT"),
    ]
    section = None
    for line in data.lines:
        if line.section != section:
            section = line.section
            rows.append([Paragraph(f"<b>{escape(section)}</b>", st.cell), "", "", "", ""])
            style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                      ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), SECTION_FILL)]
        text = escape(line.text)
        if line.critical:
            text += " <font color='#9b0000' size='-1'>【关键 critical】</font>"
        if line.note:
            text += f"<br/><font size='-1.5' color='#444444'>{escape(line.note)}</font>"
        rows.append([str(line.position), Paragraph(text, st.cell), Paragraph(escape(line.answer), st.cell),
                     line.points, Paragraph(escape(line.responsible), st.cell)])
        if line.failed:
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), FAIL_FILL))
    inner = A4[0] - 2 * MARGIN
    widths = [11 * mm, inner - 11 * mm - 38 * mm - 18 * mm - 26 * mm, 38 * mm, 18 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _visit(visit: VisitLine) -> str:
    served = escape(visit.served_by)
    zh = (f"暗访 {visit.visited_at:%Y-%m-%d %H:%M}，窗口 {escape(visit.window or '—')}，服务人员 {served or '不详'}；"
          + (f"{visit.released_at:%Y-%m-%d %H:%M} 由{escape(visit.released_by or '县局')}发布" if visit.released_at
             else "未发布"))
    en = (f"Visit at {visit.visited_at:%Y-%m-%d %H:%M}, window {escape(visit.window or '—')}, served by "
          f"{served or 'not known'}; " + (f"released {visit.released_at:%Y-%m-%d %H:%M} by "
                                          f"{escape(visit.released_by or 'HQ')}" if visit.released_at
                                          else "not released"))
    return both(zh, en)


def _story(data: InspectionReport) -> list[Any]:
    st = Styles()
    kind_en = KINDS.get(data.kind, ("检查", "Check"))[1]
    signed = both(f"检查人 {escape(data.started_by)}，开始于 {data.started_at:%Y-%m-%d %H:%M}；"
                  f"签名 {escape(data.signed_by)}，{data.signed_at:%Y-%m-%d %H:%M}",
                  f"Started by {escape(data.started_by)} at {data.started_at:%Y-%m-%d %H:%M}; signed by "
                  f"{escape(data.signed_by)} at {data.signed_at:%Y-%m-%d %H:%M}")
    return [
        Paragraph(f"{escape(data.title)}　<font size='12'>检查报告 {kind_en} report</font>", st.title),
        Paragraph(f"{escape(data.branch_name)}（{escape(data.branch_code)}）　检查表第 {data.version_number} 版 "
                  f"Checklist version {data.version_number}", st.subtitle),
        Paragraph(signed, st.note),
        *([Paragraph(_visit(data.visit), st.note)] if data.visit else []),
        Spacer(1, 4 * mm),
        _summary(data, st),
        Paragraph(both("不适用的项目不计入得分和满分。", "Items not applicable count neither in the points nor in the "
                       "maximum."), st.note),
        Paragraph(both("检查项目", "Items"), st.heading),
        _items(data, st),
    ]


def inspection_report_pdf(data: InspectionReport) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=18 * mm,
        title=f"{data.title} {data.signed_at:%Y-%m-%d}", author="BranchDesk", creator="BranchDesk", invariant=1)
    doc.build(_story(data), canvasmaker=numbered_canvas(f"{data.generated_at:%Y-%m-%d %H:%M}"))
    return buffer.getvalue()
