"""Parts shared by the A4 reports (the daily queue report, the weekly report): styles, the two-language
label, a table of figure rows, page numbers. Every string in the embedded CJK font, Chinese first."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.report_data import ReportRow

MARGIN = 15 * mm
GRID_COLOUR = colors.HexColor("#b0b0b0")
HEAD_FILL = colors.HexColor("#e8eef5")




def minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class Styles:
    def __init__(self) -> None:
        font = cjk_font()
        base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5)
        self.title = ParagraphStyle("title", base, fontSize=20, leading=26)
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=11, leading=15, textColor=colors.HexColor("#333333"))
        self.heading = ParagraphStyle("heading", base, fontSize=13, leading=17, spaceBefore=5 * mm, spaceAfter=2 * mm)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.cell_head = ParagraphStyle("cell_head", base, fontSize=8.5, leading=10.5)
        self.figure_label = ParagraphStyle("figure_label", base, fontSize=9, leading=11.5, alignment=1)
        self.figure_value = ParagraphStyle("figure_value", base, fontSize=20, leading=24, alignment=1)
        self.note = ParagraphStyle("note", base, fontSize=9, leading=12, textColor=colors.HexColor("#444444"))
        self.empty = ParagraphStyle("empty", base, fontSize=16, leading=22, alignment=1)
        self.future = ParagraphStyle("future", base, fontSize=13, leading=18, alignment=1,
                                     textColor=colors.HexColor("#9b0000"))


def both(zh: str, en: str) -> str:
    """Chinese on the first line, English smaller on the second (Paragraph markup)."""
    return f"{zh}<br/><font size='-1.5'>{en}</font>"


ROW_HEADERS = (("到号", "Arrivals"), ("办结", "Served"), ("过号", "No-shows"), ("平均等候", "Mean wait"),
               ("90%等候", "P90 wait"), ("最长等候", "Max wait"), ("平均办理", "Mean service"),
               ("时限内", "Within norm"))


def rows_table(first: tuple[str, str], rows: list[ReportRow], st: Styles) -> Table:
    head = [Paragraph(both(*first), st.cell_head)] + [Paragraph(both(*h), st.cell_head) for h in ROW_HEADERS]
    body = []
    for r in rows:
        label = f"{r.label} <font size='-1.5'>{r.label_en}</font>" if r.label_en else r.label
        body.append([Paragraph(label, st.cell), r.arrivals, r.served, r.no_shows, minutes(r.mean_wait),
                     minutes(r.p90_wait), minutes(r.max_wait), minutes(r.mean_service),
                     share(r.share_within_norm)])
    inner = A4[0] - 2 * MARGIN
    first_w = 40 * mm
    table = Table([head, *body], colWidths=[first_w] + [(inner - first_w) / 8] * 8, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
    ]))
    return table


def numbered_canvas(generated: str, page_width: float = A4[0]):
    """A canvas that writes "page n of N" and the generation time once the page count is known
    (`page_width`: a landscape report's is A4's height)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = cjk_font()  # no base-14 Helvetica left in the file
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own private reset, not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(cjk_font(), 8.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.setStrokeColor(GRID_COLOUR)
            self.line(MARGIN, 12 * mm, page_width - MARGIN, 12 * mm)
            self.drawString(MARGIN, 8 * mm, f"生成时间 Generated {generated}")
            self.drawRightString(page_width - MARGIN, 8 * mm, f"第 {number} / {total} 页 Page {number} of {total}")
            self.restoreState()

    return NumberedCanvas
