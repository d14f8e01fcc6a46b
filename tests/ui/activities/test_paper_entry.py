"""The paper-sheet entry screen by keyboard alone (issue 10, item 4): Enter from field to field, Enter on
the channel records the row and starts the next; a bad field is marked as typed and nothing is recorded;
a customer already signed in that day is flagged. Every write on the database lane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from branchdesk.store.models import ActivitySignIn
from branchdesk.ui.activities.paper_entry import PaperEntryPanel
from tests.ui.lanes import off_gui, record_threads, settle
from tests.ui.texts import error, ui


def paper_rows(services) -> list[tuple[int | None, int | None, str]]:
    with services.db.reading() as s:
        return [(r.paper_sheet, r.paper_row, r.source) for r in s.scalars(select(ActivitySignIn))]


def type_into(qtbot, field, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_sheet_is_entered_row_after_row_by_keyboard(services, clerk, running, today, qtbot, monkeypatch):
    activity, _ = running
    writes = record_threads(monkeypatch, services.activities.paper, "enter")
    panel = PaperEntryPanel(services, clerk)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_activity(activity.id)
    settle(qtbot)
    assert panel.isEnabled()
    yesterday = today - dt.timedelta(days=1)
    panel.sheet.setFocus()
    type_into(qtbot, panel.sheet, "2")
    assert panel.day.hasFocus()
    panel.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    qtbot.keyClick(panel.day, Qt.Key.Key_Return)
    settle(qtbot)
    assert panel.row.hasFocus() and panel.row.text() == "1"  # nothing entered from sheet 2 yet
    qtbot.keyClick(panel.row, Qt.Key.Key_Return)
    type_into(qtbot, panel.time, "930")
    type_into(qtbot, panel.phone, "13800001111")
    panel.name.insert("王大妈")  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    type_into(qtbot, panel.channel, "1")
    settle(qtbot)
    assert paper_rows(services) == [(2, 1, "paper")]
    assert panel.message.text() == ui("PaperEntryPanel", "Row {row} recorded: {phone} at {time}.",
                                      row="1", phone="138****1111", time="09:30")
    assert panel.row.text() == "2" and panel.time.hasFocus() and panel.phone.text() == ""
    assert panel.table.rowCount() == 1 and panel.table.item(0, 3).text() == "王大妈"
    assert off_gui(writes)

    # A phone one digit short: marked as soon as Enter is pressed, the cursor stays, nothing recorded.
    type_into(qtbot, panel.time, "10:05")
    type_into(qtbot, panel.phone, "1380000222")
    assert panel.phone.hasFocus()
    assert panel.message.text() == error("paper.bad_phone", phone="1380000222")
    assert "b00020" in panel.phone.styleSheet()
    # Corrected, the row goes in; the name may stay empty, the channel too.
    panel.phone.clear()
    type_into(qtbot, panel.phone, "13800002222")
    assert panel.name.hasFocus()
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    type_into(qtbot, panel.channel, "")
    settle(qtbot)
    assert paper_rows(services) == [(2, 1, "paper"), (2, 2, "paper")]

    # The first customer again on the same day: flagged, not counted twice.
    type_into(qtbot, panel.time, "1130")
    type_into(qtbot, panel.phone, "138 0000 1111")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    type_into(qtbot, panel.channel, "2")
    settle(qtbot)
    assert len(paper_rows(services)) == 2
    assert panel.message.property("role") == "warning"
    assert "09:30" in panel.message.text()


def test_a_channel_not_on_the_sheet_is_marked_while_typing(services, clerk, running, qtbot):
    activity, _ = running
    panel = PaperEntryPanel(services, clerk)
    qtbot.addWidget(panel)
    panel.set_activity(activity.id)
    settle(qtbot)
    qtbot.keyClicks(panel.channel, "7")
    assert panel.message.text() == error("paper.bad_channel", last=2, other=3)
    assert "b00020" in panel.channel.styleSheet()
    qtbot.keyClick(panel.channel, Qt.Key.Key_Backspace)
    qtbot.keyClicks(panel.channel, "2")
    assert panel.channel.styleSheet() == "" and panel.message.text() == ""
