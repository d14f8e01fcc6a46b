"""Vector QR codes: the rectangles cover exactly the dark modules, and every rendered code scans back."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.lib.styles import getSampleStyleSheet

from branchdesk.printing.qr import QUIET_ZONE, QrFlowable, draw_qr, module_rects, qr_matrix
from tests.printing.pdfcheck import decode_qr, render


def qr_page(payload, *, size=160.0, level="M", compress=1, page=(200, 200), backdrop=None) -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=page, pageCompression=compress)
    if backdrop is not None:
        c.setFillColor(backdrop)
        c.rect(0, 0, page[0], page[1], stroke=0, fill=1)
    draw_qr(c, payload, 20, 20, size, level=level)
    c.save()
    return buffer.getvalue()


def paint(rects, n):
    grid = [[0] * n for _ in range(n)]
    for r in rects:
        for row in range(r.row, r.row + r.height):
            for col in range(r.col, r.col + r.width):
                grid[row][col] += 1
    return grid


@given(st.lists(st.lists(st.booleans(), min_size=9, max_size=9), min_size=9, max_size=9))
def test_rectangles_cover_each_dark_module_exactly_once(matrix):
    grid = paint(module_rects(matrix), 9)
    assert grid == [[1 if cell else 0 for cell in row] for row in matrix]


def test_runs_are_merged_far_below_one_rectangle_per_module():
    matrix = qr_matrix("https://branchdesk.example.cn/gift/QS-001/20261124-0042?sig=3f9a1c", "M")
    dark = sum(map(sum, matrix))
    rects = module_rects(matrix)
    assert paint(rects, len(matrix)) == [[int(c) for c in row] for row in matrix]
    assert len(rects) * 2 < dark, (len(rects), dark)


def test_the_pdf_draws_one_path_of_merged_rectangles():
    payload = "青山镇邮政支局 https://branchdesk.example.cn/a/2026-11"
    pdf = qr_page(payload, compress=0)
    content = b"".join(re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S))
    rect_ops = len(re.findall(rb" re\b", content))
    fills = len(re.findall(rb"(?m)\bf\*?\s*$|\bf\s", content))
    dark = sum(map(sum, qr_matrix(payload)))
    # one white backdrop + the merged module rectangles, far fewer than the dark modules
    assert rect_ops == len(module_rects(qr_matrix(payload))) + 1
    assert rect_ops * 2 < dark
    assert fills <= 2
    assert decode_qr(pdf) == [payload.encode()]


def test_size_includes_the_four_module_quiet_zone_and_it_is_white_on_a_coloured_page():
    payload = "quiet zone"
    modules = len(qr_matrix(payload)) + 2 * QUIET_ZONE
    pdf = qr_page(payload, size=modules * 4.0, page=(300, 300), backdrop=Color(0.5, 0.5, 0.5))
    image = render(pdf, scale=1)  # 1 px per point: one module is 4 px
    top = 300 - 20 - modules * 4  # image rows count from the top
    quiet = 4 * QUIET_ZONE
    for x in range(20 + 1, 20 + modules * 4 - 1, 3):
        for y in range(top + 1, top + quiet - 1):  # the top band of the quiet zone
            assert image.getpixel((x, y)) == (255, 255, 255)
    # the first dark module (finder pattern) starts right after the quiet zone
    assert image.getpixel((20 + quiet + 2, top + quiet + 2)) == (0, 0, 0)
    assert image.getpixel((10, 10)) != (255, 255, 255)  # the grey page around it


payloads = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=120),
    st.text(alphabet="青山镇邮政支局礼品活动扫码领取集邮储蓄汇兑报刊，。！", min_size=1, max_size=60),
    st.builds(
        lambda host, path, q: f"https://{host}.cn/{path}?id={q}",
        st.from_regex(r"[a-z]{3,12}", fullmatch=True),
        st.from_regex(r"[a-z0-9/_-]{0,40}", fullmatch=True),
        st.integers(0, 10**12),
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=payloads, level=st.sampled_from("LMQH"))
def test_any_payload_decodes_back_from_the_rendered_page(payload, level):
    assert decode_qr(qr_page(payload, level=level), scale=3) == [payload.encode("utf-8")]


def test_flowable_in_a_platypus_document_decodes():
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    styles = getSampleStyleSheet()
    doc.build([Paragraph("QR", styles["Title"]), QrFlowable("https://example.cn/活动/42", 120)])
    assert decode_qr(buffer.getvalue(), scale=2) == ["https://example.cn/活动/42".encode()]


def test_bytes_payload_is_kept_as_is():
    assert decode_qr(qr_page(b"\x01raw\xffbytes")) == [b"\x01raw\xffbytes"]


def test_bad_level_and_overflow_are_refused():
    with pytest.raises(ValueError, match="level"):
        qr_matrix("x", "X")
    with pytest.raises(ValueError, match="do not fit"):
        qr_matrix("x" * 3000, "H")
    with pytest.raises(ValueError):
        QrFlowable("x" * 3000, 100, level="H")


def test_higher_error_correction_gives_a_bigger_symbol():
    sizes = [len(qr_matrix("https://branchdesk.example.cn/q/A012", level)) for level in "LMQH"]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
