"""Ticket printing as the staff and the customers meet it: why a print failed (translated, kept with
the ticket), the failure list, the printer dialog's checks and test print, no ticket printer, and
Qt's printing (Windows' path), on real SQLite, real sockets and a real missing print command."""

from __future__ import annotations

import datetime as dt
import threading
from functools import partial

import pytest
from PySide6.QtWidgets import QDialog

from branchdesk.printing.faults import PrintFailed, PrintFault
from branchdesk.printing.ticket import QueueTicket, ticket_pdf
from branchdesk.services import Services
from branchdesk.services.queue.printer import NO_PRINTER, RECEIPT, SYSTEM, PrinterSetup
from branchdesk.ui import i18n
from branchdesk.ui.queue import printing
from branchdesk.ui.queue.kiosk import KioskWindow, REMEMBER
from branchdesk.ui.queue.qt_print import print_pdf_qt
from tests.printing.pdfcheck import decode_qr, page_size_mm
from tests.ui.lanes import settle
from tests.ui.queue.test_queue_page import queue_page
from tests.ui.texts import ui


def reason_of(fault: PrintFault) -> str:
    return i18n.tr_error(fault.error())


def test_why_a_print_failed_survives_a_restart_and_follows_a_language_switch(services, clerk, closed_port, qtbot):
    services.printer.save(clerk, PrinterSetup(RECEIPT, closed_port))
    page = queue_page(services, clerk, qtbot)
    page.issue_panel.issue("mail")
    refused = PrintFault("print.refused", {"target": closed_port})
    qtbot.waitUntil(lambda: page.problems.table.rowCount() == 1 and bool(page.problems.table.item(0, 2).text()),
                    timeout=10000)
    shown = page.problems.table.item(0, 2).text()
    assert shown == reason_of(refused) and "拒绝连接" in shown and "refused" not in shown
    assert reason_of(refused) in page.problems.reason.text()  # in full below the table
    page.main_window_for_test.close()

    restarted = Services.build(services.db, services.clock)  # a restart, or the next person signing in
    page = queue_page(restarted, clerk, qtbot)
    qtbot.waitUntil(lambda: page.problems.table.rowCount() == 1 and page.problems.table.item(0, 2).text() == shown)
    page.main_window_for_test.close()

    i18n.install_translators("en")
    page = queue_page(restarted, clerk, qtbot)
    english = ("The receipt printer at {target} refused the connection. Check that it is switched on and that the "
               "address is right, then reprint.").format(target=closed_port)
    qtbot.waitUntil(lambda: page.problems.table.rowCount() == 1
                    and page.problems.table.item(0, 2).text() == english)


def test_no_print_command_is_reported_in_chinese_with_what_to_do(services, clerk, monkeypatch, tmp_path, qtbot):
    monkeypatch.setenv("PATH", str(tmp_path))  # neither lp nor lpr: a PC without CUPS
    monkeypatch.setattr(printing, "USE_QT_PRINTING", False)
    services.printer.save(clerk, PrinterSetup(SYSTEM))
    page = queue_page(services, clerk, qtbot)
    page.issue_panel.issue("mail")
    qtbot.waitUntil(lambda: page.problems.table.rowCount() == 1 and bool(page.problems.table.item(0, 2).text()),
                    timeout=10000)
    text = page.problems.table.item(0, 2).text()
    assert text == reason_of(PrintFault("print.no_command")) and "打印机…" in text
    assert "the default printer" not in text and "No such file" not in text


def test_every_failure_is_listed_and_reachable_and_all_can_be_reprinted(services, clerk, closed_port, printer,
                                                                        qtbot):
    tickets = [services.queue.issue("mail") for _ in range(7)]
    for ticket in tickets:
        services.queue.record_print(ticket.id, False, PrintFault("print.refused", {"target": closed_port}))
    page = queue_page(services, clerk, qtbot)
    table = page.problems.table
    qtbot.waitUntil(lambda: table.rowCount() == 7)
    row_height = table.rowHeight(0)
    assert table.viewport().height() >= 5 * row_height  # five at a glance, not two
    last = table.item(6, 0)
    table.scrollToItem(last)
    assert table.viewport().rect().contains(table.visualItemRect(last))  # the rest scroll into view

    services.printer.save(clerk, PrinterSetup(RECEIPT, printer.target))
    page.problems.reprint_all_button.click()
    qtbot.waitUntil(lambda: services.queue.print_failures() == [], timeout=15000)
    qtbot.waitUntil(lambda: len(printer.jobs) == 7)
    assert sorted(job[job.find(b"A0"):job.find(b"A0") + 4] for job in printer.jobs) == [t.code.encode()
                                                                                      for t in tickets]


def test_the_printer_dialog_refuses_an_address_that_is_no_printer(services, admin, qtbot):
    services.printer.save(admin, PrinterSetup(RECEIPT, "192.168.1.50:9100"))
    page = queue_page(services, admin, qtbot)
    dialog = page.printer_settings()
    settle(qtbot)
    assert dialog.escpos.isChecked() and dialog.target.text() == "192.168.1.50:9100"
    dialog.target.setText("abc:99999999")
    dialog.save()
    settle(qtbot)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == i18n.tr_error(PrintFault("print.bad_address", {"target": "abc:99999999"}).error())
    assert "65535" in dialog.error.text()
    assert services.printer.setup().escpos == "192.168.1.50:9100"  # unchanged


def test_a_test_print_reaches_the_printer_or_says_why_not(services, admin, printer, closed_port, qtbot):
    page = queue_page(services, admin, qtbot)
    dialog = page.printer_settings()
    settle(qtbot)
    dialog.escpos.setChecked(True)
    dialog.target.setText(printer.target)
    dialog.test_print()
    qtbot.waitUntil(lambda: dialog.testing is None, timeout=10000)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    assert "Test print".encode() in printer.jobs[0]
    assert dialog.test_result.text() == ui("PrinterDialog",
                                           "The test ticket was sent to the printer. Check that it came out.")

    dialog.target.setText(closed_port)
    dialog.test_print()
    qtbot.waitUntil(lambda: dialog.testing is None, timeout=10000)
    assert dialog.test_result.text() == reason_of(PrintFault("print.refused", {"target": closed_port}))
    assert services.printer.setup().mode == SYSTEM  # a test saves nothing
    assert services.queue.print_failures() == []  # nor is it a ticket

    dialog.none.setChecked(True)
    assert not dialog.test_button.isEnabled()
    dialog.save()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.printer.setup().mode == NO_PRINTER


def test_without_a_ticket_printer_the_kiosk_shows_the_number_and_nothing_goes_red(services, admin, clock, qtbot):
    services.printer.save(admin, PrinterSetup(NO_PRINTER))
    page = queue_page(services, admin, qtbot)
    page.open_kiosk(confirmed=True)
    settle(qtbot)
    kiosk = page.kiosk
    kiosk.business_buttons["mail"].click()
    settle(qtbot)
    assert kiosk.stack.currentIndex() == 1 and kiosk.number.text() == "A001"
    remember = ui("KioskWindow", REMEMBER) + "\n" + str(REMEMBER)
    assert kiosk.print_line.text() == remember
    assert kiosk.back_timer.remainingTime() > KioskWindow.RESULT_MS  # long enough to remember the number
    qtbot.waitUntil(lambda: not page.printer.busy(), timeout=10000)
    settle(qtbot)
    assert kiosk.print_line.text() == remember and "#b71c1c" not in kiosk.print_line.styleSheet()
    clock.advance(seconds=600)  # well past the grace for a print that never reported
    assert services.queue.print_failures() == []
    page.issue_panel.issue("mail")
    qtbot.waitUntil(lambda: "A002" in page.issue_panel.result.text()
                    and ui("IssuePanel", "no ticket printer: tell the customer the number")
                    in page.issue_panel.result.text(), timeout=10000)
    assert page.issue_panel.result.property("role") != "error"
    page.refresh()
    settle(qtbot)
    assert not page.problems.isVisible()
    kiosk.force_close()
    settle(qtbot)


def sample() -> QueueTicket:
    return QueueTicket(
        branch_name="青山镇邮政支局", business_zh="邮件包裹", business_en="Mail and parcels", number="A012",
        issued_at=dt.datetime(2026, 11, 30, 9, 5, tzinfo=dt.timezone.utc), people_ahead=3, wait_range=(5, 10),
        priority=False, qr_payload="BD1:20261130:A012", qr_note_zh="过号", qr_note_en="Missed",
    )


def on_a_worker_thread(fn) -> None:
    """Run `fn` as the printing lane does: off the GUI thread; its exception comes back here."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 (handed to the test)
            caught.append(exc)
    worker = threading.Thread(target=run)
    worker.start()
    worker.join(30)
    if caught:
        raise caught[0]


def test_qt_printing_prints_the_whole_ticket(tmp_path):
    """Windows' path: the ticket PDF painted onto a QPrinter; here the QPrinter writes a PDF file."""
    out = tmp_path / "printed.pdf"
    on_a_worker_thread(lambda: print_pdf_qt(ticket_pdf(sample()), output_file=str(out)))
    printed = out.read_bytes()
    assert page_size_mm(printed) == pytest.approx(page_size_mm(ticket_pdf(sample())), abs=1)
    assert decode_qr(printed) == [b"BD1:20261130:A012"]  # drawn sharp enough for the counter's scanner


def test_qt_printing_on_a_printer_that_is_not_installed_says_so(tmp_path):
    with pytest.raises(PrintFailed) as caught:
        on_a_worker_thread(lambda: print_pdf_qt(ticket_pdf(sample()), "No Such Printer 42"))
    assert caught.value.code == "print.no_printer"
    assert caught.value.fault.params == {"printer": "No Such Printer 42"}


def test_the_system_printer_goes_through_qt_where_qt_prints(services, admin, monkeypatch, tmp_path):
    out = tmp_path / "ticket.pdf"
    monkeypatch.setattr(printing, "USE_QT_PRINTING", True)  # as on Windows
    monkeypatch.setattr(printing, "print_pdf_qt", partial(print_pdf_qt, output_file=str(out)))
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp or lpr either: Qt does not need them
    on_a_worker_thread(lambda: printing.send_ticket(sample(), PrinterSetup(SYSTEM, "", "")))
    assert decode_qr(out.read_bytes()) == [b"BD1:20261130:A012"]
