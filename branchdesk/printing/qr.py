"""QR codes drawn as vector rectangles: sharp at any size and quick to render.

The module matrix comes from the `qrcode` library (encoding and error correction
only, no image). Dark modules of a row are merged into runs, and a run repeated
unchanged on the rows below is merged into one taller rectangle, so a symbol is a
few hundred rectangles in one filled path instead of one square per module.
Strings are encoded as UTF-8, so Chinese payloads and URLs scan on phones.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import qrcode
import qrcode.constants
import qrcode.exceptions
from reportlab.lib.colors import black, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border the QR standard requires on each side

ERROR_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,  # ~7% of the symbol can be damaged
    "M": qrcode.constants.ERROR_CORRECT_M,  # ~15%
    "Q": qrcode.constants.ERROR_CORRECT_Q,  # ~25%
    "H": qrcode.constants.ERROR_CORRECT_H,  # ~30%
}


def qr_matrix(payload: str | bytes, level: str = "M") -> list[list[bool]]:
    """The square module matrix of `payload` (True = dark), without the quiet zone.

    Raises ValueError for an unknown level or a payload too long for any QR version.
    """
    try:
        correction = ERROR_LEVELS[level]
    except KeyError:
        raise ValueError(f"unknown QR error-correction level {level!r}; use one of L, M, Q, H") from None
    data = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    code = qrcode.QRCode(error_correction=correction, border=0)
    code.add_data(data, optimize=0)  # one byte-mode segment: scanners read UTF-8 back unchanged
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError):  # ValueError: "Invalid version (was 41)"
        raise ValueError(f"{len(data)} bytes do not fit in a QR code at level {level}") from None
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


@dataclass(frozen=True)
class ModuleRect:
    """A block of dark modules: `col`, `row` of its top-left module, `width` × `height` modules."""

    col: int
    row: int
    width: int
    height: int


def module_rects(matrix: list[list[bool]]) -> list[ModuleRect]:
    """Cover the dark modules with rectangles: horizontal runs, stacked where repeated below."""
    done: list[ModuleRect] = []
    open_runs: dict[tuple[int, int], ModuleRect] = {}  # (col, width) → run still growing downwards
    for r, row in enumerate(matrix):
        runs = []
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((start, c - start))
            else:
                c += 1
        still_open: dict[tuple[int, int], ModuleRect] = {}
        for key in runs:
            previous = open_runs.pop(key, None)
            if previous is not None:
                still_open[key] = ModuleRect(previous.col, previous.row, previous.width, previous.height + 1)
            else:
                still_open[key] = ModuleRect(key[0], r, key[1], 1)
        done.extend(open_runs.values())
        open_runs = still_open
    done.extend(open_runs.values())
    return done


@functools.lru_cache(maxsize=512)
def _symbol(data: bytes, level: str) -> tuple[int, str]:
    """The side in modules and the PDF operators that fill a payload's dark modules, in module units with the
    origin at the lower-left corner of the quiet zone.

    Kept, because a print run draws the same channel's QR on its poster, its flyers and its slips, and both
    halves cost: encoding (qrcode scores all eight masks in Python, ~8 ms) and formatting the rectangles'
    coordinates through reportlab's path object (~2 ms, its number formatter is pure Python without the
    optional rl_accel). Whole module numbers need no such formatting: the canvas is scaled to them instead.
    """
    matrix = qr_matrix(data, level)
    side = len(matrix)
    top = side + QUIET_ZONE
    ops = " ".join(f"{b.col + QUIET_ZONE} {top - b.row - b.height} {b.width} {b.height} re" for b in module_rects(matrix))
    return side, f"{ops} f"


def draw_qr(
    canvas: Canvas,
    payload: str | bytes,
    x: float,
    y: float,
    size: float,
    *,
    level: str = "M",
    background: bool = True,
) -> int:
    """Draw the QR of `payload` in the square (x, y, size) in points, quiet zone included.

    (x, y) is the lower-left corner. With `background`, the square is first filled
    white so the code also scans on a coloured poster. Returns the number of
    modules per side (quiet zone included), useful to check the module size.
    """
    side, ops = _symbol(payload.encode("utf-8") if isinstance(payload, str) else bytes(payload), level)
    modules = side + 2 * QUIET_ZONE
    canvas.saveState()
    if background:
        canvas.setFillColor(white)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    canvas.translate(x, y)
    canvas.scale(size / modules, size / modules)
    canvas.addLiteral(ops)  # one filled path of rectangles (reportlab's public way to add PDF operators)
    canvas.restoreState()
    return modules


class QrFlowable(Flowable):
    """A QR code of `size` points (quiet zone included) for platypus documents."""

    def __init__(self, payload: str | bytes, size: float, *, level: str = "M") -> None:
        super().__init__()
        qr_matrix(payload, level)  # fail when the story is built, not half-way through rendering
        self.payload = payload
        self.size = size
        self.level = level
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size, level=self.level)
