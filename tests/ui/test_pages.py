"""Staff administration and branch settings through their pages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from branchdesk.services.roles import Role
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.i18n import role_label
from branchdesk.ui.pages.settings import ChangeSecretDialog
from tests.ui.texts import error, ui


def test_admin_adds_edits_and_resets_staff(services, admin, qtbot):
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    page = window.show_area("staff")
    dialog = page.add()
    dialog.username.setText("liuyang")
    dialog.full_name.setText("刘洋")
    dialog.role.setCurrentIndex(list(Role).index(Role.DUTY_MANAGER))
    dialog.secret.first.setText("4680")
    dialog.secret.second.setText("4680")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = next(s for s in services.staff.list_staff() if s.username == "liuyang")
    assert info.role is Role.DUTY_MANAGER
    assert page.table.rowCount() == 2
    assert page.table.item(1, 2).text() == role_label(Role.DUTY_MANAGER)

    page.table.selectRow(1)
    edit = page.edit_selected()
    edit.active.setChecked(False)
    edit.save()
    assert not next(s for s in services.staff.list_staff() if s.username == "liuyang").active
    assert page.table.item(1, 3).text() == ui("StaffPage", "Inactive")

    page.table.selectRow(1)
    reset = page.reset_selected()
    reset.secret.first.setText("1111")
    reset.secret.second.setText("1111")
    reset.save()
    assert reset.error.text() == error("secret.weak_pin")
    reset.secret.first.setText("8642")
    reset.secret.second.setText("8642")
    reset.save()
    assert reset.result() == QDialog.DialogCode.Accepted
    services.staff.update(admin, info.id, active=True)
    assert services.staff.sign_in("liuyang", "8642").full_name == "刘洋"


def test_add_staff_errors_stay_in_the_dialog(services, admin, qtbot):
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    dialog = window.show_area("staff").add()
    dialog.username.setText("admin")
    dialog.full_name.setText("重名")
    dialog.secret.first.setText("2468")
    dialog.secret.second.setText("2468")
    dialog.save()
    assert dialog.error.text() == error("staff.exists", username="admin")
    assert dialog.isVisible()
    assert len(services.staff.list_staff()) == 1


def test_admin_cannot_demote_self_from_the_page(services, admin, qtbot):
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    page = window.show_area("staff")
    page.table.selectRow(0)
    dialog = page.edit_selected()
    dialog.role.setCurrentIndex(0)
    dialog.save()
    assert dialog.error.text() == error("staff.self_demote")
    assert services.staff.list_staff()[0].role is Role.ADMIN


def test_branch_settings_save_with_warning(services, admin, qtbot):
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    page = window.show_area("settings")
    form = page.branch_form
    assert form.code.text() == "QS-001"
    form.name.setText("青山镇邮政所")
    form.hours_editor.rows[6][2].setChecked(True)
    assert error("hours.must_open_all_week") in form.warnings.text()
    assert page.save_branch()
    assert page.branch_message.text() == ui("SettingsPage", "Saved, but the hours fall short of the standard.")
    saved = services.branch.settings()
    assert saved.name == "青山镇邮政所" and not saved.hours_on(6).is_open
    assert window.branch_label.text() == "青山镇邮政所（QS-001）"

    form.code.setText("?")
    assert not page.save_branch()
    assert page.branch_message.text() == error("branch.bad_code")
    assert services.branch.settings().code == "QS-001"


def test_change_own_pin(services, clerk, qtbot):
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    dialog = window.show_area("settings").change_secret()
    assert isinstance(dialog, ChangeSecretDialog)
    dialog.current.setText("0000")
    dialog.secret.first.setText("8642")
    dialog.secret.second.setText("8642")
    dialog.save()
    assert dialog.error.text() == error("secret.wrong_current")
    dialog.current.setText("3579")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.staff.sign_in("zhangmin", "8642").username == "zhangmin"
