"""Posters (A4, A3), flyers and tear-off slips, read back: every QR decodes to its channel's payload, and
what a USB scanner would type with Caps Lock on still reads as that channel (issue 10, item 2)."""

from __future__ import annotations

import dataclasses

import pypdfium2 as pdfium
import pytest
import zxingcpp

from branchdesk.printing.flyer import flyer_pdf, tearoff_pdf
from branchdesk.printing.poster import poster_pdf
from branchdesk.services.activities.codes import ScanKind, read_scan
from tests.printing.activity_samples import ACTIVITY, BARE, CHANNELS, LINK
from tests.printing.pdfcheck import page_size_mm, page_text, render


def pages(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def qr_texts(pdf: bytes, index: int, scale: float) -> list[str]:
    found = zxingcpp.read_barcodes(render(pdf, scale, index), formats=zxingcpp.BarcodeFormat.QRCode)
    return [barcode.bytes.decode("utf-8") for barcode in found]


def assert_page_carries(pdf: bytes, index: int, channel, count: int, scale: float) -> None:
    texts = qr_texts(pdf, index, scale)
    assert texts == [channel.payload] * count
    typed = read_scan(texts[0].upper())  # a keyboard-wedge scanner with Caps Lock on
    assert typed.kind is ScanKind.CHANNEL and typed.value == channel.code
    text = page_text(pdf, index)
    assert channel.code in text and channel.name in text


PRINTS = {
    "poster A4": (lambda chans: poster_pdf(ACTIVITY, chans, "A4"), (210, 297), 1, 2.0),
    "poster A3": (lambda chans: poster_pdf(ACTIVITY, chans, "A3"), (297, 420), 1, 1.5),
    "flyer": (lambda chans: flyer_pdf(ACTIVITY, chans), (210, 297), 1, 2.0),
    "tear-off": (lambda chans: tearoff_pdf(ACTIVITY, chans), (210, 297), 8, 3.0),
}


@pytest.mark.parametrize("kind", PRINTS)
def test_each_page_carries_its_own_channel_qr(kind):
    make, size, per_page, scale = PRINTS[kind]
    pdf = make(CHANNELS)
    assert pages(pdf) == 2
    for index, channel in enumerate(CHANNELS):
        assert page_size_mm(pdf, index) == pytest.approx(size, abs=0.5)
        assert_page_carries(pdf, index, channel, per_page, scale)
    assert LINK.payload.startswith("https://") and BARE.payload == BARE.code  # both kinds of payload tried


@pytest.mark.parametrize("kind", PRINTS)
def test_chinese_is_in_the_text_layer_with_the_branch(kind):
    pdf = PRINTS[kind][0]([BARE])
    text = page_text(pdf)
    for words in ("赶集日邮政便民服务活动", "青山镇邮政支局", "0855-8123 4567", "2026年12月5日（星期六）至6日（星期日）",
                  "08:30–16:30", "到场礼"):
        assert words in text, words
    assert "贵州省黔东南州青山镇新街" in text


def test_flyers_come_in_copies_per_channel_in_order():
    pdf = flyer_pdf(ACTIVITY, CHANNELS, copies=3)
    assert pages(pdf) == 6
    assert [qr_texts(pdf, i, 1.5) for i in range(6)] == [[BARE.payload]] * 3 + [[LINK.payload]] * 3


def test_a_poster_needs_a_channel_and_known_paper():
    with pytest.raises(ValueError):
        poster_pdf(ACTIVITY, [])
    with pytest.raises(ValueError):
        poster_pdf(ACTIVITY, [BARE], "A5")
    with pytest.raises(ValueError):
        flyer_pdf(ACTIVITY, [BARE], copies=0)


LONG = dataclasses.replace(
    ACTIVITY, title="二〇二六年冬季赶集日邮政便民服务暨金融知识进万家、防范电信网络诈骗宣传与农产品寄递优惠推广活动" * 3,
    text=ACTIVITY.text * 12 + " 联系人 13812345678", highlights=ACTIVITY.highlights * 5,
    branch=dataclasses.replace(ACTIVITY.branch, name="黔东南苗族侗族自治州青山镇邮政支局（农村普遍服务网点）" * 2,
                               address=ACTIVITY.branch.address * 5))


def glyph_boxes(pdf: bytes, index: int = 0):
    page = pdfium.PdfDocument(pdf)[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    return width, height, boxes


@pytest.mark.parametrize("kind", PRINTS)
def test_long_text_stays_on_the_page_and_off_the_qr(kind):
    _make, _size, per_page, scale = PRINTS[kind]
    pdf = {"poster A4": lambda: poster_pdf(LONG, [LINK], "A4"), "poster A3": lambda: poster_pdf(LONG, [LINK], "A3"),
           "flyer": lambda: flyer_pdf(LONG, [LINK]), "tear-off": lambda: tearoff_pdf(LONG, [LINK])}[kind]()
    width, height, boxes = glyph_boxes(pdf)
    margin = 3 * 72 / 25.4
    for left, bottom, right, top in boxes:
        if right > left:  # not a space
            assert margin <= left and right <= width - margin and margin <= bottom and top <= height - margin
    assert qr_texts(pdf, 0, scale) == [LINK.payload] * per_page  # nothing drawn over the code
    text = page_text(pdf)
    assert "13812345678" not in text.replace("\r\n", "").replace("\n", "")


def test_every_character_the_printouts_write_is_in_the_embedded_font():
    """reportlab silently drops a character the CJK font lacks (a "✂" vanished from the tear-off page): every
    string constant of the activity printouts must be covered by the font. (Pdfium's text layer cannot show
    it: the dropped character is missing there too.)"""
    import ast
    from pathlib import Path

    from reportlab.pdfbase.ttfonts import TTFont

    import branchdesk.printing
    from branchdesk.printing.fonts import cjk_font_path

    glyphs = TTFont("check", str(cjk_font_path()), subfontIndex=0).face.charToGlyph
    folder = Path(branchdesk.printing.__file__).parent
    modules = ["activity_charts", "activity_report", "activity_report_xlsx", "activity_text", "flyer", "poster",
               "signin_sheet"]
    for name in modules:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                      and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                missing = {ch for ch in node.value if ord(ch) > 127 and ord(ch) not in glyphs}
                assert not missing, (name, node.value)
