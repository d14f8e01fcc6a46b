"""The charts of the activity summary report (reportlab.graphics), every label in the embedded CJK font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from branchdesk.printing.activity_data import ActivityReport
from branchdesk.printing.fonts import cjk_font

BLUE = colors.HexColor("#3b6ea5")
ORANGE = colors.HexColor("#d9822b")
GREEN = colors.HexColor("#2e7d32")
RED = colors.HexColor("#b23b3b")
GRID = colors.HexColor("#dddddd")


def nice_ceiling(value: float) -> float:
    """A round axis maximum at or above `value` that divides into five steps (5, 10, 15, 20 … 3,000 …)."""
    scale = 1.0
    while True:
        for step in (1, 2, 3, 4, 5, 6, 8, 10):
            if value <= step * scale * 5:
                return step * scale * 5
        scale *= 10


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = cjk_font()  # type: ignore[attr-defined]  # read by renderPDF; not in the stubs
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalBarChart, top: float, size: float = 8) -> None:
    font = cjk_font()
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = nice_ceiling(max(top, 1))
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = size
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7


def bars(labels: Sequence[str], values: Sequence[float], width: float, height: float, *, colour=BLUE,
         caption: str = "", label_format: str = "%d") -> Drawing:
    """One series of vertical bars with their values on top."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm  # type: ignore[assignment]  # the stub says int; points are floats
    chart.width, chart.height = width - 16 * mm, height - 18 * mm  # type: ignore[assignment]
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = label_format
    chart.barLabels.nudge = 6
    _style_axes(chart, max(values, default=0) * 1.1)
    drawing.add(chart)
    if caption:
        drawing.add(String(0, height - 5 * mm, caption, fontName=cjk_font(), fontSize=8.5, fillColor=colour))
    return drawing


def goals_chart(data: ActivityReport, width: float) -> Drawing:
    """Each goal's actual as a share of its target, a line at 100 %: green met, red short."""
    goals = data.goals
    height = 14 * mm + 9 * mm * max(len(goals), 1)
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 36 * mm, 8 * mm  # type: ignore[assignment]  # the stub says int
    chart.width, chart.height = width - 44 * mm, height - 12 * mm  # type: ignore[assignment]
    shares = [100 * (g.share or 0) for g in goals]
    chart.data = [shares or [0]]
    # reportlab draws the first category at the bottom: reverse so the chart reads like the table.
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.categoryNames = [f"{g.label} {g.label_en}" for g in goals] or [""]
    chart.bars[0].strokeColor = None
    for i, g in enumerate(goals):
        chart.bars[(0, i)].fillColor = GREEN if g.met else RED
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    _style_axes(chart, max(shares + [100]) * 1.12)
    drawing.add(chart)
    top = chart.valueAxis.valueMax
    x = chart.x + chart.width * 100 / top
    drawing.add(Line(x, chart.y - 2, x, chart.y + chart.height + 2, strokeColor=colors.black, strokeWidth=1,
                     strokeDashArray=[3, 2]))
    drawing.add(String(x, chart.y + chart.height + 4, "目标 Goal 100%", fontName=cjk_font(), fontSize=7.5,
                       textAnchor="middle"))
    return drawing


def budget_chart(data: ActivityReport, width: float, height: float) -> Drawing:
    """Planned and actual spending of each budget line, side by side (yuan)."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 16 * mm  # type: ignore[assignment]  # the stub says int
    chart.width, chart.height = width - 20 * mm, height - 24 * mm  # type: ignore[assignment]
    planned = [float(b.planned) for b in data.budget]
    actual = [float(b.actual) for b in data.budget]
    chart.data = [planned or [0], actual or [0]]
    chart.categoryAxis.categoryNames = [f"{b.item}" for b in data.budget] or [""]
    chart.bars[0].fillColor, chart.bars[1].fillColor = BLUE, ORANGE
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%.0f"
    chart.barLabels.nudge = 6
    _style_axes(chart, max(planned + actual + [0]) * 1.1)
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = cjk_font(), 8
    legend.x, legend.y = 16 * mm, 5 * mm  # type: ignore[assignment]  # the stub says int
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 45 * mm  # type: ignore[assignment]
    legend.colorNamePairs = [(BLUE, "预算 Budget（元）"), (ORANGE, "实际 Actual（元）")]
    drawing.add(legend)
    return drawing
