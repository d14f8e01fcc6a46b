"""The paper sign-in sheet (issue 10, item 4): numbered sheets, the activity's QR, the columns to fill in."""

from __future__ import annotations

import dataclasses
import re

import pypdfium2 as pdfium
import pytest
import zxingcpp

from branchdesk.printing.activity_data import SigninSheet
from branchdesk.printing.signin_sheet import channel_legend, signin_sheet_pdf
from branchdesk.services.activities.codes import ScanKind, read_scan
from tests.printing.activity_samples import ACTIVITY, BARE, BRANCH, CHANNELS, LINK
from tests.printing.pdfcheck import page_size_mm, page_text, render


def sheet(**changes) -> SigninSheet:
    fields = dict(title=ACTIVITY.title, starts=ACTIVITY.starts, ends=ACTIVITY.ends, branch=BRANCH, channel=LINK,
                  channels=tuple(c.name for c in CHANNELS))
    fields.update(changes)
    return SigninSheet(**fields)


@pytest.mark.parametrize("channel", [BARE, LINK])
def test_every_page_is_numbered_and_carries_the_qr(channel):
    pdf = signin_sheet_pdf(sheet(channel=channel, first_number=12, pages=3))
    assert len(pdfium.PdfDocument(pdf)) == 3
    for index in range(3):
        assert page_size_mm(pdf, index) == pytest.approx((210, 297), abs=0.5)
        text = page_text(pdf, index)
        assert f"{12 + index:04d}" in text
        assert f"第 {index + 1} / 3 张" in text and f"Page {index + 1} of 3" in text
        found = zxingcpp.read_barcodes(render(pdf, 3.0, index), formats=zxingcpp.BarcodeFormat.QRCode)
        assert [b.bytes.decode() for b in found] == [channel.payload]
        typed = read_scan(found[0].text.upper())
        assert typed.kind is ScanKind.CHANNEL and typed.value == channel.code


def test_columns_legend_and_rows_in_chinese_first():
    pdf = signin_sheet_pdf(sheet(rows_per_page=25))
    text = page_text(pdf)
    for zh, en in (("签到表", "Sign-in sheet"), ("序号", "No."), ("时间", "Time"), ("手机号", "Mobile phone"),
                   ("姓名", "Name"), ("渠道", "Channel"), ("签名", "Signature")):
        assert zh in text and en in text
        assert text.index(zh) < text.index(en), zh
    assert "赶集日邮政便民服务活动" in text and "青山镇邮政支局" in text and "2026年12月5日" in text
    assert "① 集市入口横幅" in text and "② 村委会公告栏" in text and "③ 其他 Other" in text
    rows = re.findall(r"^(\d+) :$", text.replace("\r", ""), re.MULTILINE)
    assert rows == [str(n) for n in range(1, 26)]


def test_legend_numbers_every_channel_then_other():
    assert channel_legend(sheet(channels=())) == "① 其他 Other"
    assert channel_legend(sheet(channels=("甲", "乙"))) == "① 甲  ② 乙  ③ 其他 Other"


def test_impossible_sheets_are_refused():
    for changes in ({"pages": 0}, {"rows_per_page": 0}, {"rows_per_page": 41}, {"first_number": 0}):
        with pytest.raises(ValueError):
            signin_sheet_pdf(dataclasses.replace(sheet(), **changes))
