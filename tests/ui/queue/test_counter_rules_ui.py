"""Issue 8 at the counter: the no-show list, what back-entry allows, the amount shown after finish and
its correction, and the duty manager's rules in the queue settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from branchdesk.services.queue.rules import Rules
from branchdesk.ui.queue_settings.rules import CounterRulesGroup
from tests.ui.lanes import settle
from tests.ui.queue.test_queue_page import opened, queue_page, save
from tests.ui.texts import error, ui


def missed(services, admin, code: str = "A001") -> None:
    services.queue.call_ticket(admin, 1, code)
    services.queue.recall(admin, 1)
    services.queue.no_show(admin, 1)


def test_a_recent_no_show_is_listed_and_called_back_from_the_list(services, admin, clock, qtbot):
    services.queue.open_window(admin, 1)
    services.queue.issue("mail")
    missed(services, admin)
    page = queue_page(services, admin, qtbot)
    assert page.no_show_box.isVisibleTo(page)
    cells = [page.no_show_table.item(0, c).text() for c in range(4)]
    assert cells == ["A001", "07:30", ui("QueuePage", "Window {number}", number=1), "08:00"]
    page.call_back_no_show(0)
    settle(qtbot)
    assert page.counter.code_label.text() == "A001"
    assert services.queue.current(1).status == "called"
    assert not page.no_show_box.isVisibleTo(page)


def test_a_no_show_too_late_is_refused_on_the_counter(services, admin, clock, qtbot):
    services.queue.open_window(admin, 1)
    services.queue.issue("mail")
    missed(services, admin)
    clock.advance(minutes=40)
    page = queue_page(services, admin, qtbot)
    assert not page.no_show_box.isVisibleTo(page)
    page.counter.call_code("A1")
    settle(qtbot)
    assert page.counter.message.text() == error("queue.no_show_too_late", code="A001", time="07:30", minutes=30)


def test_the_back_entry_dialog_says_what_is_allowed_and_keeps_to_it(services, admin, qtbot):
    page = queue_page(services, admin, qtbot)
    dialog = opened(page.back_entry(), qtbot)
    allowed = ui("BackEntryDialog", "Allowed: from {first} to today", first="2026-11-23") + ui(
        "BackEntryDialog", ", within opening hours {opens}–{closes}.", opens="08:00", closes="17:30")
    assert dialog.allowed.text() == allowed
    assert dialog.written_at.minimumDate().toPython() == dt.date(2026, 11, 23)
    dialog.business.setCurrentIndex(dialog.business.findData("mail"))
    dialog.written_at.setDateTime(dt.datetime(2026, 11, 23, 18, 40))
    assert not save(dialog, qtbot)
    assert dialog.error.text() == error("queue.back_entry_out_of_hours", time="18:40", date="2026-11-23",
                                        opens="08:00", closes="17:30")
    dialog.written_at.setDateTime(dt.datetime(2026, 11, 23, 16, 40))
    assert save(dialog, qtbot)


def test_the_amount_shows_after_finish_and_the_duty_manager_corrects_it(services, admin, clock, qtbot):
    services.queue.open_window(admin, 1)
    services.queue.issue("savings")
    page = queue_page(services, admin, qtbot)
    counter = page.counter
    counter.call_next()
    settle(qtbot)
    counter.start()
    settle(qtbot)
    dialog = opened(counter.finish(), qtbot)
    dialog.amount.setText("1,2,3")
    assert not save(dialog, qtbot)
    assert dialog.error.text() == error("queue.bad_amount", text="1,2,3")
    dialog.amount.setText("123")
    assert save(dialog, qtbot)
    settle(qtbot)
    assert ui("CounterPanel", "Amount recorded: ¥{amount}", amount="123.00") in counter.outcome_label.text()

    assert page.correct_button.isVisibleTo(page)
    fix = opened(page.correct_amount(), qtbot)
    assert fix.code.text() == "B001"
    fix.amount.setText("12,300")
    assert not save(fix, qtbot)  # no reason given
    assert fix.error.text() == error("queue.correction_reason")
    fix.reason.setText("少输了两个零")
    assert save(fix, qtbot)
    settle(qtbot)
    assert services.queue.ticket("B001").amount_fen == 1_230_000
    assert ui("CounterPanel", "Amount recorded: ¥{amount}", amount="12,300.00") in counter.outcome_label.text()


def test_clerks_get_no_correction_button(services, clerk, qtbot):
    page = queue_page(services, clerk, qtbot)
    assert page.correct_button.isHidden()


def test_the_rules_group_reads_and_saves_the_rules(services, admin, qtbot):
    services.queue_settings.set_rules(admin, Rules(no_show_return_minutes=45))
    parent = QWidget()
    qtbot.addWidget(parent)
    group = CounterRulesGroup(services, admin, parent)
    parent.show()
    settle(qtbot)
    assert (group.no_show_minutes.value(), group.back_entry_days.value(), group.back_entry_in_hours.isChecked()) \
        == (45, 1, True)
    group.no_show_minutes.setValue(0)
    group.back_entry_days.setValue(2)
    group.save()
    settle(qtbot)
    assert services.queue_settings.rules() == Rules(0, 2, True) == services.queue.rules
    assert group.message.text() == ui("CounterRulesGroup", "Saved.")
    assert group.no_show_minutes.text() == ui("CounterRulesGroup", "never")


def test_the_settings_page_holds_the_rules_group(services, admin, qtbot):
    from branchdesk.ui.main_window import MainWindow
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("queue_settings")
    settle(qtbot)
    (group,) = page.findChildren(CounterRulesGroup)
    assert group.save_button.isEnabled()
