"""The queue page, its dialogs, background printing and the kiosk, on real SQLite and real sockets."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import Ticket
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.queue.counter import WINDOW_KEY
from branchdesk.ui.queue.kiosk import PRINT_FAILED
from branchdesk.ui.queue.printing import ESCPOS_KEY
from branchdesk.ui.queue.wait_words import NEXT_RIGHT_AWAY, NO_WINDOW_OPEN
from tests.conftest import ADMIN_PASSWORD, SHANGHAI
from tests.ui.texts import error, ui
from tests.ui.lanes import settle


def queue_page(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("queue")
    page.main_window_for_test = window  # the page alone does not keep its window alive
    settle(qtbot)
    return page


def save(dialog, qtbot) -> bool:
    """Press OK: the dialog writes on the database lane; True once it closed, accepted."""
    dialog.save()
    settle(qtbot)
    return dialog.result() == QDialog.DialogCode.Accepted


def opened(dialog, qtbot):
    """A dialog reads what it offers on the database lane: wait until it has landed."""
    settle(qtbot)
    return dialog


def wait_printed(page, qtbot):
    qtbot.waitUntil(lambda: not page.printer.busy(), timeout=10000)


def test_clerk_issues_calls_starts_and_finishes_with_the_norm_shown(services, clerk, clock, printer, qtbot):
    services.local.set(ESCPOS_KEY, printer.target)
    page = queue_page(services, clerk, qtbot)
    counter = page.counter
    assert counter.window_number() == 1 and services.local.get(WINDOW_KEY) is None
    counter.select_window(2)
    settle(qtbot)
    assert services.local.get(WINDOW_KEY) == "2"
    assert not counter.call_button.isEnabled()  # the window is closed
    counter.open_button.click()
    settle(qtbot)
    assert services.queue.windows()[1].state == "open"
    assert counter.call_button.isEnabled() and not counter.finish_button.isEnabled()
    assert page.policy_label.text() == ui("CounterPanel", "Call order: priority tickets always first")

    page.issue_panel.issue("savings")
    settle(qtbot)
    ticket = page.issue_panel.last
    assert [t.code for t in services.queue.waiting()] == ["B001"] == [ticket.code]
    wait_printed(page, qtbot)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    assert b"B001" in printer.jobs[0]
    assert services.queue.print_failures() == []
    assert "B001" in page.issue_panel.result.text() and ui("IssuePanel", "printed") in page.issue_panel.result.text()
    assert ui("WaitWords", NEXT_RIGHT_AWAY) in page.issue_panel.result.text()  # window 2 is open and free
    assert "马上就到您".encode("gb18030") in printer.jobs[0]
    assert page.waiting_table.item(1, 1).text() == "1"

    counter.call_button.click()
    settle(qtbot)
    assert counter.code_label.text() == "B001"
    assert counter.start_button.isEnabled() and not counter.no_show_button.isEnabled()
    counter.start_button.click()
    settle(qtbot)
    assert services.queue.current(2).status == "serving"
    clock.advance(minutes=7)
    dialog = opened(counter.finish(), qtbot)
    assert dialog.business.currentData() == "savings" and dialog.amount.isVisibleTo(dialog)
    assert not dialog.units.isVisibleTo(dialog)
    dialog.amount.setText("25,000")
    assert save(dialog, qtbot)
    settle(qtbot)
    done = services.queue.ticket("B001")
    assert (done.status, done.norm_minutes, done.overrun) == ("done", 6, True)
    assert counter.outcome_label.text() == "\n".join([
        ui("CounterPanel", "{code} finished in {served} min: OVER the norm of {norm} min", code="B001", served=7, norm=6),
        ui("CounterPanel", "Amount recorded: ¥{amount}", amount="25,000.00")])
    assert "#b00020" in counter.outcome_label.styleSheet()
    assert counter.code_label.text() == "—" and counter.call_button.isEnabled()


def test_an_amount_that_is_not_a_number_keeps_the_customer_being_served(services, admin, printer, qtbot):
    services.local.set(ESCPOS_KEY, printer.target)
    services.queue.open_window(admin, 1)
    services.queue.issue("remittance")
    page = queue_page(services, admin, qtbot)
    page.counter.call_next()
    settle(qtbot)
    page.counter.start()
    settle(qtbot)
    dialog = opened(page.counter.finish(), qtbot)
    dialog.amount.setText("一万块")
    assert not save(dialog, qtbot)
    assert dialog.error.text() == error("queue.bad_amount", text="一万块")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.queue.current(1).status == "serving"
    assert page.counter.finish_button.isEnabled()
    dialog.amount.setText("800")
    assert save(dialog, qtbot)
    settle(qtbot)
    assert services.queue.ticket("C001").norm_minutes == 6


def test_a_scanned_unknown_code_shows_an_error_and_changes_nothing(services, admin, printer, qtbot):
    services.local.set(ESCPOS_KEY, printer.target)
    services.queue.open_window(admin, 1)
    services.queue.issue("mail")
    settle(qtbot)
    page = queue_page(services, admin, qtbot)
    qtbot.keyClicks(page.counter.code_input, "z999")
    qtbot.keyClick(page.counter.code_input, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.counter.message.text() == error("queue.unknown_ticket", code="Z999")
    assert page.counter.message.property("role") == "error"
    assert page.counter.code_input.text() == ""
    assert services.queue.current(1) is None
    assert [t.status for t in services.queue.waiting()] == ["waiting"]

    qtbot.keyClicks(page.counter.code_input, "a001")
    qtbot.keyClick(page.counter.code_input, Qt.Key.Key_Return)
    settle(qtbot)
    assert services.queue.current(1).code == "A001"
    assert page.counter.code_label.text() == "A001"


def test_a_call_on_a_closed_window_is_refused(services, admin, printer, qtbot):
    services.local.set(ESCPOS_KEY, printer.target)
    services.queue.issue("mail")
    settle(qtbot)
    page = queue_page(services, admin, qtbot)
    assert not page.counter.call_button.isEnabled()
    page.counter.code_input.setText("A001")
    page.counter.call_code()
    settle(qtbot)
    assert page.counter.message.text() == error("queue.window_not_open", number=1)
    assert services.queue.ticket("A001").status == "waiting"


def test_recall_no_show_hold_pause_and_resume(services, admin, printer, qtbot):
    services.local.set(ESCPOS_KEY, printer.target)
    services.queue.open_window(admin, 1)
    for _ in range(2):
        services.queue.issue("mail")
        settle(qtbot)
    page = queue_page(services, admin, qtbot)
    counter = page.counter
    counter.call_next()
    settle(qtbot)
    assert not counter.no_show_button.isEnabled()
    counter.recall_button.click()
    settle(qtbot)
    assert counter.no_show_button.isEnabled()
    counter.no_show_button.click()
    settle(qtbot)
    assert services.queue.ticket("A001").status == "no_show"
    counter.call_next()
    settle(qtbot)
    counter.hold_button.click()
    settle(qtbot)
    assert services.queue.ticket("A002").status == "held"
    assert counter.pause_button.isEnabled()
    pause = opened(counter.pause_or_resume(), qtbot)
    assert not save(pause, qtbot)  # no reason given
    assert services.queue.windows()[0].state == "open"
    pause.reason.setCurrentText("交接款")
    assert save(pause, qtbot)
    settle(qtbot)
    assert counter.window_state.text() == ui("CounterPanel", "Paused: {reason}", reason="交接款")
    assert not counter.call_button.isEnabled() and counter.pause_button.text() == ui("CounterPanel", "Resume")
    counter.pause_button.click()
    settle(qtbot)
    assert services.queue.windows()[0].state == "open"


def test_held_tickets_are_listed_and_called_back_from_the_list(services, admin, printer, qtbot):
    services.local.set(ESCPOS_KEY, printer.target)
    services.queue.open_window(admin, 1)
    for _ in range(3):
        services.queue.issue("savings")
    page = queue_page(services, admin, qtbot)
    assert page.held_box.isHidden()
    for _ in range(2):  # B001 and B002 step aside to fill in forms
        page.counter.call_next()
        settle(qtbot)
        page.counter.hold_button.click()
        settle(qtbot)
    assert not page.held_box.isHidden()
    assert [page.held_table.item(row, 0).text() for row in range(page.held_table.rowCount())] == ["B001", "B002"]
    page.held_table.selectRow(1)
    page.call_back_button.click()
    settle(qtbot)
    assert services.queue.current(1).code == "B002"
    assert [t.code for t in services.queue.held()] == ["B001"]
    assert page.held_table.rowCount() == 1 and page.held_table.item(0, 0).text() == "B001"
    page.call_back_held(0)  # the window is busy with B002: refused, nothing changes
    settle(qtbot)
    assert page.counter.message.property("role") == "error" and page.counter.message.text()
    assert services.queue.ticket("B001").status == "held"


def test_a_failed_print_is_listed_and_a_reprint_clears_it(services, clerk, closed_port, printer, qtbot):
    services.local.set(ESCPOS_KEY, closed_port)
    page = queue_page(services, clerk, qtbot)
    page.issue_panel.issue("mail")
    settle(qtbot)
    ticket = page.issue_panel.last
    qtbot.waitUntil(lambda: services.queue.print_failures() != [], timeout=10000)
    wait_printed(page, qtbot)
    assert [t.code for t in services.queue.print_failures()] == [ticket.code]
    assert page.problems.isVisible() and page.problems.table.rowCount() == 1
    assert page.problems.table.item(0, 0).text() == "A001"
    assert closed_port in page.problems.table.item(0, 2).text()
    assert ui("IssuePanel", "PRINTING FAILED, see below") in page.issue_panel.result.text()
    assert services.queue.ticket("A001").status == "waiting"  # kept, flagged, not lost

    services.local.set(ESCPOS_KEY, printer.target)
    page.problems.reprint_button.click()
    qtbot.waitUntil(lambda: services.queue.print_failures() == [], timeout=10000)
    qtbot.waitUntil(lambda: page.problems.table.rowCount() == 0)
    assert b"A001" in printer.jobs[0]
    assert not page.problems.isVisible()


def test_a_print_outcome_the_database_would_not_take_is_recorded_later(services, clerk, closed_port, qtbot):
    """Another program holds the write lock past the busy timeout: the failed print is kept and retried."""
    page = queue_page(services, clerk, qtbot)
    ticket = services.queue.issue("mail")
    services.local.set(ESCPOS_KEY, closed_port)
    page.printer.retry_timer.setInterval(100)
    blocker = sqlite3.connect(services.db.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # a real lock, held past the 5 s busy timeout
    try:
        page.printer.print_ticket(ticket)
        qtbot.waitUntil(lambda: ticket.id in page.printer.unrecorded, timeout=20000)
        assert services.queue.ticket("A001").print_status == "none"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with qtbot.waitSignal(page.printer.recorded_late, timeout=10000):
        pass
    settle(qtbot)  # the page reads the queue again when the record is announced
    assert services.queue.ticket("A001").print_status == "failed"
    assert not page.printer.unrecorded and not page.printer.retry_timer.isActive()
    assert page.problems.table.rowCount() == 1 and page.problems.table.item(0, 0).text() == "A001"


def test_the_printed_qr_calls_the_ticket_back_at_the_window(services, admin, qtbot):
    """What a counter scanner reads off the printed ticket, typed into the number field, calls that ticket."""
    from branchdesk.printing.ticket import ticket_pdf
    from branchdesk.ui.queue.printing import queue_ticket
    from tests.printing.pdfcheck import decode_qr, page_text

    services.queue.open_window(admin, 1)
    info = services.queue.issue("savings")
    pdf = ticket_pdf(queue_ticket(services, info))
    (scanned,) = decode_qr(pdf)
    assert "凭此码在窗口重新叫号" in page_text(pdf)
    page = queue_page(services, admin, qtbot)
    qtbot.keyClicks(page.counter.code_input, scanned.decode())
    qtbot.keyClick(page.counter.code_input, Qt.Key.Key_Return)
    settle(qtbot)
    assert services.queue.current(1).code == info.code == "B001"


def test_a_ticket_that_never_printed_can_be_cancelled_with_a_reason(services, clerk, closed_port, qtbot):
    services.local.set(ESCPOS_KEY, closed_port)
    page = queue_page(services, clerk, qtbot)
    page.issue_panel.issue("philately")
    settle(qtbot)
    qtbot.waitUntil(lambda: page.problems.table.rowCount() == 1, timeout=10000)
    dialog = opened(page.problems.void(), qtbot)
    dialog.reason.setText("  ")
    assert not save(dialog, qtbot) and dialog.error.text()
    dialog.reason.setText("顾客已离开")
    assert save(dialog, qtbot)
    settle(qtbot)
    assert services.queue.ticket("D001").status == "void"
    assert page.problems.table.rowCount() == 0


def test_the_kiosk_issues_a_priority_ticket_and_reports_a_failed_print(services, admin, closed_port, qtbot):
    services.local.set(ESCPOS_KEY, closed_port)
    page = queue_page(services, admin, qtbot)
    page.open_kiosk(confirmed=True)
    settle(qtbot)  # the permission and the audit, then the businesses, on the database lane
    kiosk = page.kiosk
    assert kiosk.isFullScreen() and kiosk.stack.currentIndex() == 0
    assert kiosk.business_buttons["mail"].big.text() == "邮件包裹"
    assert kiosk.business_buttons["mail"].small.text() == "Mail and parcels"
    kiosk.priority.click()
    kiosk.business_buttons["mail"].click()
    settle(qtbot)
    ticket = services.queue.ticket("A001")
    assert ticket.priority and ticket.status == "waiting"
    assert kiosk.stack.currentIndex() == 1 and kiosk.number.text() == "A001"
    assert not kiosk.priority.isChecked()  # the next customer starts from normal
    # No window is open: the kiosk says so rather than a number, Chinese then English.
    assert kiosk.wait_line.text() == ui("WaitWords", NO_WINDOW_OPEN) + "\n" + NO_WINDOW_OPEN
    qtbot.waitUntil(lambda: "打印失败" in kiosk.print_line.text(), timeout=10000)
    assert kiosk.print_line.text() == ui("KioskWindow", PRINT_FAILED) + "\n" + PRINT_FAILED  # Chinese, then English
    qtbot.waitUntil(lambda: page.problems.table.rowCount() == 1)
    kiosk.show_choices()

    kiosk.close()  # a customer's Alt+F4 does nothing
    assert kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    unlock = kiosk.findChild(QDialog)
    unlock.secret.setText("wrong-pass")
    assert not save(unlock, qtbot) and kiosk.isVisible()
    services.staff.create(admin, NewStaff("lina", "李娜", Role.CLERK, "2468"))
    unlock.username.setText("lina")
    unlock.secret.setText("2468")
    assert not save(unlock, qtbot) and unlock.secret.text() == ""
    assert unlock.error.text() == ui("StaffUnlockDialog",
                                     "Only whoever opened the kiosk, or a duty manager or above, can close it.")
    unlock.username.setText("admin")
    unlock.secret.setText(ADMIN_PASSWORD)
    unlock.check()
    settle(qtbot)
    assert page.kiosk is None  # the kiosk closed, its dialog with it


def test_clerks_do_not_get_the_kiosk_button(services, clerk, qtbot):
    page = queue_page(services, clerk, qtbot)
    assert page.kiosk_button.isHidden()


def test_back_entry_records_a_paper_ticket(services, admin, qtbot):
    page = queue_page(services, admin, qtbot)
    dialog = opened(page.back_entry(), qtbot)
    dialog.business.setCurrentIndex(dialog.business.findData("savings"))
    dialog.written_at.setDateTime(dt.datetime(2026, 11, 23, 16, 5))  # yesterday, in opening hours
    dialog.priority.setChecked(True)
    dialog.amount.setText("abc")
    assert not save(dialog, qtbot)
    assert dialog.error.text() == error("queue.bad_amount", text="abc")
    dialog.amount.setText("12000")
    assert save(dialog, qtbot)
    settle(qtbot)
    with services.db.reading() as s:
        rows = s.scalars(select(Ticket)).all()
        assert [(t.code, t.back_entered, t.status, t.priority, t.amount_fen) for t in rows] == [
            ("B001", True, "done", True, 1_200_000)]
        assert rows[0].issued_at.astimezone(SHANGHAI).time() == dt.time(16, 5)
    assert "B001" in page.counter.message.text()


def test_transfer_keeps_the_arrival_and_mail_counts_items(services, admin, clock, printer, qtbot):
    services.local.set(ESCPOS_KEY, printer.target)
    services.queue.open_window(admin, 1)
    first = services.queue.issue("mail")
    page = queue_page(services, admin, qtbot)
    page.counter.call_next()
    settle(qtbot)
    page.counter.start()
    settle(qtbot)
    dialog = opened(page.counter.transfer(), qtbot)
    assert dialog.business.findData("mail") == -1  # not to the business it already has
    dialog.business.setCurrentIndex(dialog.business.findData("remittance"))
    assert save(dialog, qtbot)
    settle(qtbot)
    moved = services.queue.ticket("A001")
    assert (moved.status, moved.business_code, moved.issued_at) == ("waiting", "remittance", first.issued_at)
    assert page.counter.current is None and "汇兑" in page.counter.message.text()

    services.queue.issue("mail")
    settle(qtbot)
    page.counter.code_input.setText("A002")
    page.counter.call_code()
    settle(qtbot)
    page.counter.start()
    settle(qtbot)
    clock.advance(minutes=8)
    finish = opened(page.counter.finish(), qtbot)
    assert finish.units.isVisibleTo(finish) and not finish.amount.isVisibleTo(finish)
    finish.units.setValue(3)
    assert save(finish, qtbot)
    settle(qtbot)
    done = services.queue.ticket("A002")
    assert (done.norm_minutes, done.overrun) == (9, False)
    assert page.counter.outcome_label.text() == ui(
        "CounterPanel", "{code} finished in {served} min, within the norm of {norm} min", code="A002", served=8, norm=9)


def test_a_double_press_issues_and_calls_once(services, admin, printer, qtbot):
    """Steps run on the database lane; while one is on its way the buttons wait, so a second press
    (a double click, an impatient clerk) changes nothing."""
    services.local.set(ESCPOS_KEY, printer.target)
    services.queue.open_window(admin, 1)
    page = queue_page(services, admin, qtbot)
    assert page.issue_panel.issue("mail") is not None
    assert page.issue_panel.issue("mail") is None
    assert not page.issue_panel.buttons["mail"].isEnabled()
    settle(qtbot)
    assert [t.code for t in services.queue.waiting()] == ["A001"]
    assert page.issue_panel.buttons["mail"].isEnabled()
    services.queue.issue("mail")
    settle(qtbot)
    assert page.counter.call_next() is not None
    assert not page.counter.call_button.isEnabled() and page.counter.call_next() is None
    settle(qtbot)
    assert services.queue.current(1).code == "A001"
    assert [t.code for t in services.queue.waiting()] == ["A002"]
    assert page.waiting_table.item(0, 1).text() == "1"
