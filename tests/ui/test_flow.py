"""First run on an empty database: wizard, sign-in, main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from branchdesk.services.roles import Role
from branchdesk.ui.i18n import role_label
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.ops import lanes
from branchdesk.ui.shell import Shell
from branchdesk.ui.signin import SignInWindow
from branchdesk.ui.wizard import SetupWizard
from tests.ui.texts import error, ui


def _fill_branch(wizard: SetupWizard, qtbot, code: str = "QS-009") -> None:
    form = wizard.branch_page.form
    form.code.clear()
    qtbot.keyClicks(form.code, code)
    form.name.setText("青山镇邮政支局")  # QTest types ASCII only
    form.grade.setValue(3)


def _fill_admin(wizard: SetupWizard, qtbot, second: str = "s3cret-pass") -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "chief")
    page.full_name.setText("赵建国")
    page.secret.password.setChecked(True)
    qtbot.keyClicks(page.secret.first, "s3cret-pass")
    qtbot.keyClicks(page.secret.second, second)


def test_wizard_sign_in_main_window(services, qtbot):
    shell = Shell(services)
    wizard = shell.start()
    qtbot.addWidget(wizard)
    assert isinstance(wizard, SetupWizard)
    _fill_branch(wizard, qtbot)
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    _fill_admin(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: isinstance(shell.window, SignInWindow), timeout=10000)  # set up on the lane

    assert services.branch.settings().code == "QS-009"
    signin = shell.window
    assert isinstance(signin, SignInWindow)
    qtbot.addWidget(signin)
    assert signin.username.text() == "chief"
    qtbot.keyClicks(signin.secret, "s3cret-pass")
    qtbot.keyClick(signin.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shell.window, MainWindow), timeout=10000)  # checked on the database lane

    main = shell.window
    qtbot.addWidget(main)
    assert main.person_label.text() == ui("MainWindow", "Signed in: {name} ({role})", name="赵建国",
                                          role=role_label(Role.ADMIN))
    assert "staff" in main.keys()
    page = main.show_area("staff")
    assert main.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)  # read on the database lane
    assert page.table.item(0, 0).text() == "赵建国"

    main.sign_out()
    qtbot.waitUntil(lambda: isinstance(shell.window, SignInWindow), timeout=10000)  # written on the lane
    qtbot.addWidget(shell.window)


def test_wizard_keeps_input_and_shows_error_inline(services, qtbot):
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_branch(wizard, qtbot, code="bad code!")
    wizard.next()
    assert wizard.currentPage() is wizard.branch_page
    assert wizard.branch_page.error.text() == error("branch.bad_code")
    assert wizard.branch_page.form.name.text() == "青山镇邮政支局"

    wizard.branch_page.form.code.setText("QS-009")
    wizard.next()
    _fill_admin(wizard, qtbot, second="something-else")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.admin_page.error.text() == ui("SecretFields", "The two entries do not match.")
    assert not services.branch.is_set_up()

    wizard.admin_page.secret.second.setText("s3cret-pass")
    wizard.admin_page.username.setText("x y")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lanes().idle, timeout=10000)
    assert wizard.admin_page.error.text() == error("staff.bad_username")
    assert not services.branch.is_set_up()
    assert wizard.admin_page.full_name.text() == "赵建国"

    wizard.admin_page.username.setText("chief")
    with qtbot.waitSignal(wizard.set_up) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert blocker.args == ["chief"]
    assert services.staff.list_staff()[0].role is Role.ADMIN


def test_wizard_shows_hours_warnings_live(services, qtbot):
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.branch_page.form
    assert form.warnings.text() == ""
    form.grade.setValue(1)  # 9.5 h a day, grade 1 needs 12
    assert error("hours.short_day", hours=9.5, count=7, grade=1, minimum=12) in form.warnings.text()
    form.grade.setValue(3)
    form.hours_editor.rows[6][2].setChecked(True)  # close on Sunday
    assert error("hours.must_open_all_week") in form.warnings.text()


def test_the_kiosk_and_the_board_stay_up_when_their_opener_signs_out(demo_services, qtbot, monkeypatch):
    from branchdesk.ui.board import voice

    monkeypatch.setattr(voice, "qt_speech", lambda: None)
    shell = Shell(demo_services)
    signin = shell.start()
    qtbot.addWidget(signin)
    main = shell.show_main(demo_services.staff.sign_in("liqiang", "2468"))
    qtbot.addWidget(main)
    queue = main.show_area("queue")
    queue.open_kiosk(confirmed=True)
    qtbot.waitUntil(lambda: queue.kiosk is not None, timeout=10000)  # audited on the database lane
    kiosk = queue.kiosk
    board = main.show_area("queue_stats").open_board()
    assert kiosk.isVisible() and board.isVisible()

    main.sign_out()
    qtbot.waitUntil(lambda: isinstance(shell.window, SignInWindow), timeout=10000)  # written on the lane
    qtbot.addWidget(shell.window)
    qtbot.wait(50)  # let the old main window's deferred deletion run
    assert kiosk.isVisible() and board.isVisible() and board.timer.isActive()
    kiosk.business_buttons["savings"].click()  # customers go on taking numbers
    qtbot.waitUntil(lambda: kiosk.number.text().startswith("B"), timeout=10000)  # issued on the database lane

    clerk = shell.show_main(demo_services.staff.sign_in("zhangmin", "3579"))
    qtbot.addWidget(clerk)
    assert clerk.show_area("queue").kiosk is kiosk  # the next user sees the same kiosk
    shell.finished.emit()  # the app quits: the hall devices close without asking
    assert not kiosk.isVisible() and not board.isVisible()
