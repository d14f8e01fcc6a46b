"""Printing from the 活动 page (issue 10, items 2, 4, 7): the chosen channel's poster saved as a PDF whose QR
is that channel's; sign-in sheets numbered and recorded; the summary report exported as PDF and .xlsx;
printing goes to the system printer; everything drawn off the GUI thread; a refusal shown translated."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from sqlalchemy import select

from branchdesk.printing.faults import PrintFailed
from branchdesk.store.models import ActivitySheet
from branchdesk.ui.activities import printouts_ui
from branchdesk.ui.activities.printouts_ui import Destination
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.main_window import MainWindow
from tests.printing.pdfcheck import page_text, render
from tests.printing.xlsxread import read_xlsx
from tests.ui.lanes import off_gui, record_threads, settle
from tests.ui.texts import error, ui


@pytest.fixture
def page(demo_services, qtbot):
    actor = demo_services.staff.sign_in("liqiang", "2468")
    window = MainWindow(demo_services, actor)
    qtbot.addWidget(window)
    window.show()
    shown = window.show_area("activities")
    settle(qtbot)
    return shown


def choose_channel(page, row: int):
    tab = page.channels_tab
    page.tabs.setCurrentWidget(tab)
    tab.table.selectRow(row)
    return tab.printouts, page.data.channels[row]


def test_the_buttons_wait_for_a_channel(page):
    printouts = page.channels_tab.printouts
    assert not any(b.isEnabled() for b in printouts.buttons.values())
    choose_channel(page, 0)
    assert all(b.isEnabled() for b in printouts.buttons.values())


@pytest.mark.parametrize("kind, count, scale", [("a4", 1, 2.0), ("tearoff", 8, 3.0)])
def test_a_channel_poster_saved_as_pdf_carries_its_code(page, qtbot, tmp_path, monkeypatch, kind, count, scale):
    printouts, channel = choose_channel(page, 1)
    draws = record_threads(monkeypatch, printouts_ui, "draw")
    out = tmp_path / "poster.pdf"
    monkeypatch.setattr(printouts, "ask", lambda _kind, _name: Destination(path=out))
    printouts.buttons[kind].click()
    settle(qtbot)
    assert off_gui(draws)
    found = zxingcpp.read_barcodes(render(out.read_bytes(), scale, 0), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [channel.code] * count
    assert str(out) in printouts.outcome.text() or out.name in printouts.outcome.text()


def test_sign_in_sheets_are_numbered_and_cancelling_records_nothing(page, qtbot, tmp_path, monkeypatch,
                                                                     demo_services):
    printouts, channel = choose_channel(page, 0)
    monkeypatch.setattr(printouts, "ask", lambda _kind, _name: None)
    printouts.buttons["sheet"].click()
    settle(qtbot)
    with demo_services.db.reading() as s:
        assert s.scalars(select(ActivitySheet.number)).all() == []
    out = tmp_path / "sheets.pdf"
    monkeypatch.setattr(printouts, "ask", lambda _kind, _name: Destination(path=out))
    printouts.pages.setValue(3)
    printouts.buttons["sheet"].click()
    settle(qtbot)
    with demo_services.db.reading() as s:
        assert sorted(s.scalars(select(ActivitySheet.number)).all()) == [1, 2, 3]
    assert "3" in page_text(out.read_bytes(), 2) and channel.code in page_text(out.read_bytes(), 0)


def test_printing_goes_to_the_chosen_printer_and_a_failure_is_said(page, qtbot, monkeypatch):
    printouts, _ = choose_channel(page, 0)
    sent: list[tuple[bytes, str | None, int]] = []
    monkeypatch.setattr(printouts_ui, "deliver", lambda pdf, where, title: sent.append(
        (pdf[:4], where.printer, where.copies)))
    monkeypatch.setattr(printouts, "ask", lambda _kind, _name: Destination(printer="Front desk", copies=2))
    printouts.buttons["flyer"].click()
    settle(qtbot)
    assert sent == [(b"%PDF", "Front desk", 2)]
    assert printouts.outcome.text() == ui("ChannelPrintouts", "Sent to the printer. Check that every page came out.")

    def broken(*_args):
        raise PrintFailed("print.no_default")
    monkeypatch.setattr(printouts_ui, "deliver", broken)
    printouts.buttons["a3"].click()
    settle(qtbot)
    assert printouts.outcome.text() == tr_error(PrintFailed("print.no_default"))
    assert "打印机" in printouts.outcome.text()  # the reason in Chinese, what to do included
    assert all(b.isEnabled() for b in printouts.buttons.values())  # ready to try again


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_the_summary_report_is_exported(page, qtbot, tmp_path, monkeypatch, suffix):
    review = page.review_tab
    page.tabs.setCurrentWidget(review)
    out = tmp_path / f"report{suffix}"
    monkeypatch.setattr(review.report, "ask_path", lambda _name: out)
    review.report.button.click()
    settle(qtbot)
    data = out.read_bytes()
    if suffix == ".pdf":
        assert page.data.detail.name in page_text(data).replace("\n", "")
    else:
        assert read_xlsx(data)
    assert review.report.button.isEnabled()


def test_a_file_that_cannot_be_written_is_said_and_translated(page, qtbot, monkeypatch):
    review = page.review_tab
    out = Path("/nonexistent-folder/report.pdf")
    monkeypatch.setattr(review.report, "ask_path", lambda _name: out)
    review.report.button.click()
    settle(qtbot)
    assert review.report.outcome.text() == error("export.no_folder", path=str(out))


def test_the_print_dialogs_print_to_file_saves_the_pdf_there(page, qtbot, tmp_path, monkeypatch):
    """On a PC without a printer, Qt's print dialog offers "print to file (PDF)": that file is written,
    rather than a job sent to a default printer that does not exist."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printouts, channel = choose_channel(page, 2)
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    where = printouts.ask_printer()
    assert where == Destination(path=out)
    printouts.run("a4", where)
    settle(qtbot)
    assert channel.code in page_text(out.read_bytes())
