"""The main window by role, clocking in from the home page, and the language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from branchdesk.services.roles import Role
from branchdesk.ui.i18n import role_label
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.shell import Shell
from branchdesk.ui.tables import LATE_BACKGROUND
from tests.ui.texts import error, ui
from tests.ui.lanes import settle

NAV_SOURCES = ["Home", "Attendance", "Queue", "Board & statistics", "Complaints", "Staff score", "Checks", "Queue settings", "Staff", "Sync to HQ", "Settings"]


def _nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_admin_sees_staff_page(services, admin, qtbot):
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    settle(qtbot)
    assert window.keys() == ["home", "attendance", "queue", "queue_stats", "complaints", "staff_score", "checks",
                             "queue_settings", "staff", "sync", "settings"]
    assert _nav_texts(window) == [ui("MainWindow", source) for source in NAV_SOURCES]
    assert "青山镇邮政支局（QS-001）" == window.branch_label.text()  # the branch's own name and code
    assert "管理员" in window.person_label.text()  # the admin's full name


def test_clerk_does_not_see_staff_page(services, clerk, qtbot):
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    settle(qtbot)
    assert "staff" not in window.keys()
    assert ui("MainWindow", "Staff") not in _nav_texts(window)
    assert window.person_label.text() == ui("MainWindow", "Signed in: {name} ({role})", name="张敏",
                                            role=role_label(Role.CLERK))
    settings = window.show_area("settings")
    assert settings.branch_form is None  # a clerk may not edit the branch


def test_clock_in_and_out_from_home(services, clerk, clock, qtbot):
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    settle(qtbot)
    home = window.pages["home"]
    assert home.my_status.text() == ui("HomePage", "You have not clocked in today.")
    assert not home.clock_out_button.isEnabled()
    qtbot.mouseClick(home.clock_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    today = services.branch.today()
    day = services.attendance.day_for(clerk.staff_id, today)
    assert day.on_duty and day.first_in is not None and not day.late
    assert home.message.text() == ui("HomePage", "Clocked in at {time}.", time="07:30")
    assert home.my_status.text() == ui("HomePage", "On duty since {time}.", time="07:30")
    assert not home.clock_in_button.isEnabled() and home.clock_out_button.isEnabled()
    assert home.table.rowCount() == 1  # a clerk sees only themself
    assert home.table.item(0, 1).text() == "07:30"

    clock.advance(hours=10)
    qtbot.mouseClick(home.clock_out_button, Qt.MouseButton.LeftButton)
    question = home.clock_out_question
    assert question is not None and question.isVisible()  # asked first (issue 8, item 11)
    settle(qtbot)
    assert services.attendance.day_for(clerk.staff_id, today).on_duty  # nothing written until it is answered
    question.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot)
    day = services.attendance.day_for(clerk.staff_id, today)
    assert not day.on_duty and day.last_out is not None
    assert home.table.item(0, 2).text() == "17:30"


def test_late_arrival_is_highlighted_for_managers(services, admin, clerk, clock, qtbot):
    clock.advance(minutes=35)  # 08:05, due 07:50
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    settle(qtbot)
    home = window.pages["home"]
    services.attendance.clock_in(clerk)
    home.refresh()
    settle(qtbot)
    names = [home.table.item(r, 0).text() for r in range(home.table.rowCount())]
    assert names == ["管理员", "张敏"]
    late_cell = home.table.item(1, 3)
    assert late_cell.text() == ui("HomePage", "Late by {minutes} min", minutes=15)
    assert late_cell.background().color() == LATE_BACKGROUND
    assert home.table.item(0, 3).text() == ""

    qtbot.mouseClick(home.clock_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    rule = ui("Attendance", "Late: clocked in later than {minutes} minutes before the branch opens", minutes=10)
    assert home.message.text() == (ui("HomePage", "Clocked in at {time}.", time="08:05") + " "
                                   + ui("HomePage", "(late by {minutes} min)", minutes=15) + "\n" + rule)
    assert home.table.horizontalHeaderItem(3).toolTip() == rule  # what 迟到 means (issue 8, item 11)

    attendance = window.show_area("attendance")
    settle(qtbot)
    assert attendance.table.item(1, 3).text() == ui("AttendancePage", "Late by {minutes} min", minutes=15)
    assert attendance.table.horizontalHeaderItem(3).toolTip() == rule
    assert not attendance.late_note.isHidden() and attendance.late_note.text() == rule
    attendance.week_mode.setChecked(True)
    settle(qtbot)
    assert attendance.table.columnCount() == 8
    tuesday = attendance.table.item(1, 2)  # 2026-11-24 is a Tuesday
    assert tuesday.text() == "08:05–"  # still on duty
    assert tuesday.background().color() == LATE_BACKGROUND


def test_clocking_in_twice_shows_translated_error(services, clerk, qtbot):
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    settle(qtbot)
    home = window.pages["home"]
    services.attendance.clock_in(clerk)
    home.clock_in()
    settle(qtbot)
    assert home.message.text() == error("attendance.already_in")


def test_language_switch_changes_visible_text(services, admin, qtbot):
    shell = Shell(services)
    window = shell.show_main(admin)
    qtbot.addWidget(window)
    settle(qtbot)
    settings = window.show_area("settings")
    settings.set_language("en")
    settle(qtbot)
    english = shell.window
    qtbot.addWidget(english)
    assert english is not window
    assert services.local.language() == "en"
    assert _nav_texts(english) == NAV_SOURCES
    assert english.current_key() == "settings"
    assert "(Administrator)" in english.person_label.text()
    assert english.pages["settings"].language.currentData() == "en"

    english.pages["settings"].set_language("zh_CN")
    settle(qtbot)
    chinese = shell.window
    qtbot.addWidget(chinese)
    assert _nav_texts(chinese) == [ui("MainWindow", source) for source in NAV_SOURCES]  # translated again
    assert services.local.language() == "zh_CN"


def test_home_page_follows_colleagues_without_polling(services, admin, clerk, qtbot):
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    home = window.pages["home"]
    assert home.table.item(1, 1).text() == "—"
    services.attendance.clock_in(clerk)  # at this PC: announced, and the visible home page reads again
    settle(qtbot)
    assert home.table.item(1, 1).text() == "07:30"


def test_the_window_opens_within_the_screen():
    """On a 1366 x 768 laptop the status bar must not open below the screen's edge."""
    from PySide6.QtCore import QSize

    from branchdesk.ui.main_window import opening_size

    assert opening_size(QSize(1920, 1040)) == QSize(1280, 800)
    assert opening_size(QSize(1366, 768)) == QSize(1280, 728)
    assert opening_size(QSize(1366, 728)) == QSize(1280, 688)  # a taskbar took 40 px


def test_a_failed_daily_backup_shows_in_the_status_bar(services, admin, qtbot):
    from branchdesk.errors import UserError

    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    assert not window.backup_label.isVisible()
    services.db.backup_error = UserError(
        "disk.short", "Not enough free disk space in {folder}: {needed} needed, {free} free. "
        "Free some space (old backups can be moved elsewhere); nothing was changed.",
        folder="/data/backups", needed="300 MB", free="12 MB")
    window._tick()
    assert window.backup_label.isVisible()
    assert window.backup_label.text() == ui("MainWindow", "Today's backup failed")
    assert window.backup_label.toolTip() == error("disk.short", folder="/data/backups", needed="300 MB",
                                                  free="12 MB")
