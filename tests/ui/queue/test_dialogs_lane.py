"""The queue's dialogs read and write on the database lane: the GUI thread never waits, OK waits while the
write runs (a double press writes once), and a refused write shows in the dialog and changes nothing."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from branchdesk.ui.ops import lanes
from branchdesk.services.queue.printer import SYSTEM, PrinterSetup
from branchdesk.ui.queue.printing import ESCPOS_KEY
from tests.ui.queue.test_queue_page import opened, queue_page, save
from tests.ui.texts import error, ui
from tests.ui.lanes import block_lane, record_threads, settle


def serving(services, admin, qtbot, business="savings"):
    services.queue.open_window(admin, 1)
    services.queue.issue(business)
    page = queue_page(services, admin, qtbot)
    page.counter.call_next()
    settle(qtbot)
    page.counter.start()
    settle(qtbot)
    return page


def test_finish_reads_and_writes_off_the_gui_thread_and_a_double_press_writes_once(
        services, admin, monkeypatch, qtbot):
    page = serving(services, admin, qtbot)
    reads = record_threads(monkeypatch, services.queue, "businesses")
    writes = record_threads(monkeypatch, services.queue, "finish")
    release = block_lane(page)
    dialog = page.counter.finish()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.business.count() == 0  # neutral until the businesses are read
    release.set()
    settle(qtbot)
    assert ok.isEnabled() and dialog.business.currentData() == "savings"
    dialog.amount.setText("800")

    release = block_lane(page)
    assert dialog.save() is not None
    assert dialog.save() is None  # the second press while the first is on its way
    ok.click()
    qtbot.wait(50)  # the GUI thread goes on painting while the lane is held
    assert not ok.isEnabled() and dialog.isVisible() and writes == []
    release.set()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert len(writes) == 1 and services.queue.ticket("B001").status == "done"
    assert all(t is not threading.main_thread() for t in reads + writes) and reads


def test_a_refused_finish_shows_in_the_dialog_changes_nothing_and_can_be_retried(services, admin, qtbot):
    page = serving(services, admin, qtbot)
    dialog = opened(page.counter.finish(), qtbot)
    dialog.amount.setText("很多")
    assert not save(dialog, qtbot)
    assert dialog.isVisible() and dialog.error.text() == error("queue.bad_amount", text="很多")
    assert dialog.error.isVisible() and dialog.rect().contains(dialog.error.geometry())  # in sight
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert services.queue.current(1).status == "serving"
    dialog.amount.setText("800")
    assert save(dialog, qtbot) and dialog.error.text() == ""


def test_pause_transfer_void_and_back_entry_write_off_the_gui_thread(services, admin, monkeypatch, qtbot):
    page = serving(services, admin, qtbot, "mail")
    names = ("transfer", "pause_window", "back_enter")
    threads = {name: record_threads(monkeypatch, services.queue, name) for name in names}
    transfer = opened(page.counter.transfer(), qtbot)
    assert save(transfer, qtbot)
    pause = opened(page.counter.pause_or_resume(), qtbot)
    pause.reason.setCurrentText("午休")
    assert save(pause, qtbot)
    back = opened(page.back_entry(), qtbot)
    back.written_at.setDateTime(dt.datetime(2026, 11, 23, 16, 0))  # yesterday, in opening hours
    assert save(back, qtbot)
    for name in names:
        assert len(threads[name]) == 1 and threads[name][0] is not threading.main_thread(), name


def test_the_printer_dialog_reads_and_saves_on_the_lane(services, admin, monkeypatch, qtbot):
    services.local.set(ESCPOS_KEY, "10.0.0.9:9100")
    page = queue_page(services, admin, qtbot)
    gets = record_threads(monkeypatch, services.local, "get")
    sets = record_threads(monkeypatch, services.printer, "save")
    dialog = opened(page.printer_settings(), qtbot)
    assert dialog.escpos.isChecked() and dialog.target.text() == "10.0.0.9:9100"
    dialog.target.setText(" ")
    assert not save(dialog, qtbot) and sets == []
    dialog.target.setText("")
    assert dialog.error.text() == ui("PrinterDialog", "Enter the receipt printer's address (host:port) or device.")
    dialog.system.setChecked(True)
    dialog.printer_name.setText("HP LaserJet")
    assert save(dialog, qtbot)
    assert services.printer.setup() == PrinterSetup(SYSTEM, "", "HP LaserJet")
    assert gets and sets and all(t is not threading.main_thread() for t in gets[:2] + sets)
    assert lanes().idle()


def test_the_queue_page_is_built_without_reading_on_the_gui_thread(services, admin, monkeypatch, qtbot):
    """The window list, this PC's window and the issuing buttons come with the page's first read."""
    from branchdesk.ui.queue.counter import WINDOW_KEY
    from branchdesk.ui.queue.page import QueuePage

    services.local.set(WINDOW_KEY, "2")
    offered = {s.code for s in services.queue.businesses()}
    threads = [record_threads(monkeypatch, obj, name) for obj, name in (
        (services.queue, "overview"), (services.queue, "businesses"), (services.queue, "windows"),
        (services.local, "get"), (services.branch, "is_set_up"), (services.branch, "settings"))]
    holder = QDialog()
    qtbot.addWidget(holder)
    release = block_lane(holder)
    page = QueuePage(services, admin)
    qtbot.addWidget(page)
    assert not page.counter.window_choice.isEnabled() and page.counter.window_number() is None
    assert page.issue_panel.buttons == {}  # neutral until the first read lands
    release.set()
    settle(qtbot)
    assert page.counter.window_number() == 2 and page.counter.window_choice.isEnabled()
    assert set(page.issue_panel.buttons) == offered
    assert threads[0], "the overview was read"
    assert all(t is not threading.main_thread() for calls in threads for t in calls)

    page.show()
    services.queue_settings.save_window(admin, 4, "4号窗口", ["mail"])  # the page follows, keeping window 2
    settle(qtbot)
    assert page.counter.window_choice.count() == 4 and page.counter.window_number() == 2


def test_closing_the_kiosk_checks_the_staff_member_off_the_gui_thread(services, admin, monkeypatch, qtbot):
    from tests.conftest import ADMIN_PASSWORD

    page = queue_page(services, admin, qtbot)
    page.open_kiosk(confirmed=True)
    settle(qtbot)
    kiosk = page.kiosk
    sign_ins = record_threads(monkeypatch, services.staff, "sign_in")
    unlock = kiosk.ask_to_close()
    unlock.secret.setText(ADMIN_PASSWORD)
    release = block_lane(unlock)
    assert unlock.check() is not None and unlock.check() is None  # a double press checks once
    assert not unlock.ok_button().isEnabled()
    release.set()
    settle(qtbot)
    assert page.kiosk is None
    assert len(sign_ins) == 1 and sign_ins[0] is not threading.main_thread()
