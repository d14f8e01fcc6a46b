"""The monthly staff score report (issue 11, item 7): A4 PDF, Chinese first, drawn with report_parts.py.

The ranking first, then each person's lines, every one with what it came from, so the county office can
follow a point to its source without the app.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.report_parts import GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both, numbered_canvas
from branchdesk.printing.staff_score_data import ScoreReportPerson, StaffScoreReport

MUTED = colors.HexColor("#777777")
DEDUCTION_FILL = colors.HexColor("#fbe3e3")
RANK_HEADERS = (("名次", "Rank"), ("姓名", "Name"), ("周评 (50)", "Weekly"), ("月度指标 (30)", "Targets"),
                ("每日进度 (20)", "Daily"), ("扣分", "Deductions"), ("总分", "Total"))
LINE_HEADERS = (("项目", "Part"), ("来源与计算", "Source and reckoning"), ("得分", "Points"))


def _right(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("right", st.cell, alignment=2)


def _grid(extra: list[Any]) -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *extra,
    ])


def _ranking(data: StaffScoreReport, st: Styles) -> Table:
    rows: list[list[Any]] = [[Paragraph(both(*h), st.cell_head) for h in RANK_HEADERS]]
    for p in data.people:
        rows.append([str(p.rank), Paragraph(escape(p.full_name), st.cell), p.weekly, p.targets, p.daily,
                     p.deductions, Paragraph(f"<b>{p.total}</b>", _right(st))])
    inner = A4[0] - 2 * MARGIN
    widths = [14 * mm, inner - 14 * mm - 5 * 24 * mm] + [24 * mm] * 5
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid([("ALIGN", (0, 1), (0, -1), "RIGHT"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                          ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")])]))
    return table


def _person(person: ScoreReportPerson, st: Styles) -> list[Any]:
    rows: list[list[Any]] = [[Paragraph(both(*h), st.cell_head) for h in LINE_HEADERS]]
    style: list[Any] = [("ALIGN", (2, 1), (2, -1), "RIGHT")]
    for line in person.lines:
        colour = "#222222" if line.counted else "#777777"
        rows.append([Paragraph(escape(line.part), st.cell),
                     Paragraph(f"<font color='{colour}'>{escape(line.text)}</font>", st.cell), line.points])
        if line.part == "扣分":
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), DEDUCTION_FILL))
        if not line.counted:
            style.append(("TEXTCOLOR", (2, len(rows) - 1), (2, len(rows) - 1), MUTED))
    rows.append([Paragraph("<b>合计 Total</b>", st.cell), "", Paragraph(f"<b>{person.total}</b>", _right(st))])
    style.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
    inner = A4[0] - 2 * MARGIN
    table = Table(rows, colWidths=[24 * mm, inner - 24 * mm - 20 * mm, 20 * mm], repeatRows=1)
    table.setStyle(_grid(style))
    heading = Paragraph(f"{person.rank}. {escape(person.full_name)}　<font size='10'>总分 {person.total} 分 "
                        f"Total {person.total}</font>", st.heading)
    # A new page only when little room is left: a long month splits (its header repeated), a short one
    # rarely does, and no page is left half empty.
    return [CondPageBreak(60 * mm), heading, table]


def _story(data: StaffScoreReport) -> list[Any]:
    st = Styles()
    year, month = data.month.split("-")
    story: list[Any] = [
        Paragraph(f"员工积分月报　<font size='12'>Staff score {data.month}</font>", st.title),
        Paragraph(f"{escape(data.branch_name)}（{escape(data.branch_code)}）　{year}年{int(month)}月", st.subtitle),
        Paragraph(both("每月满分100分：每周表现评估50分（当月各周的平均分）＋月度指标完成30分＋每日进度20分"
                       "（每个工作日等分）；检查中不合格并注明责任人的项目扣分（一般项2分，关键项5分），总分不低于0分。"
                       "每行得分保留两位小数，各部分为其各行之和",
                       "100 points a month: weekly evaluation 50 (the average of the month's evaluated weeks) + monthly "
                       "targets 30 + daily progress 20 (an equal share per day worked); a failed check item naming the "
                       "person costs 2 points, a critical one 5; the total is never below 0. Each line is rounded to "
                       "hundredths and each part is the sum of its lines."), st.note),
        Spacer(1, 3 * mm),
        Paragraph(both("排名", "Ranking"), st.heading),
    ]
    if not data.people:
        story.append(Paragraph(both("本月没有在职员工", "No active staff this month"), st.empty))
        return story
    story.append(_ranking(data, st))
    story.append(Paragraph(both("明细", "Lines"), st.heading))
    for person in data.people:
        story.extend(_person(person, st))
    return story


def staff_score_report_pdf(data: StaffScoreReport) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=18 * mm,
        title=f"员工积分月报 {data.month}", author="BranchDesk", creator="BranchDesk", invariant=1)
    doc.build(_story(data), canvasmaker=numbered_canvas(f"{data.generated_at:%Y-%m-%d %H:%M}"))
    return buffer.getvalue()
