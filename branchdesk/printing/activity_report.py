"""The activity summary report (issue 10, item 7): an A4 PDF with charts, Chinese first, drawn with
report_parts.py like the other reports.

Goals against actual, sign-ins by day and hour, each channel's copies, sign-ins and conversion, new and
returning customers, budget against actual with the cost per participant and per new customer,
satisfaction and follow-ups; then the review in the order 'goals achieved – problems – suggestions' and
its actions, each with an owner and a deadline. Free text is masked for phone numbers before it prints.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from branchdesk.printing import activity_charts as charts
from branchdesk.printing.activity_data import ActivityReport, Goal, mask_phones, money, percent
from branchdesk.printing.activity_text import achieved_lines, figure, short_dates
from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.report_parts import GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both, numbered_canvas
from branchdesk.printing.report_text import WEEKDAYS

INNER = A4[0] - 2 * MARGIN
MET, SHORT = "#1b6e20", "#9b0000"


def _table(rows: list[list[Any]], widths: list[float], st: Styles, *, right_from: int = 1,
           total: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
    ]
    if total:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2")))
    table.setStyle(TableStyle(style))
    return table


def _head(pairs: tuple[tuple[str, str], ...], st: Styles) -> list[Any]:
    return [Paragraph(both(zh, en), st.cell_head) for zh, en in pairs]


def _headline(data: ActivityReport, st: Styles) -> Table:
    returning_share = data.returning_customers / data.participants if data.participants else None
    figures = [
        ("参与人数", "Participants", f"{data.participants}"),
        ("新客户", "New customers", f"{data.new_customers}"),
        ("老客户", "Returning customers", f"{data.returning_customers}"),
        ("实际花费", "Spent", money(data.budget_actual)),
        ("人均成本", "Cost per participant", money(data.cost_per_participant)),
        ("新客户获客成本", "Cost per new customer", money(data.cost_per_new_customer)),
        ("满意度（5分制）", "Satisfaction (of 5)",
         "—" if data.satisfaction_mean is None else f"{data.satisfaction_mean:.1f}"),
        ("回访完成", "Follow-ups done", f"{data.follow_ups_done} / {data.follow_ups_due}"),
        ("老客户占比", "Returning share", percent(returning_share)),
    ]
    cells = [[Paragraph(value, st.figure_value), Paragraph(both(zh, en), st.figure_label)] for zh, en, value in figures]
    table = Table([cells[i:i + 3] for i in range(0, len(cells), 3)], colWidths=[INNER / 3] * 3)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("BOX", (0, 0), (-1, -1), 0.6, GRID_COLOUR),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, GRID_COLOUR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _goal_row(g: Goal, st: Styles) -> list[Any]:
    colour, mark = (MET, "达成 Met") if g.met else (SHORT, "未达成 Not met")
    return [Paragraph(f"{escape(g.label)} <font size='-1.5'>{escape(g.label_en)}</font>", st.cell),
            f"{figure(g.target)} {g.unit}".strip(), f"{figure(g.actual)} {g.unit}".strip(), percent(g.share),
            Paragraph(f"<font color='{colour}'>{mark}</font>", st.cell)]


def _goals(data: ActivityReport, st: Styles) -> list[Any]:
    head = _head((("目标", "Goal"), ("计划", "Target"), ("实际", "Actual"), ("完成率", "Achieved"),
                  ("结果", "Result")), st)
    rows = [head] + [_goal_row(g, st) for g in data.goals]
    widths = [INNER - 4 * 30 * mm] + [30 * mm] * 4
    chart = [Spacer(1, 3 * mm), charts.goals_chart(data, INNER)] if data.goals else []
    return [KeepTogether([Paragraph(both("目标与实际", "Goals against actual"), st.heading),
                          _table(rows, widths, st), *chart])]


def _signins(data: ActivityReport, st: Styles) -> list[Any]:
    if not data.signins_by_day and not data.signins_by_hour:
        return [Paragraph(both("签到", "Sign-ins"), st.heading), Paragraph("无签到记录 No sign-ins", st.note)]
    # Two short lines (24日, 周二): a week of bars fits the narrow chart without labels running together.
    days = [f"{d.day}日\n周{WEEKDAYS[d.weekday()][0][-1]}" for d, _n in data.signins_by_day]
    by_day = charts.bars(days, [n for _d, n in data.signins_by_day], INNER * 0.38, 50 * mm,
                         caption="按日 By day（人次 sign-ins）")
    hours = [f"{h:02d}时" for h, _n in data.signins_by_hour]
    by_hour = charts.bars(hours, [n for _h, n in data.signins_by_hour], INNER * 0.62, 50 * mm, colour=charts.ORANGE,
                          caption="按时段 By hour（各天合计 all days）")
    side = Table([[by_day, by_hour]], colWidths=[INNER * 0.38, INNER * 0.62])
    side.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([Paragraph(both("签到", "Sign-ins"), st.heading), side])]


def _channels(data: ActivityReport, st: Styles) -> list[Any]:
    head = _head((("渠道", "Channel"), ("渠道码", "Code"), ("印数", "Copies printed"), ("签到", "Sign-ins"),
                  ("转化率", "Conversion")), st)
    rows: list[list[Any]] = [head]
    for ch in data.channels:
        rows.append([Paragraph(escape(ch.name), st.cell), ch.code, f"{ch.printed:,}", f"{ch.signins:,}",
                     percent(ch.conversion)])
    printed = sum(ch.signins for ch in data.channels if ch.printed)
    rows.append([Paragraph("合计 Total", st.cell), "", f"{data.copies_printed:,}",
                 f"{sum(ch.signins for ch in data.channels):,}",
                 percent(printed / data.copies_printed if data.copies_printed else None)])
    widths = [INNER - 4 * 28 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm]
    chart = charts.bars([ch.name for ch in data.channels], [ch.signins for ch in data.channels], INNER, 55 * mm,
                        colour=charts.GREEN, caption="各渠道签到人次 Sign-ins by channel")
    note = Paragraph(both("转化率 = 签到人次 ÷ 印数；没有印刷品的渠道（如短信）不计转化率。",
                          "Conversion = sign-ins ÷ copies printed; channels without printed copies (e.g. text "
                          "messages) have none."), st.note)
    return [KeepTogether([Paragraph(both("渠道", "Channels"), st.heading), _table(rows, widths, st, total=True),
                          Spacer(1, 1.5 * mm), note, *([Spacer(1, 2 * mm), chart] if data.channels else [])])]


def _budget(data: ActivityReport, st: Styles) -> list[Any]:
    head = _head((("项目", "Item"), ("预算", "Budget"), ("实际", "Actual"), ("差额", "Difference")), st)
    rows: list[list[Any]] = [head]
    for b in data.budget:
        rows.append([Paragraph(f"{escape(b.item)} <font size='-1.5'>{escape(b.item_en)}</font>", st.cell),
                     money(b.planned), money(b.actual), money(b.actual - b.planned, sign=True)])
    rows.append([Paragraph("合计 Total", st.cell), money(data.budget_planned), money(data.budget_actual),
                 money(data.budget_actual - data.budget_planned, sign=True)])
    widths = [INNER - 3 * 36 * mm] + [36 * mm] * 3
    costs = Paragraph(both(
        f"人均成本 {money(data.cost_per_participant)}（{data.participants} 人）；"
        f"新客户获客成本 {money(data.cost_per_new_customer)}（{data.new_customers} 人）。",
        f"Cost per participant {money(data.cost_per_participant)} ({data.participants}); cost per new customer "
        f"{money(data.cost_per_new_customer)} ({data.new_customers})."), st.note)
    return [KeepTogether([Paragraph(both("预算与实际", "Budget against actual"), st.heading),
                          _table(rows, widths, st, total=True), Spacer(1, 1.5 * mm), costs,
                          *([Spacer(1, 2 * mm), charts.budget_chart(data, INNER, 60 * mm)] if data.budget else [])])]


def _satisfaction(data: ActivityReport, st: Styles) -> list[Any]:
    answered = percent(data.satisfaction_answers / data.participants if data.participants else None)
    mean = "—" if data.satisfaction_mean is None else f"{data.satisfaction_mean:.2f}"
    done = percent(data.follow_ups_done / data.follow_ups_due if data.follow_ups_due else None)
    head = _head((("指标", "Measure"), ("结果", "Result")), st)
    rows = [head,
            [Paragraph(both("满意度平均分（5分制）", "Mean satisfaction (of 5)"), st.cell), mean],
            [Paragraph(both("答复人数 / 答复率", "Answers / response rate"), st.cell),
             f"{data.satisfaction_answers} / {answered}"],
            [Paragraph(both("新客户 / 老客户", "New / returning customers"), st.cell),
             f"{data.new_customers} / {data.returning_customers}"],
            [Paragraph(both("回访完成 / 应回访", "Follow-ups done / due"), st.cell),
             f"{data.follow_ups_done} / {data.follow_ups_due}（{done}）"]]
    return [KeepTogether([Paragraph(both("客户、满意度与回访", "Customers, satisfaction and follow-ups"), st.heading),
                          _table(rows, [INNER - 60 * mm, 60 * mm], st)])]


def _free_text(text: str, st: Styles) -> Paragraph:
    words = escape(mask_phones(text.strip())).replace("\n", "<br/>") or "—"
    return Paragraph(words, st.cell)


def _review(data: ActivityReport, st: Styles) -> list[Any]:
    goals = [Paragraph(both(escape(zh), escape(en)), st.cell) for zh, en in achieved_lines(data)] or \
        [Paragraph("—", st.cell)]
    story: list[Any] = [
        KeepTogether([Paragraph(both("总结", "Review"), st.heading),
                      Paragraph(both("一、目标达成", "1. Goals achieved"), st.subtitle), *goals]),
        Spacer(1, 2 * mm),
        KeepTogether([Paragraph(both("二、存在问题", "2. Problems found"), st.subtitle), _free_text(data.problems, st)]),
        Spacer(1, 2 * mm),
        KeepTogether([Paragraph(both("三、改进建议", "3. Suggestions"), st.subtitle),
                      _free_text(data.suggestions, st)]),
        Spacer(1, 2 * mm),
    ]
    head = _head((("序号", "No."), ("改进措施", "Action"), ("负责人", "Owner"), ("完成期限", "Deadline")), st)
    rows: list[list[Any]] = [head]
    for i, action in enumerate(data.actions, start=1):
        rows.append([str(i), _free_text(action.text, st), Paragraph(escape(action.owner), st.cell),
                     f"{action.deadline:%Y-%m-%d}"])
    table = _table(rows, [12 * mm, INNER - 12 * mm - 34 * mm - 28 * mm, 34 * mm, 28 * mm], st, right_from=3)
    story.append(KeepTogether([Paragraph(both("四、改进措施", "4. Actions"), st.subtitle), table]))
    return story


def _story(data: ActivityReport) -> list[Any]:
    st = Styles()
    return [
        Paragraph(f"{escape(data.title)}<br/><font size='12'>活动总结报告 Activity summary report</font>", st.title),
        Paragraph(f"{escape(data.branch_name)}（{escape(data.branch_code)}）　{short_dates(data.starts, data.ends)}",
                  st.subtitle),
        Spacer(1, 4 * mm),
        _headline(data, st),
        *_goals(data, st),
        *_signins(data, st),
        *_channels(data, st),
        *_budget(data, st),
        *_satisfaction(data, st),
        *_review(data, st),
    ]


def activity_report_pdf(data: ActivityReport) -> bytes:
    """The summary report as A4 PDF bytes, the CJK font embedded."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=18 * mm,
        title=f"活动总结报告 Activity summary {data.title}", author="BranchDesk", creator="BranchDesk", invariant=1)
    doc.build(_story(data), canvasmaker=numbered_canvas(f"{data.generated_at:%Y-%m-%d %H:%M}"))
    return buffer.getvalue()
