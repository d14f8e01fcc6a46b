"""The last reads and writes that ran on the GUI thread now run on the database lane: signing out, the
set-up wizard, opening the kiosk, the statistics page and the sign-in screen. Each runs off the GUI thread,
a double press acts once, and a refused call shows its message and changes nothing."""

from __future__ import annotations


from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.shell import Shell
from branchdesk.ui.signin import SignInWindow
from tests.ui.texts import error, ui
from tests.ui.lanes import block_lane, off_gui, record_threads, settle


def audit_actions(services) -> list[str]:
    with services.db.reading() as s:
        return [line.action for line in audit.recent(s)]


def refuse(monkeypatch, obj, name: str) -> UserError:
    err = UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))

    def refused(*_args, **_kwargs):
        raise err
    monkeypatch.setattr(obj, name, refused)
    return err


# --- signing out ---------------------------------------------------------------------------------
def main_window(services, actor, qtbot) -> tuple[Shell, MainWindow]:
    shell = Shell(services)
    window = shell.show_main(actor)
    qtbot.addWidget(window)
    settle(qtbot)
    return shell, window


def test_signing_out_writes_on_the_lane_once_then_shows_the_sign_in(services, admin, monkeypatch, qtbot):
    shell, window = main_window(services, admin, qtbot)
    writes = record_threads(monkeypatch, services.staff, "sign_out")
    before = audit_actions(services).count("signout")
    release = block_lane(window)
    assert window.sign_out() is not None
    assert window.sign_out() is None  # a double press signs out once
    window.sign_out_button.click()
    qtbot.wait(50)
    assert shell.window is window and not window.sign_out_button.isEnabled() and writes == []
    release.set()
    settle(qtbot)
    assert isinstance(shell.window, SignInWindow)
    qtbot.addWidget(shell.window)
    assert off_gui(writes) and len(writes) == 1
    assert audit_actions(services).count("signout") == before + 1


def test_a_refused_sign_out_is_shown_and_leaves_the_user_signed_in(services, admin, monkeypatch, qtbot):
    shell, window = main_window(services, admin, qtbot)
    err = refuse(monkeypatch, services.staff, "sign_out")
    before = audit_actions(services)
    window.sign_out()
    settle(qtbot)
    assert shell.window is window and window.isVisible() and window.sign_out_button.isEnabled()
    box = window.sign_out_error
    assert box is not None and box.isVisible()
    assert box.text() == ui("MainWindow", "You are still signed in: {error}", error=error(err.code))
    assert audit_actions(services) == before
    box.close()


# --- the set-up wizard ---------------------------------------------------------------------------
def filled_wizard(services, qtbot, username: str = "chief"):
    from PySide6.QtWidgets import QWizard

    from branchdesk.ui.wizard import SetupWizard

    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.branch_page.form
    form.code.setText("QS-009")
    form.name.setText("青山镇邮政支局")
    form.grade.setValue(3)
    wizard.next()
    page = wizard.admin_page
    page.username.setText(username)
    page.full_name.setText("赵建国")
    page.secret.password.setChecked(True)
    page.secret.first.setText("s3cret-pass")
    page.secret.second.setText("s3cret-pass")
    return wizard, wizard.button(QWizard.WizardButton.FinishButton)


def test_the_wizard_sets_up_on_the_lane_once_with_finish_waiting(services, monkeypatch, qtbot):
    wizard, finish = filled_wizard(services, qtbot)
    calls = record_threads(monkeypatch, services.staff, "set_up_branch")
    release = block_lane(wizard)
    with qtbot.waitSignal(wizard.set_up, timeout=10000) as blocker:
        finish.click()
        assert not finish.isEnabled() and wizard.isVisible()
        finish.click()  # the double press
        assert wizard.admin_page.validatePage() is False  # nor by Enter
        qtbot.wait(50)
        assert calls == [] and not wizard.button(wizard.WizardButton.BackButton).isEnabled()
        release.set()
    settle(qtbot)
    assert blocker.args == ["chief"] and not wizard.isVisible()
    assert off_gui(calls) and len(calls) == 1
    assert [s.username for s in services.staff.list_staff()] == ["chief"]


def test_a_refused_set_up_shows_in_the_wizard_and_changes_nothing(services, qtbot):
    wizard, finish = filled_wizard(services, qtbot, username="x y")
    finish.click()
    settle(qtbot)
    assert wizard.isVisible() and wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.error.text() == error("staff.bad_username")
    assert finish.isEnabled() and not services.branch.is_set_up()
    wizard.admin_page.username.setText("chief")  # and it can be retried
    with qtbot.waitSignal(wizard.set_up, timeout=10000):
        finish.click()
    assert services.branch.is_set_up()


# --- opening the kiosk ---------------------------------------------------------------------------
def queue_page(services, actor, qtbot):
    from tests.ui.queue.test_queue_page import queue_page as build

    page = build(services, actor, qtbot)
    settle(qtbot)
    return page


def test_the_kiosk_opens_once_when_its_audited_opening_lands(services, admin, monkeypatch, qtbot):
    page = queue_page(services, admin, qtbot)
    calls = record_threads(monkeypatch, services.queue, "kiosk_opened")
    release = block_lane(page)
    assert page.open_kiosk(confirmed=True) is not None
    assert page.open_kiosk(confirmed=True) is None  # a double press opens once
    page.kiosk_button.click()
    qtbot.wait(50)
    assert page.kiosk is None and calls == []
    release.set()
    settle(qtbot)
    kiosk = page.kiosk
    assert kiosk is not None and kiosk.isVisible()
    assert off_gui(calls) and len(calls) == 1
    assert audit_actions(services).count("queue.kiosk_opened") == 1
    assert page.open_kiosk(confirmed=True) is None and page.kiosk is kiosk  # an open kiosk only moves
    kiosk.force_close()


def test_a_refused_kiosk_shows_the_translated_message_and_opens_nothing(services, admin, clerk, monkeypatch,
                                                                        qtbot):
    from tests.ui.queue.test_queue_page import queue_page as build

    page = build(services, clerk, qtbot)  # the button is hidden for a clerk, the service refuses anyway
    settle(qtbot)
    calls = record_threads(monkeypatch, services.queue, "kiosk_opened")
    page.open_kiosk(confirmed=True)
    settle(qtbot)
    assert page.kiosk is None and off_gui(calls)
    assert page.counter.message.text() == error("auth.denied", permission="run_kiosk")
    assert "queue.kiosk_opened" not in audit_actions(services)


# --- the statistics page -------------------------------------------------------------------------
def test_the_statistics_page_reads_on_the_lane_and_is_neutral_until_then(demo_services, monkeypatch, qtbot):
    from branchdesk.ui.queue_stats.page import QueueStatsPage

    services = demo_services
    head = services.staff.sign_in("liqiang", "2468")
    reads = [record_threads(monkeypatch, services.branch, "today"),
             record_threads(monkeypatch, services.branch, "settings"),  # the opening hours
             record_threads(monkeypatch, services.local, "get"),
             record_threads(monkeypatch, services.queue_settings, "target"),
             record_threads(monkeypatch, services.queue, "windows")]
    counts = record_threads(monkeypatch, services.queue_reports, "period")
    window = MainWindow(services, head)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    for threads in reads + [counts]:
        threads.clear()  # what the main window and the home page read before
    release = block_lane(window)
    page = window.show_area("queue_stats")
    assert isinstance(page, QueueStatsPage)
    assert not page.day.isEnabled() and not page.open_board_button.isEnabled()  # neutral
    assert page.summary.text() == ui("QueueStatsPage", "Counting…") and page.report is None
    release.set()
    settle(qtbot)
    assert page.day.isEnabled() and page.open_board_button.isEnabled()
    assert all(off_gui(threads) for threads in reads), [[t.name for t in threads] for threads in reads]
    assert off_gui(counts) and len(counts) == 1
    assert page.day.date().toPython() == services.branch.today() and page.report is not None
    assert page.advice_map.table.rowCount() == 7


def test_the_statistics_page_follows_changes(demo_services, monkeypatch, qtbot):
    services = demo_services
    head = services.staff.sign_in("liqiang", "2468")
    window = MainWindow(services, head)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("queue_stats")
    settle(qtbot)
    counts = record_threads(monkeypatch, services.queue_reports, "period")
    advice = record_threads(monkeypatch, services.queue_reports, "window_advice")
    arrivals = page.report.total.arrivals
    services.queue.issue("savings")  # a ticket taken at the kiosk
    settle(qtbot)
    assert len(counts) == 1 and off_gui(counts) and advice == []
    assert page.report.total.arrivals == arrivals + 1
    target = services.queue_settings.target()
    services.queue_settings.set_target(head, target)  # the advice's target saved again
    settle(qtbot)
    assert len(advice) == 1 and off_gui(advice)


def test_a_refused_statistics_read_shows_its_message(demo_services, monkeypatch, qtbot):
    services = demo_services
    head = services.staff.sign_in("liqiang", "2468")
    window = MainWindow(services, head)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("queue_stats")
    settle(qtbot)
    err = refuse(monkeypatch, services.queue_reports, "period")
    page.refresh()
    settle(qtbot)
    assert page.summary.text() == error(err.code)


# --- the sign-in screen --------------------------------------------------------------------------
def test_the_sign_in_screen_reads_the_branch_on_the_lane(demo_services, monkeypatch, qtbot):
    reads = record_threads(monkeypatch, demo_services.branch, "settings")
    window = SignInWindow(demo_services)
    qtbot.addWidget(window)
    assert window.title.text() == "BranchDesk" and window.demo_table is None  # neutral until it lands
    settle(qtbot)
    assert off_gui(reads) and len(reads) == 1
    assert window.title.text() == demo_services.branch.settings().name
    assert window.demo_table is not None and not window.demo_area.isHidden()

