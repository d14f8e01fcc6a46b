"""What the queue page explains (issue 8, items 9 and 11): the kiosk on the only screen, the armed priority
button, the last customer's time under the next ticket, and the screens by their number."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from branchdesk.ui.queue.dialogs import FinishDialog
from tests.ui.lanes import settle
from tests.ui.queue.test_queue_page import opened, queue_page, save
from tests.ui.texts import ui


def test_the_kiosk_asks_first_on_a_one_screen_pc_and_its_opener_is_offered_to_close_it(services, admin, qtbot):
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform: one screen, as on most counters
    page = queue_page(services, admin, qtbot)
    page.kiosk_button.click()
    settle(qtbot)
    warning = page.kiosk_warning
    assert warning is not None and warning.isVisible() and page.kiosk is None  # nothing covers the screen yet
    assert admin.full_name in warning.text()
    warning.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot)
    assert page.kiosk is None

    page.kiosk_button.click()
    page.kiosk_warning.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.kiosk is not None, timeout=10000)  # audited on the database lane
    unlock = page.kiosk.ask_to_close()
    qtbot.addWidget(unlock)
    assert unlock.username.text() == admin.username  # whoever opened it signs in to close it
    page.hall.close_all()


def test_the_screen_choice_names_screens_by_number_and_size_in_chinese(services, admin, qtbot):
    page = queue_page(services, admin, qtbot)
    screen = QGuiApplication.screens()[0]
    size = screen.size()
    assert page.screen_choice.itemText(0) == ui("HallDevices", "Screen {number} ({width}×{height})", number=1,
                                                width=size.width(), height=size.height())
    stats = page.main_window_for_test.show_area("queue_stats")
    assert stats.screen_choice.itemText(0) == page.screen_choice.itemText(0)


def test_the_armed_priority_button_says_what_it_waits_for(services, admin, qtbot):
    page = queue_page(services, admin, qtbot)
    panel = page.issue_panel
    armed = ui("IssuePanel", "Priority is on: now press the customer's business to issue a priority ticket "
                             "(press Priority again to cancel)")
    panel.priority.click()
    assert panel.result.text() == armed and panel.result.isVisible()
    panel.priority.click()
    assert panel.result.text() == ""
    panel.priority.click()
    panel.issue("mail")
    settle(qtbot)
    assert services.queue.ticket("A001").priority and panel.result.text().startswith("A001")


def test_the_last_customers_time_goes_when_the_next_one_is_called(services, admin, qtbot):
    services.queue.open_window(admin, 1)
    for _ in range(2):
        services.queue.issue("mail")
    page = queue_page(services, admin, qtbot)
    counter = page.counter
    counter.call_next()
    settle(qtbot)
    counter.start()
    settle(qtbot)
    dialog = opened(counter.finish(), qtbot)
    assert isinstance(dialog, FinishDialog) and save(dialog, qtbot)
    settle(qtbot)
    assert "A001" in counter.outcome_label.text()  # shown while the window is free
    counter.call_next()
    settle(qtbot)
    assert counter.code_label.text() == "A002"
    assert counter.outcome_label.text() == ""  # not under the next ticket
