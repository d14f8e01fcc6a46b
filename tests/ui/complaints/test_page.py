"""The complaints page: registering through the form, the countdown, steps, reply and satisfaction, and the
home page's alert; every read and write on the database lane (issue 11, item 6)."""

from __future__ import annotations

from sqlalchemy import func, select

from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import Complaint
from branchdesk.ui.main_window import MainWindow
from tests.ui.lanes import settle
from tests.ui.texts import error, ui


def open_page(services, actor, key, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()  # a hidden page only notes that it is stale
    page = window.show_area(key)
    settle(qtbot)
    return window, page


def complaints_held(services) -> int:
    with services.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Complaint))


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_a_clerk_registers_a_complaint_and_adds_a_step(services, admin, clerk, qtbot):
    _, page = open_page(services, clerk, "complaints", qtbot)
    page.show_form()
    page.contact.setText("13812345678")
    page.summary.setPlainText("包裹五天未到")
    page.register()
    settle(qtbot)
    assert page.form_message.text() == error("complaint.no_channel")  # no channel: said, nothing kept
    assert complaints_held(services) == 0
    choose(page.channel, "hotline_12305")
    choose(page.category, "delay")
    choose(page.assignee, admin.staff_id)
    page.register()
    settle(qtbot)
    assert complaints_held(services) == 1
    assert page.table.rowCount() == 1
    row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert row[1] == ui("Complaints", "12305 hotline") and row[2] == ui("Complaints", "Delay")
    left = ui("Complaints", "{days} d {hours} h", days=3, hours=0)
    assert row[-1] == ui("Complaints", "{span} left", span=left)
    assert "138****5678" in page.facts.text() and "13812345678" not in page.facts.text()
    assert not page.handler_rows.isVisibleTo(page)  # a clerk neither replies nor records satisfaction
    page.step_text.setText("已联系寄件局查询")
    page.add_step()
    settle(qtbot)
    assert page.steps.count() == 2 and "已联系寄件局查询" in page.steps.item(1).text()


def test_the_head_replies_and_records_satisfaction_an_overdue_one_shows_red(services, admin, clerk, clock,
                                                                           qtbot):
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.BRANCH_HEAD, "1357"))
    head = services.staff.sign_in("wangfang", "1357")
    late = services.complaints.register(clerk, received_at=clock.now(), channel="visit", category="attitude",
                                        summary="态度生硬", contact="13900001111", first_staff_id=clerk.staff_id,
                                        assignee_staff_id=head.staff_id)
    clock.advance(days=3, hours=2)
    window, page = open_page(services, head, "complaints", qtbot)
    overdue = ui("Complaints", "Overdue by {span}", span=ui("Complaints", "{hours} h", hours=2))
    cell = page.table.item(0, page.table.columnCount() - 1)
    assert cell.text() == overdue and cell.foreground().color().name() == "#9b0000"
    home = window.show_area("home")
    settle(qtbot)
    assert home.complaint_alert.isVisibleTo(home)
    assert ui("HomePage", "Complaints past the 3-day deadline, not yet answered: {count}.", count=1) \
        in home.complaint_text.text()
    window.show_area("complaints")
    page.table.selectRow(0)
    settle(qtbot)
    page.reply_text.setText("已向客户致歉")
    page.reply()
    settle(qtbot)
    assert services.complaints.get(late.id).complaint.closed
    assert not page.reply_button.isEnabled() and page.satisfaction_button.isEnabled()
    choose(page.satisfaction, "basically_satisfied")
    page.record_satisfaction()
    settle(qtbot)
    assert services.complaints.get(late.id).complaint.satisfaction == "basically_satisfied"
    assert ui("ComplaintsPage", "Answered late") in page.table.item(0, page.table.columnCount() - 1).text()
    window.show_area("home")
    settle(qtbot)
    assert not home.complaint_alert.isVisibleTo(home)  # the alert went with the reply
