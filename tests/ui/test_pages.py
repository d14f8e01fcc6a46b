"""Staff administration, attendance and branch settings through their pages; every read and write runs on
the database lane, never on the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.ui.i18n import format_date, role_label
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.settings import ChangeSecretDialog
from tests.ui.texts import error, ui
from tests.ui.lanes import block_lane, record_threads, settle


def page_of(services, actor, key, qtbot, shown=False):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    if shown:
        window.show()
    page = window.show_area(key)
    page.main_window_for_test = window
    settle(qtbot)
    return page


def save(dialog, qtbot) -> bool:
    dialog.save()
    settle(qtbot)
    return dialog.result() == QDialog.DialogCode.Accepted


def test_admin_adds_edits_and_resets_staff(services, admin, qtbot):
    page = page_of(services, admin, "staff", qtbot)
    dialog = page.add()
    dialog.username.setText("liuyang")
    dialog.full_name.setText("刘洋")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.DUTY_MANAGER.value))
    dialog.secret.first.setText("4680")
    dialog.secret.second.setText("4680")
    assert save(dialog, qtbot)
    info = next(s for s in services.staff.list_staff() if s.username == "liuyang")
    assert info.role is Role.DUTY_MANAGER
    assert page.table.rowCount() == 2
    assert page.table.item(1, 2).text() == role_label(Role.DUTY_MANAGER)

    page.table.selectRow(1)
    edit = page.edit_selected()
    edit.active.setChecked(False)
    assert save(edit, qtbot)
    assert not next(s for s in services.staff.list_staff() if s.username == "liuyang").active
    assert page.table.item(1, 3).text() == ui("StaffPage", "Inactive")

    page.table.selectRow(1)
    reset = page.reset_selected()
    reset.secret.first.setText("1111")
    reset.secret.second.setText("1111")
    assert not save(reset, qtbot)
    assert reset.error.text() == error("secret.weak_pin")
    reset.secret.first.setText("8642")
    reset.secret.second.setText("8642")
    assert save(reset, qtbot)
    services.staff.update(admin, info.id, active=True)
    assert services.staff.sign_in("liuyang", "8642").full_name == "刘洋"


def test_add_staff_errors_stay_in_the_dialog(services, admin, qtbot):
    page = page_of(services, admin, "staff", qtbot)
    dialog = page.add()
    dialog.username.setText("admin")
    dialog.full_name.setText("重名")
    dialog.secret.first.setText("2468")
    dialog.secret.second.setText("2468")
    assert not save(dialog, qtbot)
    assert dialog.error.text() == error("staff.exists", username="admin")
    assert dialog.isVisible() and dialog.ok_button().isEnabled()
    assert len(services.staff.list_staff()) == 1


def test_admin_cannot_demote_self_from_the_page(services, admin, qtbot):
    page = page_of(services, admin, "staff", qtbot)
    page.table.selectRow(0)
    dialog = page.edit_selected()
    dialog.role.setCurrentIndex(0)
    assert not save(dialog, qtbot)
    assert dialog.error.text() == error("staff.self_demote")
    assert services.staff.list_staff()[0].role is Role.ADMIN


def test_staff_are_read_and_written_off_the_gui_thread_and_a_double_press_adds_once(
        services, admin, monkeypatch, qtbot):
    reads = record_threads(monkeypatch, services.staff, "list_staff")
    writes = record_threads(monkeypatch, services.staff, "create")
    page = page_of(services, admin, "staff", qtbot, shown=True)
    assert reads and all(t is not threading.main_thread() for t in reads)
    dialog = page.add()
    dialog.username.setText("liuyang")
    dialog.full_name.setText("刘洋")
    dialog.secret.first.setText("4680")
    dialog.secret.second.setText("4680")
    release = block_lane(page)
    assert dialog.save() is not None
    assert dialog.save() is None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.wait(50)  # the GUI thread goes on while the lane is held
    assert not dialog.ok_button().isEnabled() and dialog.isVisible() and writes == []
    release.set()
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(writes) == 1 and writes[0] is not threading.main_thread()
    assert page.table.rowCount() == 2  # read again on the announced change


def test_staff_page_follows_changes_made_elsewhere_and_a_hidden_one_only_marks_itself_stale(
        services, admin, qtbot):
    page = page_of(services, admin, "staff", qtbot, shown=True)
    services.staff.create(admin, NewStaff("liuyang", "刘洋", Role.CLERK, "4680"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    window = page.main_window_for_test
    window.show_area("home")
    settle(qtbot)
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.CLERK, "4680"))
    qtbot.waitUntil(lambda: page.property("stale") is True)
    settle(qtbot)
    assert page.table.rowCount() == 2
    window.show_area("staff")
    settle(qtbot)
    assert page.table.rowCount() == 3


def test_attendance_reads_off_the_gui_thread_and_follows_clocking_in(services, admin, clerk, monkeypatch, qtbot):
    days = record_threads(monkeypatch, services.attendance, "day_view")
    release = block_lane(qtbot_parent(qtbot))
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("attendance")
    assert not page.date.isEnabled()  # waits for the branch's today
    release.set()
    settle(qtbot)
    today = services.branch.today()
    assert page.date.isEnabled() and page.selected_day() == today
    assert page.caption.text() == format_date(today)
    assert days and all(t is not threading.main_thread() for t in days)
    assert page.table.item(1, 1).text() == "—"
    services.attendance.clock_in(clerk)
    qtbot.waitUntil(lambda: page.table.item(1, 1).text() != "—")
    page.date.setDate(page.date.date().addDays(-1))
    settle(qtbot)
    assert page.caption.text() == format_date(today - dt.timedelta(days=1))
    page.show_today()
    settle(qtbot)
    assert page.selected_day() == today


def qtbot_parent(qtbot):
    """A QObject that lives for the test, to own an op."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_branch_settings_save_with_warning(services, admin, qtbot):
    page = page_of(services, admin, "settings", qtbot)
    window = page.main_window_for_test
    form = page.branch_form
    assert form.code.text() == "QS-001" and form.isEnabled()
    form.name.setText("青山镇邮政所")
    form.hours_editor.rows[6][2].setChecked(True)
    assert error("hours.must_open_all_week") in form.warnings.text()
    assert page.save_branch() is not None
    assert page.save_branch() is None and not page.save_branch_button.isEnabled()  # a double press saves once
    settle(qtbot)
    assert page.branch_message.text() == ui("SettingsPage", "Saved, but the hours fall short of the standard.")
    saved = services.branch.settings()
    assert saved.name == "青山镇邮政所" and not saved.hours_on(6).is_open
    qtbot.waitUntil(lambda: window.branch_label.text() == "青山镇邮政所（QS-001）")

    form.code.setText("?")
    page.save_branch()
    settle(qtbot)
    assert page.branch_message.text() == error("branch.bad_code")
    assert services.branch.settings().code == "QS-001"
    assert form.code.text() == "?"  # what the user typed stays, even as the page reads again
    page.refresh()
    settle(qtbot)
    assert form.code.text() == "?"


def test_branch_settings_are_read_and_saved_off_the_gui_thread(services, admin, monkeypatch, qtbot):
    reads = record_threads(monkeypatch, services.branch, "settings")
    writes = record_threads(monkeypatch, services.branch, "update")
    page = page_of(services, admin, "settings", qtbot)
    page.branch_form.name.setText("新名字")
    page.save_branch()
    settle(qtbot)
    assert reads and writes and all(t is not threading.main_thread() for t in reads + writes)


def test_change_own_pin(services, clerk, monkeypatch, qtbot):
    writes = record_threads(monkeypatch, services.staff, "change_own_secret")
    page = page_of(services, clerk, "settings", qtbot)
    dialog = page.change_secret()
    assert isinstance(dialog, ChangeSecretDialog)
    dialog.current.setText("0000")
    dialog.secret.first.setText("8642")
    dialog.secret.second.setText("8642")
    assert not save(dialog, qtbot)
    assert dialog.error.text() == error("secret.wrong_current")
    assert services.staff.sign_in("zhangmin", "3579").username == "zhangmin"  # unchanged
    dialog.current.setText("3579")
    assert save(dialog, qtbot)
    assert services.staff.sign_in("zhangmin", "8642").username == "zhangmin"
    assert len(writes) == 2 and all(t is not threading.main_thread() for t in writes)


def test_a_branch_head_unlocks_a_locked_out_colleague_from_the_staff_page(services, admin, clerk, qtbot):
    """Issue 8, item 11: the head sees who is locked and until when, and unlocks without a new PIN."""
    from branchdesk.errors import UserError
    from branchdesk.services.staff import MAX_FAILURES

    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.BRANCH_HEAD, "1357"))
    head = services.staff.sign_in("wangfang", "1357")
    for _ in range(MAX_FAILURES):
        try:
            services.staff.sign_in("zhangmin", "0000")
        except UserError:
            pass
    page = page_of(services, head, "staff", qtbot, shown=True)
    assert not page.add_button.isVisible() and not page.reset_button.isVisible()  # accounts stay the admin's
    assert page.unlock_button.isVisible()
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == "zhangmin")
    assert page.table.item(row, 3).text() == ui("StaffPage", "Locked until {time}", time="07:45")
    page.table.selectRow(row)
    page.unlock_selected()
    settle(qtbot)
    assert page.message.text() == ui("StaffPage", "{name} can sign in again.", name="张敏")
    assert page.table.item(row, 3).text() == ui("StaffPage", "Active")
    assert services.staff.sign_in("zhangmin", "3579").username == "zhangmin"


def test_a_duty_manager_has_no_staff_page(services, admin, qtbot):
    services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    window = MainWindow(services, services.staff.sign_in("liqiang", "2468"))
    qtbot.addWidget(window)
    assert "staff" not in window.keys()
