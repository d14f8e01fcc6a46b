"""The daily queue report: an A4 PDF with the day's figures, a chart, tables and window advice.

Takes a plain `QueueDayReport` (the queue service builds it) and returns PDF
bytes. Every string is set in the embedded CJK font, Chinese first, English second.
"""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing import report_text
from branchdesk.printing.report_text import WEEKDAYS
from branchdesk.printing.report_parts import (
    GRID_COLOUR, HEAD_FILL, MARGIN, Styles, both, minutes, numbered_canvas, rows_table, share,
)
from branchdesk.printing.report_data import AdviceHour, QueueDayReport, ReportRow

# The report's data types are part of this module's interface (callers build them to print).
__all__ = ["AdviceHour", "QueueDayReport", "ReportRow", "queue_day_report_pdf"]

BAR_COLOUR = colors.HexColor("#3b6ea5")
LINE_COLOUR = colors.HexColor("#d9822b")

NO_RECORDS = "当日无排队记录 No queue records"


def _headline(data: QueueDayReport, st: Styles) -> Table:
    t = data.total
    figures = [
        ("到号人数", "Arrivals", str(t.arrivals)),
        ("办结", "Served", str(t.served)),
        ("过号", "No-shows", str(t.no_shows)),
        ("平均等候（分钟）", "Mean wait (min)", minutes(t.mean_wait)),
        ("90%等候（分钟）", "P90 wait (min)", minutes(t.p90_wait)),
        ("最长等候（分钟）", "Max wait (min)", minutes(t.max_wait)),
        ("平均办理时长（分钟）", "Mean service time (min)", minutes(t.mean_service)),
        ("时限内办结率", "Share within norm", share(t.share_within_norm)),
        ("暂停分钟", "Pause minutes", f"{data.pause_minutes:.0f}"),
    ]
    # Each cell holds a value over its label (a list of flowables stacks in the cell).
    cells = [[Paragraph(value, st.figure_value), Paragraph(both(zh, en), st.figure_label)]
             for zh, en, value in figures]
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    width = (A4[0] - 2 * MARGIN) / 3
    table = Table(rows, colWidths=[width] * 3)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),  # also for cells holding paragraphs: no Helvetica at all
        ("BOX", (0, 0), (-1, -1), 0.6, GRID_COLOUR),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _chart(data: QueueDayReport) -> Drawing:
    """Arrivals per hour as bars (left axis), the mean wait of those arrivals as a line (right axis)."""
    font = cjk_font()
    hours = data.by_hour
    width, height = A4[0] - 2 * MARGIN, 72 * mm
    left, bottom, plot_w, plot_h = 14 * mm, 16 * mm, width - 30 * mm, height - 24 * mm
    drawing = Drawing(width, height)
    # types-reportlab types chart and legend geometry as int; reportlab takes points as floats (mm is one).
    # The renderer's starting font; else it sets Helvetica first. Read by renderPDF, not in types-reportlab.
    drawing.initialFontName = font  # type: ignore[attr-defined]

    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = left, bottom, plot_w, plot_h  # type: ignore[assignment]  # stub says int
    bars.data = [[r.arrivals for r in hours]]
    bars.categoryAxis.categoryNames = [r.label[:2] + "时" for r in hours]
    bars.bars[0].fillColor = BAR_COLOUR
    bars.bars[0].strokeColor = None
    bars.barSpacing = 2
    bars.groupSpacing = 6
    top = max([r.arrivals for r in hours] + [1])
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = _nice_ceiling(top)
    bars.valueAxis.valueStep = _nice_ceiling(top) / 5
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    bars.barLabelFormat = "%d"
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = 7
    bars.barLabels.nudge = 6
    for axis in (bars.categoryAxis, bars.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 8
    drawing.add(bars)

    waits = [r.mean_wait if r.mean_wait is not None else None for r in hours]
    known = [w for w in waits if w is not None]
    if known:
        line = HorizontalLineChart()
        line.x, line.y, line.width, line.height = left, bottom, plot_w, plot_h  # type: ignore[assignment]  # stub: int
        line.data = [[w if w is not None else 0.0 for w in waits]]
        line.joinedLines = 1
        line.lines[0].strokeColor = LINE_COLOUR
        line.lines[0].strokeWidth = 2
        line.lines[0].symbol = None
        line.categoryAxis.visible = False
        line.categoryAxis.categoryNames = bars.categoryAxis.categoryNames
        line.valueAxis.valueMin = 0
        line.valueAxis.valueMax = _nice_ceiling(max(known))
        line.valueAxis.valueStep = _nice_ceiling(max(known)) / 5
        line.valueAxis.labels.fontName = font
        line.valueAxis.labels.fontSize = 8
        line.valueAxis.labels.fillColor = LINE_COLOUR
        line.valueAxis.strokeColor = LINE_COLOUR
        line.valueAxis.joinAxis = line.categoryAxis
        line.valueAxis.joinAxisMode = "right"
        line.valueAxis.labels.dx = 14
        drawing.add(line)

    drawing.add(String(0, bottom + plot_h + 6, "人数 Arrivals", fillColor=BAR_COLOUR, fontName=font, fontSize=8))
    drawing.add(String(width, bottom + plot_h + 6, "等候（分钟）Wait (min)", fillColor=LINE_COLOUR,
                       textAnchor="end", fontName=font, fontSize=8))
    legend = Legend()
    legend.fontName, legend.fontSize = font, 8.5
    legend.x, legend.y = left, 5 * mm  # type: ignore[assignment]  # stub says int
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70 * mm  # type: ignore[assignment]  # stub says int
    legend.colorNamePairs = [(BAR_COLOUR, "每小时到号人数 Arrivals per hour"),
                             (LINE_COLOUR, "平均等候（分钟）Mean wait (min)")]
    drawing.add(legend)
    return drawing


def _nice_ceiling(value: float) -> float:
    """A round axis maximum at or above `value` that divides into five steps."""
    for step in (1, 2, 4, 5, 10, 20, 25, 40, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step * 5:
            return float(step * 5)
    return float(value)


def _advice(data: QueueDayReport, st: Styles) -> list:
    zh_day, en_day = WEEKDAYS[data.day.weekday()]
    share = f"{data.target_share * 100:.0f}%"
    minutes = f"{data.target_minutes:g}"
    story = [Paragraph(both(f"窗口建议（{zh_day}）", f"Window advice ({en_day})"), st.heading),
             Paragraph(f"目标：{share} 的顾客等候不超过 {minutes} 分钟。Target: {share} of customers wait "
                       f"at most {minutes} min.", st.note), Spacer(1, 2 * mm)]
    if not data.advice:
        story.append(Paragraph("历史记录不足，暂无建议 Not enough history for advice yet", st.note))
        return story
    advice = sorted(data.advice, key=lambda a: a.hour)
    head = [Paragraph(both("时段", "Hour"), st.cell_head)] + [f"{a.hour:02d}时" for a in advice]
    short = data.short_hours()
    # An hour needing more windows than the branch has is marked (explained in words under the table).
    windows = [Paragraph(both("开窗口数", "Windows"), st.cell_head)] + [
        f"→ {a.windows}*" if a in short else f"→ {a.windows}" for a in advice]
    arrivals = [Paragraph(both("每小时到号", "Arrivals/h"), st.cell_head)] + [f"{a.arrivals_per_hour:.0f}"
                                                                             for a in advice]
    inner = A4[0] - 2 * MARGIN
    first_w = 26 * mm
    table = Table([head, windows, arrivals], colWidths=[first_w] + [(inner - first_w) / len(advice)] * len(advice))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTSIZE", (1, 1), (-1, 1), 13),
        ("LEADING", (1, 1), (-1, 1), 16),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story.append(table)
    if short:
        story.append(Spacer(1, 1.5 * mm))
        for a in sorted(short, key=lambda a: a.hour):
            story.append(Paragraph(
                f"* {report_text.hour_label(a.hour, 'zh_CN')}：{report_text.shortfall(a, data, 'zh_CN')}<br/>"
                f"<font size='-1'>{report_text.hour_label(a.hour, 'en')}: {report_text.shortfall(a, data, 'en')}"
                "</font>", st.note))
    if any(a.from_norms for a in advice):
        story += [Spacer(1, 1.5 * mm),
                  Paragraph("历史不足两周的时段按办理时限标准估算。Hours with under two weeks of history are "
                            "estimated from the service norms.", st.note)]
    return story


def _story(data: QueueDayReport) -> list:
    st = Styles()
    zh_day, en_day = WEEKDAYS[data.day.weekday()]
    story = [
        Paragraph("排队日报 Daily queue report", st.title),
        Paragraph(f"{data.branch_name}（{data.branch_code}）　{data.day:%Y-%m-%d} {zh_day} {en_day}", st.subtitle),
        Spacer(1, 4 * mm),
        _headline(data, st),
    ]
    if data.total.arrivals == 0:
        words = (both(report_text.future(data.day, "zh_CN"), report_text.future(data.day, "en"))
                 if data.in_future else NO_RECORDS)
        empty = Table([[Paragraph(words, st.empty if not data.in_future else st.future)]],
                      colWidths=[A4[0] - 2 * MARGIN], rowHeights=[30 * mm])
        empty.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font()), ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOUR),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [Spacer(1, 6 * mm), empty]
    else:
        story += [
            Paragraph(both("分时段到号与等候", "Arrivals and waiting by hour"), st.heading),
            _chart(data),
            KeepTogether([Paragraph(both("按业务", "By service"), st.heading),
                          rows_table(("业务", "Service"), data.by_business, st)]),
        ]
        if data.by_clerk:
            story.append(KeepTogether([Paragraph(both("按柜员", "By clerk"), st.heading),
                                       rows_table(("柜员", "Clerk"), data.by_clerk, st)]))
        story.append(KeepTogether([Paragraph(both("按时段", "By hour"), st.heading),
                                   rows_table(("时段", "Hour"), data.by_hour, st)]))
    story.append(KeepTogether(_advice(data, st)))
    return story


def queue_day_report_pdf(data: QueueDayReport) -> bytes:
    """The day's queue report as A4 portrait PDF bytes, the CJK font embedded."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=18 * mm,
        title=f"排队日报 Daily queue report {data.branch_code} {data.day:%Y-%m-%d}", author="BranchDesk",
        creator="BranchDesk", invariant=1,
    )
    generated = f"{data.generated_at:%Y-%m-%d %H:%M}"
    doc.build(_story(data), canvasmaker=numbered_canvas(generated))
    return buffer.getvalue()
