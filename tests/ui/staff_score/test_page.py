"""The 员工积分 page (issue 11, item 7): the month's table and ranking, each line opening its source with
Enter, the weekly evaluation form refusing a score above its maximum, a clerk seeing only their own."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from branchdesk.services.staff_score.rules import points_text
from branchdesk.store.models import StaffEvaluation
from branchdesk.ui.i18n import install_translators
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.staff_score.dialogs import EvaluationDialog
from branchdesk.ui.staff_score.source import SourceDialog
from tests.staff_score.conftest import MONTH
from tests.ui.lanes import settle
from tests.ui.texts import error, ui


def open_page(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("staff_score")
    settle(qtbot)
    return window, page


def evaluations(services) -> int:
    with services.db.reading() as s:
        return s.scalar(select(func.count()).select_from(StaffEvaluation))


def source_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SourceDialog) and w.isVisible()]


def test_the_head_sees_the_ranking_and_enter_opens_each_lines_source(services, november, head, clerk, qtbot):
    _, page = open_page(services, head, qtbot)
    assert page.evaluate_button.isVisible() and page.pdf_button.isEnabled()
    names = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert names[0] == "张敏" and page.table.item(0, 0).text() == "1"
    total = services.staff_score.month_score(head, clerk.staff_id, MONTH).total
    assert page.table.item(0, 2).text() == points_text(total)
    page.table.selectRow(0)
    settle(qtbot)
    assert page.line_table.rowCount() == len(page.lines) == 4 + 2 + 1 + 2
    opened = []
    for row in range(page.line_table.rowCount()):
        if page.lines[row].source is None:
            continue  # a week not evaluated: nothing to open
        page.line_table.setFocus()
        page.line_table.setCurrentCell(row, 1)
        qtbot.keyClick(page.line_table, Qt.Key.Key_Return)
        settle(qtbot)
        dialogs = source_dialogs()
        assert len(dialogs) == 1, f"row {row}"
        opened.append(dialogs[0].objectName())
        dialogs[0].close()
        QCoreApplication.processEvents()
    assert opened == ["source-evaluation", "source-evaluation", "source-target", "source-target", "source-day",
                      "source-inspection", "source-inspection"]


def test_the_failed_item_is_marked_in_the_check_it_came_from(services, november, head, qtbot):
    _, page = open_page(services, head, qtbot)
    page.table.selectRow(0)  # the clerk, first in the ranking
    settle(qtbot)
    row = next(r for r, line in enumerate(page.lines) if line.source and line.source.kind == "inspection")
    page.open_line(row)
    settle(qtbot)
    dialog = source_dialogs()[0]
    marked = dialog.table.currentRow()
    assert "设备归位" in dialog.table.item(marked, 1).text()
    assert dialog.table.item(marked, 2).text() == ui("StaffScore", "Failed")
    assert dialog.table.item(marked, 3).text() == "张敏"
    dialog.close()


def test_a_score_above_its_maximum_is_refused_with_a_message_and_nothing_saved(services, november, head, clerk,
                                                                                 qtbot):
    before = evaluations(services)
    dialog = EvaluationDialog(services, head, [(clerk.staff_id, "张敏")], clerk.staff_id, MONTH,
                              dt.date(2026, 11, 24))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    assert dialog.week.currentData() == dt.date(2026, 11, 23)
    first = dialog.spins["service"]
    first.selectAll()
    qtbot.keyClicks(first, "16")
    for code in ("help", "demo", "sales", "skills"):
        dialog.spins[code].setValue(5)
    dialog.save()
    settle(qtbot)
    assert dialog.error.text() == error("score.criterion_range", number=1, top=15)
    assert dialog.isVisible() and evaluations(services) == before
    first.setValue(15)
    dialog.save()
    settle(qtbot)
    assert not dialog.isVisible() and evaluations(services) == before + 1


def test_a_clerk_sees_only_their_own_score_and_makes_no_entries(services, november, clerk, qtbot):
    _, page = open_page(services, clerk, qtbot)
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "张敏"
    assert not page.buttons.isVisible() and not page.evaluate_button.isVisible()
    assert page.line_table.rowCount() > 0


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1366, 768)], ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_navigation_with_the_staff_score_fits_without_scrolling(app_look, demo_services, qtbot, lang, size):
    install_translators(lang)
    try:
        window = MainWindow(demo_services, demo_services.staff.sign_in("admin", "demo1234"))
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        assert "staff_score" in window.keys()
        last = window.nav.visualItemRect(window.nav.item(window.nav.count() - 1))
        assert window.nav.viewport().rect().contains(last)
        assert not window.nav.verticalScrollBar().isVisible()
    finally:
        install_translators("zh_CN")
