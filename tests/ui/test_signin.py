"""Sign-in: wrong PIN, lockout, and the demo accounts table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from branchdesk.services.demo import DEMO_ACCOUNTS
from branchdesk.services.roles import Role
from branchdesk.ui.i18n import role_label
from branchdesk.ui.ops import lanes
from branchdesk.ui.signin import SignInWindow
from tests.ui.texts import error, ui


def _type(qtbot, window: SignInWindow, username: str, secret: str) -> None:
    window.username.setText(username)
    window.secret.clear()
    qtbot.keyClicks(window.secret, secret)
    qtbot.keyClick(window.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lanes().idle, timeout=10000)  # Argon2 runs on the database lane


def test_the_form_waits_while_the_pin_is_checked(services, clerk, qtbot):
    window = SignInWindow(services)
    qtbot.addWidget(window)
    window.username.setText("zhangmin")
    window.secret.setText("3579")
    with qtbot.waitSignal(window.signed_in):
        assert window.submit() is not None
        assert not window.button.isEnabled() and window.submit() is None  # a second Enter does nothing
    assert window.button.isEnabled()


def test_right_pin_signs_in_with_enter(services, clerk, qtbot):
    window = SignInWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.signed_in) as blocker:
        _type(qtbot, window, "zhangmin", "3579")
    assert blocker.args[0].full_name == "张敏"
    assert window.error.text() == ""


def test_wrong_pin_shows_translated_message_and_signs_nobody_in(services, clerk, qtbot):
    window = SignInWindow(services)
    qtbot.addWidget(window)
    with qtbot.assertNotEmitted(window.signed_in):
        _type(qtbot, window, "zhangmin", "1111")
    assert window.error.text() == error("signin.wrong")
    assert window.secret.text() == ""
    assert window.username.text() == "zhangmin"
    # nothing changed: the account is neither locked nor signed in, and the right PIN still works
    info = next(s for s in services.staff.list_staff() if s.username == "zhangmin")
    assert info.locked_until is None
    assert services.staff.sign_in("zhangmin", "3579").full_name == "张敏"


def test_lockout_message_after_five_failures(services, clerk, qtbot):
    window = SignInWindow(services)
    qtbot.addWidget(window)
    for _ in range(4):
        _type(qtbot, window, "zhangmin", "0000")
        assert window.error.text() == error("signin.wrong")
    _type(qtbot, window, "zhangmin", "0000")
    # when it unlocks (the clock says 07:30 at the branch, the lockout lasts 15 minutes), and who can sooner
    locked = ui("SignInWindow", "Too many wrong attempts: this account is locked until {time}. A branch "
                                "head or administrator can unlock it sooner.", time="07:45")
    assert window.error.text() == locked
    with qtbot.assertNotEmitted(window.signed_in):
        _type(qtbot, window, "zhangmin", "3579")
    assert window.error.text() == locked


def test_empty_name_is_asked_for(services, clerk, qtbot):
    window = SignInWindow(services)
    qtbot.addWidget(window)
    _type(qtbot, window, "", "3579")
    assert window.error.text() == ui("SignInWindow", "Enter your sign-in name.")


def test_no_demo_table_for_a_real_branch(services, clerk, qtbot):
    window = SignInWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lanes().idle, timeout=10000)  # the branch is read on the database lane
    assert window.demo_table is None and window.demo_area.isHidden()
    assert window.title.text() == "青山镇邮政支局"


def test_demo_sign_in_lists_the_demo_accounts(demo_services, qtbot):
    window = SignInWindow(demo_services)
    qtbot.addWidget(window)
    qtbot.waitUntil(lanes().idle, timeout=10000)  # the branch is read on the database lane
    table = window.demo_table
    assert table is not None
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert len(rows) == len(DEMO_ACCOUNTS)
    assert ["王芳", "wangfang", role_label(Role.BRANCH_HEAD), "1357"] in rows  # full name, login, role, PIN
    assert ["系统管理员", "admin", role_label(Role.ADMIN), "demo1234"] in rows
    # double-click fills the form; Enter then signs in
    table.cellDoubleClicked.emit(1, 0)
    assert window.username.text() == "wangfang"
    with qtbot.waitSignal(window.signed_in) as blocker:
        qtbot.keyClick(window.secret, Qt.Key.Key_Return)
    assert blocker.args[0].username == "wangfang"
