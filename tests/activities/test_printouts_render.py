"""Every printout of the demo activity, built by the printouts service from the database, renders; each QR
decodes to its channel's payload (bare code, then the short link) and reads back through `read_scan`, as
typed by a scanner with Caps Lock on (issue 10, items 2, 4 and 7)."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
import zxingcpp

from branchdesk.printing.activity_report import activity_report_pdf
from branchdesk.printing.activity_report_xlsx import activity_report_xlsx
from branchdesk.printing.flyer import flyer_pdf, tearoff_pdf
from branchdesk.printing.poster import poster_pdf
from branchdesk.printing.signin_sheet import signin_sheet_pdf
from branchdesk.services.activities.codes import ScanKind, read_scan
from tests.printing.pdfcheck import page_text, render
from tests.printing.xlsxread import read_xlsx

MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
PRINTS = {  # what the channels tab prints, and the scale its QRs decode at
    "A4": (lambda a, chans: poster_pdf(a, chans, "A4"), 1, 2.0),
    "A3": (lambda a, chans: poster_pdf(a, chans, "A3"), 1, 1.5),
    "flyer": (lambda a, chans: flyer_pdf(a, chans), 1, 2.0),
    "tearoff": (lambda a, chans: tearoff_pdf(a, chans), 8, 3.0),
}


@pytest.fixture
def demo(demo_services):
    activity = next(a for a in demo_services.activities.plans.listing() if a.status == "running")
    return demo_services, activity


def qr_texts(pdf: bytes, index: int, scale: float) -> list[str]:
    found = zxingcpp.read_barcodes(render(pdf, scale, index), formats=zxingcpp.BarcodeFormat.QRCode)
    return [barcode.bytes.decode("utf-8") for barcode in found]


def assert_reads_back(texts: list[str], channel, count: int) -> None:
    assert texts == [channel.payload] * count
    for typed in (texts[0], texts[0].upper()):
        scan = read_scan(typed)
        assert scan.kind is ScanKind.CHANNEL and scan.value == channel.code


@pytest.mark.parametrize("layout", PRINTS)
@pytest.mark.parametrize("public_base", ["", "https://hq.qingshan.example.cn"])
def test_each_layout_of_every_demo_channel_decodes_to_its_payload(demo, layout, public_base):
    services, activity = demo
    printouts = services.activities.printouts
    contact = printouts.contact()
    if public_base:
        admin = _head(services)
        printouts.set_contact(admin, contact.address, contact.phone, public_base)
    poster, channels = printouts.poster(activity.id)
    assert len(channels) == 3
    make, per_page, scale = PRINTS[layout]
    pdf = make(poster, channels)
    assert len(pdfium.PdfDocument(pdf)) == 3
    for index, channel in enumerate(channels):
        assert channel.payload.startswith(public_base or channel.code)
        assert_reads_back(qr_texts(pdf, index, scale), channel, per_page)
        text = page_text(pdf, index)
        assert channel.code in text
    assert poster.title in page_text(pdf).replace("\n", "")
    assert "0855-8123 4567" in page_text(pdf)


def test_a_printed_sign_in_sheet_carries_its_number_and_channel_qr(demo):
    services, activity = demo
    clerk = services.staff.sign_in("liqiang", "2468")
    channel_id = services.activities.channels.listing(activity.id)[1].id
    sheet = services.activities.printouts.sheets(clerk, activity.id, channel_id, 2)
    pdf = signin_sheet_pdf(sheet)
    assert len(pdfium.PdfDocument(pdf)) == 2
    for page in range(2):
        assert_reads_back(qr_texts(pdf, page, 3.0), sheet.channel, 1)
        assert str(sheet.first_number + page) in page_text(pdf, page)


def test_the_demo_report_renders_as_pdf_and_xlsx_without_a_phone_number(demo):
    services, activity = demo
    data = services.activities.printouts.report(activity.id)
    assert data.participants > 100 and len(data.channels) == 3 and data.budget
    pdf = activity_report_pdf(data)
    text = "\n".join(page_text(pdf, i) for i in range(len(pdfium.PdfDocument(pdf))))
    assert activity.name in text and not MOBILE.search(text)
    sheets = read_xlsx(activity_report_xlsx(data))
    assert sheets and not any(MOBILE.search(str(cell)) for rows in sheets.values() for row in rows for cell in row)


def _head(services):
    from branchdesk.services.demo import DEMO_ACCOUNTS
    from branchdesk.services.roles import Role

    account = next(a for a in DEMO_ACCOUNTS if a.role is Role.BRANCH_HEAD)
    return services.staff.sign_in(account.username, account.secret)
