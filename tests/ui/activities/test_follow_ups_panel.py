"""The follow-ups panel and the home page's count (issue 10, item 6): a caller reveals the number (audited)
and records the call with its score; a clerk sees the masked list only; reads and writes off the GUI
thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from branchdesk.store.models import AuditEntry
from branchdesk.ui.activities.follow_ups import FollowUpsPanel
from branchdesk.ui.pages.home import HomePage
from tests.ui.lanes import off_gui, record_threads, settle
from tests.ui.texts import ui


def visited_yesterday(services, clerk, activity, clock) -> None:
    now = clock.at
    clock.at = now - dt.timedelta(hours=20)
    services.activities.signins.sign_in(clerk, activity.id, "13912345678", consent=True)
    clock.at = now


def open_panel(services, actor, activity, qtbot) -> FollowUpsPanel:
    panel = FollowUpsPanel(services, actor)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_activity(activity.id)
    settle(qtbot)
    return panel


def test_a_caller_reveals_the_number_and_records_the_call(services, clerk, manager, running, clock, qtbot,
                                                          monkeypatch):
    activity, _ = running
    visited_yesterday(services, clerk, activity, clock)
    writes = record_threads(monkeypatch, services.activities.followups, "record")
    panel = open_panel(services, manager, activity, qtbot)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == ui("FollowUps", "Due")
    assert panel.table.item(0, 2).text() == "139****5678"
    panel.table.selectRow(0)
    panel.reveal_button.click()
    settle(qtbot)
    assert panel.number.text() == "13912345678"
    with services.db.reading() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "customer.phone_revealed"))
    panel.outcome.setCurrentIndex(panel.outcome.findData("reached"))
    panel.score.setCurrentIndex(panel.score.findData(4))
    panel.note.setFocus()
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    settle(qtbot)
    assert panel.table.item(0, 0).text() == ui("FollowUps", "Done")
    assert "4/5" in panel.table.item(0, 5).text()
    assert off_gui(writes)


def test_a_clerk_sees_the_masked_list_without_calling(services, clerk, running, clock, qtbot):
    activity, _ = running
    visited_yesterday(services, clerk, activity, clock)
    panel = open_panel(services, clerk, activity, qtbot)
    assert panel.table.item(0, 2).text() == "139****5678"
    assert panel.calling.isHidden() and not panel.not_caller.isHidden()


def test_the_home_page_counts_the_follow_ups_to_call(services, clerk, manager, running, clock, qtbot):
    activity, _ = running
    visited_yesterday(services, clerk, activity, clock)
    home = HomePage(services, manager)
    qtbot.addWidget(home)
    home.show()
    settle(qtbot)
    due = home.due_list.table
    rows = [due.item(row, 0).text() for row in range(due.rowCount())]
    wanted = ui("DueList", "Customers to call back after an activity: {count}", count=1)
    assert wanted in rows
    assert due.item(rows.index(wanted), 2).text() == ui("DueList", "Due")  # within 48 hours, none overdue
    opened = []
    home.open_activities.connect(lambda: opened.append(True))
    home.due_list.activate(rows.index(wanted))
    assert opened == [True]
