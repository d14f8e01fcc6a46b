"""The counter from the keyboard (issue 8, item 10): function keys for every step, Enter in the dialogs,
and a scan field that keeps the focus and takes a USB scanner's codes in any case and width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from branchdesk.ui.queue.counter import normalise_code
from branchdesk.ui.queue.dialogs import FinishDialog, TransferDialog
from tests.ui.lanes import settle
from tests.ui.queue.test_queue_page import queue_page
from tests.ui.texts import ui


@pytest.fixture
def counter_page(services, admin, qtbot):
    services.queue.open_window(admin, 1)
    for business in ("mail", "mail", "savings", "savings"):
        services.queue.issue(business)
    page = queue_page(services, admin, qtbot)
    window = page.window()
    window.activateWindow()
    qtbot.waitActive(window)
    return page


def press(page, key, qtbot) -> None:
    window = page.window()
    if QApplication.activeWindow() is not window:  # offscreen, no window manager hands it back after a dialog
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, key)
    settle(qtbot)


def modal_dialog(kind):
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def test_each_step_has_a_function_key_shown_on_its_button(counter_page):
    counter = counter_page.counter
    keys = {counter.call_button: "F1", counter.recall_button: "F2", counter.start_button: "F3",
            counter.finish_button: "F4", counter.no_show_button: "F5", counter.transfer_button: "F6",
            counter.hold_button: "F7"}
    for button, key in keys.items():
        assert button.text().endswith(key), button.text()


def test_function_keys_call_recall_mark_absent_start_finish_and_hold(services, counter_page, qtbot):
    counter = counter_page.counter
    press(counter_page, Qt.Key.Key_F1, qtbot)
    assert services.queue.current(1).code == "A001"
    press(counter_page, Qt.Key.Key_F2, qtbot)
    assert services.queue.current(1).recalls == 1
    press(counter_page, Qt.Key.Key_F5, qtbot)
    assert services.queue.ticket("A001").status == "no_show"

    press(counter_page, Qt.Key.Key_F1, qtbot)
    press(counter_page, Qt.Key.Key_F7, qtbot)
    assert services.queue.ticket("A002").status == "held"

    press(counter_page, Qt.Key.Key_F1, qtbot)
    press(counter_page, Qt.Key.Key_F3, qtbot)
    assert services.queue.current(1).status == "serving"
    press(counter_page, Qt.Key.Key_F4, qtbot)
    finish = modal_dialog(FinishDialog)
    settle(qtbot)
    finish.fields.amount.setText("1000")
    QTest.keyClick(finish, Qt.Key.Key_Return)  # Enter confirms
    settle(qtbot)
    assert services.queue.ticket("B001").status == "done"
    assert counter_page.window().focusWidget() is counter.code_input  # where the focus returns, dialog gone

    press(counter_page, Qt.Key.Key_F1, qtbot)
    assert services.queue.current(1).code == "B002"
    press(counter_page, Qt.Key.Key_F6, qtbot)
    transfer = modal_dialog(TransferDialog)
    settle(qtbot)
    QTest.keyClick(transfer, Qt.Key.Key_Enter)
    settle(qtbot)
    assert services.queue.ticket("B002").business_code != "savings"


def test_a_function_key_does_nothing_while_its_step_does_not_apply(services, counter_page, qtbot):
    press(counter_page, Qt.Key.Key_F3, qtbot)  # nobody called: nothing to start
    assert services.queue.current(1) is None
    press(counter_page, Qt.Key.Key_F1, qtbot)
    press(counter_page, Qt.Key.Key_F5, qtbot)  # not recalled yet: no no-show, and the reason is said
    assert services.queue.ticket("A001").status == "called"
    counter = counter_page.counter
    assert counter.message.text() == counter.no_show_button.toolTip()
    assert counter.no_show_button.toolTip() == ui(
        "CounterPanel", "No-show (F5): recall the number first; a customer is marked absent only after "
                        "being called at least twice")


def test_function_keys_work_only_on_the_queue_page(services, counter_page, qtbot):
    counter_page.main_window_for_test.show_area("home")
    press(counter_page, Qt.Key.Key_F1, qtbot)
    assert services.queue.current(1) is None


def test_the_scan_field_has_the_focus_and_keeps_it_after_a_button_click(counter_page, qtbot):
    counter = counter_page.counter
    assert counter.code_input.hasFocus()
    counter.call_button.click()
    settle(qtbot)
    assert counter.code_input.hasFocus()


def test_the_scan_field_takes_no_input_method(counter_page):
    field = counter_page.counter.code_input
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly


@pytest.mark.parametrize("typed", ["b001", "Ｂ００１", "ｂ００１"])
def test_a_scanner_with_caps_lock_or_full_width_characters_still_calls(services, counter_page, qtbot, typed):
    field = counter_page.counter.code_input
    for char in typed:  # as a keyboard wedge sends them: key events carrying the text (QTest takes ASCII only)
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot)
    assert services.queue.current(1).code == "B001"


def test_codes_are_normalised_to_ascii_upper_case():
    assert normalise_code(" ａ０１２ ") == "A012"
    assert normalise_code("bd-20261130-b001") == "BD-20261130-B001"
