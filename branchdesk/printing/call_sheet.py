"""The invitation call sheet (issue 10, item 6) as an A4 landscape PDF: who to call for an activity, with
empty columns to note how they were invited and what they said. Plain data in (call_sheet_data.py), bytes
out; Chinese first, English second, in the embedded CJK font. The phones arrive masked unless the sheet
was made for someone who calls customers; then the sheet says to keep it safe and shred it after use.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from branchdesk.printing.call_sheet_data import CallLine, CallSheet
from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.report_parts import GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both, numbered_canvas

HEADERS = (("序号", "No."), ("姓名", "Name"), ("手机号", "Mobile"), ("客户类型", "Segment"), ("最近到访", "Last visit"),
           ("到访次数", "Visits"), ("同意回访", "Consent"), ("已邀请", "Invited"), ("邀请方式", "How invited"),
           ("客户答复", "Answer"), ("备注", "Note"))
WIDTHS = (11, 22, 30, 22, 22, 13, 25, 22, 24, 0, 0)  # mm; the answer and the note share what is left
NOBODY = "没有符合条件的客户 No customer matches this list"
SAFE = ("本表含客户完整手机号：仅用于本次活动邀约，妥善保管，用后粉碎。",
        "This sheet holds whole phone numbers: use it only to invite for this activity, keep it safe, shred it after.")
MASKED = ("手机号已隐去中间四位；需要拨打时请由有回访权限的人员打印。",
          "Phone numbers are masked; someone allowed to call customers prints the sheet with the whole numbers.")


def _row(line: CallLine, st: Styles) -> list[Any]:
    return [
        Paragraph(str(line.number), st.cell),
        Paragraph(escape(line.name) or "—", st.cell),
        Paragraph(line.phone, st.cell),
        Paragraph(both(escape(line.segment), escape(line.segment_en)), st.cell),
        Paragraph(f"{line.last_visit:%Y-%m-%d}" if line.last_visit else both("从未", "Never"), st.cell),
        Paragraph(str(line.visits), st.cell),
        Paragraph(both("是", "Yes") if line.consent else both("否，仅当面", "No: in person only"), st.cell),
        Paragraph(escape(line.invited) or "", st.cell),
        Paragraph("□电话 □短信<br/>□微信 □当面", st.cell),
        "", "",
    ]


def _table(sheet: CallSheet, st: Styles) -> Table:
    inner = landscape(A4)[0] - 2 * MARGIN
    fixed = sum(WIDTHS) * mm
    widths = [w * mm if w else (inner - fixed) / 2 for w in WIDTHS]
    head = [Paragraph(both(*h), st.cell_head) for h in HEADERS]
    table = Table([head, *(_row(line, st) for line in sheet.lines)], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("MINROWHEIGHT", (0, 1), (-1, -1), 11 * mm)]))
    return table


def call_sheet_pdf(sheet: CallSheet) -> bytes:
    st = Styles()
    days = ""
    if sheet.first_day and sheet.last_day:
        days = f"{sheet.first_day:%Y-%m-%d}" + (f" – {sheet.last_day:%Y-%m-%d}" if sheet.last_day != sheet.first_day
                                                else "")
    story: list[Any] = [
        Paragraph(f"活动邀约名单 Invitation call sheet　{escape(sheet.activity_name)}", st.title),
        Paragraph(f"{escape(sheet.branch_name)}　{sheet.activity_code}　{days}", st.subtitle),
        Paragraph(both(f"筛选：{escape(sheet.filters)}　共 {len(sheet.lines)} 人　{sheet.made_by} "
                       f"{sheet.made_at:%Y-%m-%d %H:%M} 打印",
                       f"{len(sheet.lines)} customers; printed by {escape(sheet.made_by)} "
                       f"{sheet.made_at:%Y-%m-%d %H:%M}"), st.note),
        Paragraph(both(*(SAFE if sheet.full_numbers else MASKED)), st.note),
        Spacer(1, 3 * mm),
    ]
    if sheet.lines:
        story.append(_table(sheet, st))
    else:
        story.append(Paragraph(NOBODY, st.empty))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=18 * mm, title=f"活动邀约名单 Invitation call sheet {sheet.activity_code}",
        author="BranchDesk", creator="BranchDesk", invariant=1)
    doc.build(story, canvasmaker=numbered_canvas(f"{sheet.made_at:%Y-%m-%d %H:%M}", landscape(A4)[0]))
    return buffer.getvalue()
