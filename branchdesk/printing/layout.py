"""A narrow page laid out top to bottom, its height fitted to the content.

Receipt-style documents (queue tickets, 80 mm gift slips) are a column of
centred blocks. `Column` measures the blocks first, then draws them on a page
exactly as tall as they need, so nothing is clipped and no paper is wasted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Callable

from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.qr import draw_qr

RECEIPT_WIDTH = 80 * mm

# A block draws itself given the canvas, the top of its slot and the column geometry.
DrawFn = Callable[[Canvas, float], None]


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`: between words, or between CJK characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        tokens: list[str] = []
        word = ""
        for ch in paragraph:
            if ch == " ":
                tokens.append(word + " ")
                word = ""
            elif ord(ch) > 0x2E7F:  # CJK and full-width: a line may break before any of them
                if word:
                    tokens.append(word)
                    word = ""
                tokens.append(ch)
            else:
                word += ch
        if word:
            tokens.append(word)
        tokens = _keep_punctuation_attached(tokens)
        line = ""
        for token in tokens:
            candidate = line + token
            if line and stringWidth(candidate.rstrip(), font, size) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = candidate
            while stringWidth(line.rstrip(), font, size) > width and len(line) > 1:
                # One word wider than the column (a long URL): cut it by characters.
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


# Chinese line-breaking rules (禁则): no line starts with closing punctuation, none ends with an opening one.
NO_LINE_START = set("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}")
NO_LINE_END = set("（《「『【〔〈“‘([{")


def _keep_punctuation_attached(tokens: list[str]) -> list[str]:
    merged: list[str] = []
    carry = ""
    for token in tokens:
        if carry:
            token, carry = carry + token, ""
        if merged and token[:1] in NO_LINE_START:
            merged[-1] += token
        elif token.rstrip()[-1:] in NO_LINE_END:
            carry = token
        else:
            merged.append(token)
    if carry:
        merged.append(carry)
    return merged


@dataclass
class Column:
    """Blocks stacked top to bottom on a page `width` wide with side `margin`s."""

    width: float = RECEIPT_WIDTH
    margin: float = 4 * mm
    top_margin: float = 5 * mm
    bottom_margin: float = 6 * mm
    blocks: list[tuple[float, DrawFn]] = field(default_factory=list)

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin

    @property
    def centre(self) -> float:
        return self.width / 2

    # -- blocks ---------------------------------------------------------------

    def space(self, height: float) -> None:
        self.blocks.append((height, lambda c, top: None))

    def text(
        self,
        text: str,
        size: float,
        *,
        font: str | None = None,
        bold: bool = False,
        leading: float = 1.3,
        color: Color = black,
    ) -> None:
        """Centred text, wrapped to the column; CJK text is emboldened by stroking its outline."""
        face = font or cjk_font()
        lines = wrap_text(text, face, size, self.inner)
        line_height = size * leading

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setFillColor(color)
            c.setStrokeColor(color)
            for i, line in enumerate(lines):
                baseline = top - size * 0.95 - i * line_height - (line_height - size) / 2
                t = c.beginText()
                t.setFont(face, size)
                if bold and face == cjk_font():
                    t.setTextRenderMode(2)  # fill and stroke: a bold look for a font without a bold face
                    c.setLineWidth(size * 0.035)
                    c.setLineJoin(1)
                t.setTextOrigin(self.centre - stringWidth(line, face, size) / 2, baseline)
                t.textLine(line)
                c.drawText(t)
            c.restoreState()

        self.blocks.append((len(lines) * line_height, draw))

    def big(self, text: str, max_size: float, *, min_size: float = 12, stroke: float = 0.06) -> None:
        """One line of large bold text (a ticket number), as large as fits the column.

        Drawn in the embedded CJK font, emboldened by stroking its outline with
        `stroke` × size, so it looks the same in every PDF reader and driver
        (a base-14 Helvetica is replaced by whatever font the reader has).
        """
        face = cjk_font()
        size = max_size
        while size > min_size and stringWidth(text, face, size) + stroke * size > self.inner:
            size -= 1
        height = size * 0.76  # digits and capitals: cap height plus the stroke, no descenders

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setFillColor(black)
            c.setStrokeColor(black)
            c.setLineWidth(stroke * size)
            c.setLineJoin(1)
            t = c.beginText()
            t.setFont(face, size)
            t.setTextRenderMode(2)
            t.setTextOrigin(self.centre - stringWidth(text, face, size) / 2, top - height + stroke * size / 2)
            t.textLine(text)
            c.drawText(t)
            c.restoreState()

        self.blocks.append((height, draw))

    def badge(self, text: str, size: float) -> None:
        """White text on a black rounded box, centred: a mark that is seen at a glance."""
        face = cjk_font()
        pad_x, pad_y = size * 0.7, size * 0.35
        box_w = stringWidth(text, face, size) + 2 * pad_x
        box_h = size + 2 * pad_y

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setFillColor(black)
            c.roundRect(self.centre - box_w / 2, top - box_h, box_w, box_h, box_h / 4, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(face, size)
            c.drawCentredString(self.centre, top - pad_y - size * 0.85, text)
            c.restoreState()

        self.blocks.append((box_h, draw))

    def rule(self, *, dashed: bool = True, gap: float = 3 * mm) -> None:
        """A horizontal line across the column, with `gap` above and below."""

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setLineWidth(0.8)
            if dashed:
                c.setDash(3, 2)
            y = top - gap
            c.line(self.margin, y, self.width - self.margin, y)
            c.restoreState()

        self.blocks.append((2 * gap, draw))

    def qr(self, payload: str | bytes, size: float, *, level: str = "M") -> None:
        """A centred QR code, `size` points square with its quiet zone."""

        def draw(c: Canvas, top: float) -> None:
            draw_qr(c, payload, self.centre - size / 2, top - size, size, level=level)

        self.blocks.append((size, draw))

    # -- output ---------------------------------------------------------------

    @property
    def height(self) -> float:
        return self.top_margin + sum(h for h, _ in self.blocks) + self.bottom_margin

    def pdf(self, *, title: str = "", author: str = "BranchDesk") -> bytes:
        """The page as PDF bytes, exactly as tall as its blocks."""
        buffer = io.BytesIO()
        c = Canvas(
            buffer, pagesize=(self.width, self.height), invariant=1, pageCompression=1,
            initialFontName=cjk_font(),  # type: ignore[arg-type]  # types-reportlab says float: it is a font name
        )
        c.setTitle(title)
        c.setAuthor(author)
        c.setCreator("BranchDesk")
        top = self.height - self.top_margin
        for height, draw in self.blocks:
            draw(c, top)
            top -= height
        c.showPage()
        c.save()
        return buffer.getvalue()
