"""Text set into a fixed box on a canvas: wrapped, shrunk until it fits, cut with "…" only at the smallest size.

Posters and flyers take text of any length (a title typed by staff, a long description): it must never run
off the page or over the QR code.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing.layout import wrap_text

BOLD_STROKE = 0.04  # × size: the outline stroke that makes the CJK face look bold


@dataclass(frozen=True)
class FittedText:
    lines: list[str]
    size: float
    leading: float  # × size
    cut: bool = False  # lines were dropped: the text did not fit even at the smallest size

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * self.leading


def fit(text: str, font: str, width: float, height: float, max_size: float, min_size: float, *,
        leading: float = 1.3, max_lines: int = 0, bold: bool = False, balance: bool = False) -> FittedText:
    """The largest size (stepping down by ~6 %) at which `text` wraps into `width` × `height`.

    At `min_size`, lines that still do not fit are dropped and the last kept line ends in "…".
    `max_lines` (0: no limit) caps the lines, e.g. a title kept to three. `balance` evens out the lines'
    lengths (a title of two lines does not end in one lonely word).
    """
    size = max_size
    width_at = width - (BOLD_STROKE * max_size if bold else 0)
    while True:
        lines = [line for line in wrap_text(text, font, size, width_at) if line] or [""]
        fits = len(lines) * size * leading <= height + 0.01 and (not max_lines or len(lines) <= max_lines)
        if fits or size <= min_size:
            break
        size = max(min_size, size * 0.94)
    if balance and 1 < len(lines) and (not max_lines or len(lines) <= max_lines):
        lines = _balanced(text, font, size, width_at, len(lines))
    room = int((height + 0.01) // (size * leading))
    if max_lines:
        room = min(room, max_lines)
    room = max(room, 1)
    cut = len(lines) > room
    if cut:
        lines = lines[:room]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width_at:
            last = last[:-1]
        lines[-1] = last + "…"
    return FittedText(lines, size, leading, cut)


def _balanced(text: str, font: str, size: float, width: float, count: int) -> list[str]:
    """The narrowest wrap of `text` that still takes `count` lines (bisection on the width)."""
    low, high = width / count, width
    best = [line for line in wrap_text(text, font, size, width) if line]
    for _ in range(12):
        middle = (low + high) / 2
        lines = [line for line in wrap_text(text, font, size, middle) if line]
        if len(lines) <= count:
            high, best = middle, lines
        else:
            low = middle
    return best


def draw(c: Canvas, fitted: FittedText, font: str, x: float, top: float, width: float, *,
         align: str = "left", bold: bool = False, color: Color = black) -> float:
    """Draw `fitted` from `top` down in the box starting at `x`; returns the y under the last line."""
    size, step = fitted.size, fitted.size * fitted.leading
    c.saveState()
    c.setFillColor(color)
    if bold:
        c.setStrokeColor(color)
        c.setLineWidth(size * BOLD_STROKE)
        c.setLineJoin(1)
    t = c.beginText()
    t.setFont(font, size)
    if bold:
        t.setTextRenderMode(2)  # fill and stroke: the CJK font has no bold face
    for i, line in enumerate(fitted.lines):
        baseline = top - size * 0.9 - (step - size) / 2 - i * step
        if align == "center":
            left = x + (width - stringWidth(line, font, size)) / 2
        elif align == "right":
            left = x + width - stringWidth(line, font, size)
        else:
            left = x
        t.setTextOrigin(left, baseline)
        t.textOut(line)
    c.drawText(t)
    c.restoreState()
    return top - fitted.height


def text_box(c: Canvas, text: str, font: str, x: float, top: float, width: float, height: float,
             max_size: float, min_size: float, *, leading: float = 1.3, max_lines: int = 0, align: str = "left",
             bold: bool = False, color: Color = black) -> float:
    """Fit and draw in one step; returns the y under the text."""
    fitted = fit(text, font, width, height, max_size, min_size, leading=leading, max_lines=max_lines, bold=bold)
    return draw(c, fitted, font, x, top, width, align=align, bold=bold, color=color)
