"""Leaving the app, signing in, and a second launch (issue 8, item 11)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from branchdesk.paths import DataDir
from branchdesk.ui.i18n import current_language
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.shell import Shell
from branchdesk.ui.signin import SignInWindow
from branchdesk.ui.wake import WakeServer, wake_running
from branchdesk.ui.wizard import SetupWizard
from tests.ui.lanes import settle
from tests.ui.texts import ui


def audit_actions(services) -> list[str]:
    from branchdesk.services import audit

    with services.db.reading() as s:
        return [line.action for line in reversed(audit.recent(s))]


def counter_window(services, admin, qtbot, call: bool) -> tuple[Shell, MainWindow]:
    services.queue.open_window(admin, 1)
    services.queue.issue("mail")
    shell = Shell(services)
    finished: list[bool] = []
    shell.finished.connect(lambda: finished.append(True))
    shell.quit_asked = finished  # type: ignore[attr-defined]
    window = shell.show_main(admin, "queue")
    qtbot.addWidget(window)
    settle(qtbot)
    if call:
        window.pages["queue"].counter.call_next()
        settle(qtbot)
    return shell, window


def test_closing_with_a_customer_called_asks_and_then_holds_closes_the_window_and_signs_out(
        services, admin, qtbot):
    shell, window = counter_window(services, admin, qtbot, call=True)
    window.close()
    question = window.leaving_question
    assert question is not None and question.isVisible() and window.isVisible()
    assert not shell.quit_asked  # the app keeps running while it asks
    question.button(QMessageBox.StandardButton.Cancel).click()  # Stay
    settle(qtbot)
    assert window.isVisible() and services.queue.current(1).code == "A001"

    window.close()
    window.leaving_question.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot)
    assert not window.isVisible() and shell.quit_asked
    assert services.queue.ticket("A001").status == "held"  # nothing stranded: it can be called back
    assert services.queue.windows()[0].state == "closed"  # not left "open" under this clerk's name
    assert audit_actions(services)[-1] == "signout"


def test_closing_with_the_window_free_closes_it_and_audits_the_sign_out(services, admin, qtbot):
    shell, window = counter_window(services, admin, qtbot, call=False)
    window.close()
    settle(qtbot)
    assert not window.isVisible() and shell.quit_asked and window.leaving_question is None
    assert services.queue.windows()[0].state == "closed"
    assert audit_actions(services)[-1] == "signout"


def test_the_sign_in_screen_switches_language_and_remembers_it(services, clerk, qtbot):
    shell = Shell(services)
    signin = shell.show_sign_in("zhangmin")
    qtbot.addWidget(signin)
    assert signin.language.isVisible()
    try:
        signin.language.pick("en")
        qtbot.waitUntil(lambda: shell.window is not signin, timeout=10000)
        again = shell.window
        assert isinstance(again, SignInWindow)
        qtbot.addWidget(again)
        assert current_language() == "en" and services.local.language() == "en"
        assert again.button.text() == "Sign in" and again.username.text() == "zhangmin"
    finally:
        from branchdesk.ui.i18n import install_translators

        install_translators("zh_CN")


def test_the_wizard_switches_language_and_keeps_what_was_typed(services, qtbot):
    shell = Shell(services)
    wizard = shell.start()
    qtbot.addWidget(wizard)
    assert isinstance(wizard, SetupWizard)
    wizard.branch_page.form.code.setText("QS-009")
    try:
        wizard.branch_page.language.pick("en")
        qtbot.waitUntil(lambda: shell.window is not wizard, timeout=10000)
        again = shell.window
        assert isinstance(again, SetupWizard)
        qtbot.addWidget(again)
        assert again.branch_page.title() == "Your branch"
        assert again.branch_page.form.code.text() == "QS-009"
    finally:
        from branchdesk.ui.i18n import install_translators

        install_translators("zh_CN")
    assert ui("BranchPage", "Your branch") != "Your branch"  # Chinese again for the tests that follow


def test_a_second_launch_wakes_the_running_app(tmp_path, qtbot):
    from branchdesk import instance

    name = instance.wake_name(DataDir(tmp_path / "data"))
    assert name != instance.wake_name(DataDir(tmp_path / "other"))  # one per data folder
    assert not wake_running(name)  # nobody listens yet
    server = WakeServer(name)
    try:
        assert server.listening()
        with qtbot.waitSignal(server.woken, timeout=5000):
            assert wake_running(name)
    finally:
        server.close()
        server.deleteLater()


@pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")
def test_the_shell_brings_its_window_to_the_front(services, clerk, qtbot):
    shell = Shell(services)
    signin = shell.show_sign_in()
    qtbot.addWidget(signin)
    signin.showMinimized()
    qtbot.waitUntil(signin.isMinimized)
    shell.bring_to_front()
    qtbot.waitUntil(lambda: not signin.isMinimized() and signin.isVisible())


def test_a_main_window_outside_a_session_writes_nothing_when_closed(services, admin, qtbot):
    """The selftest and tools build a main window for an actor that is nobody's session: no sign-out."""
    services.queue.open_window(admin, 1)
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show_area("queue")
    settle(qtbot)
    before = audit_actions(services)
    window.close()
    settle(qtbot)
    assert audit_actions(services) == before and services.queue.windows()[0].state == "open"
