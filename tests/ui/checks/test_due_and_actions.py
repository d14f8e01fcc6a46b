"""The home page's due list and the corrective actions' tab (issue 11, items 2 and 4), on the demo branch:
a few days of checks, two overdue actions and an unanswered complaint, seen at Tuesday 07:30."""

from PySide6.QtCore import QCoreApplication, QThreadPool, Qt

from branchdesk.ui.checks.actions import DoneDialog
from branchdesk.ui.main_window import SMALLEST_SIZE, MainWindow
from branchdesk.ui.tables import LATE_FOREGROUND
from tests.ui.lanes import settle
from tests.ui.texts import error, ui
from tests.ui.test_pseudo_locale import clipped, pseudo  # noqa: F401 - the fixture


def _window(services, username, secret, qtbot):
    actor = services.staff.sign_in(username, secret)
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window, actor


def _rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_due_list_shows_checks_actions_and_complaints_and_enter_opens_the_check(demo_services, qtbot):
    window, _ = _window(demo_services, "liqiang", "2468", qtbot)
    due = window.pages["home"].due_list
    rows = _rows(due.table)
    opening = ui("DueList", "Check: {title}", title="每日开门检查")
    assert rows[0] == [opening, "08:30", ui("DueList", "Due now")]
    actions = [r for r in rows if r[0].startswith(ui("DueList", "Corrective action: {item} ({owner})",
                                                      item="", owner="")[:3])]
    assert [r[2] for r in actions] == [ui("DueList", "Overdue by {days} d", days=1)] * 2
    complaint = next(i for i, (kind, _id, _x) in enumerate(due.targets) if kind == "complaint")
    assert rows[complaint][0].startswith(
        ui("DueList", "Complaint: {summary} ({assignee})", summary="挂号信", assignee="")[:6])
    assert due.table.item(complaint, 0).foreground().color() == LATE_FOREGROUND
    # The demo activity's overdue milestone and its customers to call back come last, opening 活动.
    assert [kind for kind, _id, _x in due.targets][-2:] == ["activity", "activity"]
    due.table.setFocus()
    due.table.setCurrentCell(0, 0)
    qtbot.keyClick(due.table, Qt.Key.Key_Return)
    settle(qtbot)
    checks = window.pages["checks"]
    assert window.current_key() == "checks" and checks.stack.currentIndex() == 1
    assert checks.inspection is not None and checks.inspection.title == "每日开门检查"
    # Started now: back home, the list offers to carry on with it instead of starting another.
    window.show_area("home")
    settle(qtbot)
    assert due.targets[0][2] == checks.inspection.id
    assert _rows(due.table)[0][2] == ui("DueList", "Due now") + ui("DueList", " (started)")


def test_an_overdue_action_opens_on_the_actions_tab_done_then_checked_by_someone_else(demo_services, qtbot):
    window, manager = _window(demo_services, "liqiang", "2468", qtbot)
    due = window.pages["home"].due_list
    row = next(i for i, (kind, _id, _x) in enumerate(due.targets) if kind == "action")
    action_id = due.targets[row][1]
    due.table.setFocus()
    due.table.setCurrentCell(row, 0)
    qtbot.keyClick(due.table, Qt.Key.Key_Return)
    settle(qtbot)
    panel = window.pages["checks"].actions_panel
    assert window.pages["checks"].tabs.currentWidget() is panel
    assert panel.current().id == action_id and panel.table.hasFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_D)
    dialogs = [d for d in panel.findChildren(DoneDialog) if d.isVisible()]
    assert len(dialogs) == 1
    done = dialogs[0]
    done.save()  # no evidence: refused on its own line, the dialog stays
    settle(qtbot)
    assert done.isVisible() and done.error.text() == error("actions.no_evidence")
    done.evidence.setPlainText("地面已清扫")
    done.save()
    settle(qtbot)
    assert not done.isVisible()
    assert panel.current().status == "done"
    assert panel.steps.toPlainText().splitlines()[-1].endswith("地面已清扫")
    # The owner is 张敏; 李强 checks the effect: effective closes it and it leaves the open list.
    qtbot.keyClick(panel.table, Qt.Key.Key_E)
    settle(qtbot)
    assert action_id not in [a.id for a in panel.rows]
    assert demo_services.checks.actions.get(action_id).action.status == "closed"
    window.show_area("home")
    settle(qtbot)
    assert action_id not in [target for _kind, target, _x in due.targets]


def test_a_clerk_who_owns_an_action_marks_it_done_from_the_home_page(demo_services, qtbot):
    window, clerk = _window(demo_services, "zhangmin", "3579", qtbot)
    assert "checks" not in window.keys()
    due = window.pages["home"].due_list
    row = next(i for i, (kind, _id, _x) in enumerate(due.targets) if kind == "action")
    action_id = due.targets[row][1]
    due.table.setFocus()
    due.table.setCurrentCell(row, 0)
    qtbot.keyClick(due.table, Qt.Key.Key_Return)
    dialog = next(d for d in window.pages["home"].findChildren(DoneDialog) if d.isVisible())
    dialog.evidence.setPlainText("时钟已校准")
    dialog.save()
    settle(qtbot)
    assert not dialog.isVisible()
    assert demo_services.checks.actions.get(action_id).action.status == "done"
    assert action_id not in [target for _kind, target, _x in due.targets]  # done: no longer overdue


def test_the_actions_tab_fits_a_longer_language_at_the_smallest_window(pseudo, demo_services, qtbot):  # noqa: F811
    window, _ = _window(demo_services, "liqiang", "2468", qtbot)
    window.resize(SMALLEST_SIZE)
    page = window.show_area("checks")
    page.tabs.setCurrentWidget(page.actions_panel)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10000)
    for _ in range(3):
        QCoreApplication.processEvents()
    assert page.actions_panel.table.rowCount() > 0 and page.actions_panel.steps.toPlainText()
    assert window.size() == SMALLEST_SIZE
    assert not clipped(window), "\n".join(clipped(window))


def test_signing_says_how_many_actions_it_opened_and_they_are_on_the_tab(demo_services, qtbot, monkeypatch, tmp_path):
    from tests.checks.helpers import run_check

    monkeypatch.setattr("branchdesk.ui.checks.page.documents_folder", lambda: tmp_path)
    window, manager = _window(demo_services, "liqiang", "2468", qtbot)
    checks = demo_services.checks
    closing = next(t.id for t in checks.templates.templates() if t.key == "daily_closing")
    started = run_check(checks, manager, closing, fail=("门窗", "入库"), sign=False)
    page = window.show_area("checks")
    page.open_check(closing, started.id)  # as the home page's due list does for a check started
    settle(qtbot)
    assert page.inspection.id == started.id and page.stack.currentIndex() == 1
    page.sign()
    settle(qtbot)
    assert ui("ChecksPage", "Corrective actions opened for the failed items: {count}. They are on the "
                            "Corrective actions tab.", count=2) in page.message.text()
    page.tabs.setCurrentWidget(page.actions_panel)
    settle(qtbot)
    texts = [page.actions_panel.table.item(r, 2).text() for r in range(page.actions_panel.table.rowCount())]
    assert {"门窗、电源关闭", "现金、重要空白凭证、印章入库上锁"} <= set(texts)


def test_the_branch_head_changes_when_a_check_is_due_and_goes_back_to_the_default(demo_services, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    window, head = _window(demo_services, "wangfang", "1357", qtbot)
    page = window.show_area("checks")
    settle(qtbot)
    assert page.schedule_button.isVisible() and page.templates.currentItem().text().startswith("每日开门检查")
    dialog = page.edit_schedule()
    settle(qtbot)
    assert (dialog.frequency.currentData(), dialog.lead.value(), dialog.grace.value()) == ("opening", 60, 30)
    assert not dialog.weekday.isEnabled()
    dialog.grace.setValue(10)
    dialog.save()
    settle(qtbot)
    assert not dialog.isVisible()
    opening = next(t for t in demo_services.checks.schedules.templates() if t.title == "每日开门检查")
    assert opening.changed and opening.schedule.grace_minutes == 10
    dialog = page.edit_schedule()
    settle(qtbot)
    assert dialog.grace.value() == 10
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    settle(qtbot)
    assert not next(t for t in demo_services.checks.schedules.templates() if t.title == "每日开门检查").changed


def test_the_duty_manager_has_no_schedule_button(demo_services, qtbot):
    window, _ = _window(demo_services, "liqiang", "2468", qtbot)
    page = window.show_area("checks")
    settle(qtbot)
    assert not page.schedule_button.isVisible()


def test_recent_checks_show_the_branchs_local_time(demo_services, qtbot):
    from tests.conftest import SHANGHAI

    window, manager = _window(demo_services, "liqiang", "2468", qtbot)
    page = window.show_area("checks")
    settle(qtbot)
    latest = demo_services.checks.inspections.recent(manager)[0].started_at.astimezone(SHANGHAI)
    assert page.recent.item(0, 0).text().endswith(f"{latest:%H:%M}")  # not the UTC hour
