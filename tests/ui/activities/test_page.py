"""The activities page (issue 10): a manager plans, starts and equips an activity from the keyboard;
overdue milestones show red here and on the home page; a clerk only looks; reads off the GUI thread."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import Activity
from branchdesk.ui.main_window import MainWindow
from tests.activities.conftest import plan
from tests.ui.lanes import off_gui, record_threads, settle
from tests.ui.test_pseudo_locale import pseudo  # noqa: F401 (the fixture)
from tests.ui.texts import error, ui


@pytest.fixture
def manager(services, admin):
    info = services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    return services.staff.sign_in(info.username, "2468")


def open_page(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("activities")
    settle(qtbot)
    return window, page


def activities_held(services) -> int:
    with services.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Activity))


def test_a_manager_plans_starts_and_equips_an_activity(services, manager, qtbot, monkeypatch):
    reads = record_threads(monkeypatch, services.activities.plans, "listing")
    _, page = open_page(services, manager, qtbot)
    assert off_gui(reads)
    assert page.summary.text() == ui("ActivitiesPage", "No activity yet.") + " " + \
        ui("ActivitiesPage", "Plan one with “New activity”.")
    page.new_button.click()
    tab = page.plan_tab
    tab.name.setText("金秋集市日")
    tab.days.setText("2026-11-24, 11月25")
    tab.goals["participants"].setValue(200)
    tab.save_button.click()
    settle(qtbot)
    assert tab.message.text() == error("activity.bad_day", text="11月25")
    assert activities_held(services) == 0
    tab.days.setText("2026-11-24, 11-25")
    tab.save_button.click()
    settle(qtbot)
    assert activities_held(services) == 1
    assert page.data.detail.status == "draft" and len(page.data.detail.days) == 2
    assert page.start_button.isVisibleTo(page)
    page.start_button.click()
    settle(qtbot)
    assert page.data.detail.status == "running" and not page.start_button.isVisibleTo(page)
    assert not tab.name.isEnabled()  # the plan's core is fixed once running

    channels = page.channels_tab
    channels.name.setText("集市入口海报")
    channels.placement.setText("东口")
    channels.copies.setValue(3)
    channels.placement.returnPressed.emit()  # Enter in the last field adds it
    settle(qtbot)
    assert channels.table.rowCount() == 1 and len(channels.table.item(0, 4).text()) == 10

    budget = page.budget_tab
    budget.cap.setText("1000")
    budget.slack.setText("100")
    budget.add_button.click()
    settle(qtbot)
    budget.amount.setText("600")
    budget.note.setText("礼品")
    budget.spend_button.click()
    settle(qtbot)
    assert budget.table.item(0, 3).text() == "600.00"
    assert budget.table.item(0, 5).text() == ui("BudgetTab", "{share}% used", share=60)
    budget.amount.setText("abc")
    budget.spend_button.click()
    settle(qtbot)
    assert budget.message.text() == error("activity.bad_amount")


def test_an_overdue_milestone_is_red_here_and_listed_on_home(services, manager, clerk, qtbot):
    today = services.branch.today()
    activity = services.activities.plans.create(manager, plan(today))
    services.activities.plans.start(manager, activity.id)
    services.activities.plans.add_milestone(manager, activity.id, "materials_arrival", today - dt.timedelta(days=1),
                                            manager.staff_id)
    window, page = open_page(services, clerk, qtbot)
    cell = page.milestones_tab.table.item(0, 3)
    assert cell.text() == ui("MilestonesTab", "Overdue") and cell.foreground().color().name() == "#9b0000"
    assert not page.new_button.isVisibleTo(page) and not page.milestones_tab.add_button.isEnabled()
    home = window.show_area("home")
    settle(qtbot)
    due = home.due_list.table
    rows = [due.item(row, 0).text() for row in range(due.rowCount())]
    from branchdesk.ui.activities.labels import milestone_label
    wanted = ui("DueList", "Activity milestone: {activity}: {milestone} ({owner})", activity=activity.name,
                milestone=milestone_label("materials_arrival"), owner=manager.full_name)
    assert due.item(rows.index(wanted), 2).text() == ui("DueList", "Overdue by {days} d", days=1)


def test_every_tab_fits_the_smallest_window_in_a_longer_language(pseudo, demo_services, qtbot):  # noqa: F811
    from PySide6.QtCore import QCoreApplication

    from branchdesk.ui.main_window import SMALLEST_SIZE
    from tests.ui.test_pseudo_locale import clipped

    head = demo_services.staff.sign_in("wangfang", "1357")
    window = MainWindow(demo_services, head)
    qtbot.addWidget(window)
    window.resize(SMALLEST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("activities")
    settle(qtbot)
    assert page.data.detail is not None and page.data.detail.status == "running"  # the demo's market week
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        for _ in range(3):
            QCoreApplication.processEvents()
        assert window.size() == SMALLEST_SIZE
        assert clipped(page) == [], page.tabs.tabText(index)
