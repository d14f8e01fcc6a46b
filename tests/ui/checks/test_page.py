"""The check screen (issue 11, item 3): a 40-item check by keyboard alone, at most two keys an item."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from branchdesk.services.checks.defaults import ItemSpec
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import Inspection
from branchdesk.ui.main_window import MainWindow
from tests.ui.lanes import settle
from tests.ui.texts import error, ui


class KeyCounter:
    """Presses keys on whatever has the focus, as a person at the keyboard would, and counts them."""

    def __init__(self, qtbot, window: QWidget) -> None:
        self.qtbot, self.window, self.count = qtbot, window, 0

    def press(self, key, text: str = "", modifier=Qt.KeyboardModifier.NoModifier) -> None:
        target = self.window.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1


def _window(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("checks")
    settle(qtbot)
    return window, page


def _forty_item_checklist(services, admin):
    templates = services.checks.templates
    draft = templates.create(admin, "opening", "四十项检查")
    items = [ItemSpec(f"第{n // 10 + 1}部分", f"检查项目 {n + 1}", critical=(n == 7)) for n in range(38)]
    items += [ItemSpec("数值", "营业厅温度", answer_type="number", min_value=18, max_value=28, unit="°C"),
              ItemSpec("评分", "四净四无", answer_type="score", max_score=4)]
    templates.edit_draft(admin, draft.id, "四十项检查", items)
    templates.publish(admin, draft.id)


def test_a_40_item_check_by_keyboard_alone_takes_at_most_two_keys_an_item(services, admin, qtbot, monkeypatch,
                                                                          tmp_path):
    monkeypatch.setattr("branchdesk.ui.checks.page.documents_folder", lambda: tmp_path)
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.DUTY_MANAGER, "2468"))
    manager = services.staff.sign_in("wangfang", "2468")
    services.checks.templates.install_defaults()
    _forty_item_checklist(services, admin)
    window, page = _window(services, manager, qtbot)
    keys = KeyCounter(qtbot, window)
    # The list has the focus: down to the new checklist, Enter starts.
    wanted = ui("ChecksPage", "{title} (version {number})", title="四十项检查", number=1)
    for _ in range(page.templates.count()):
        if page.templates.currentItem().text() == wanted:
            break
        keys.press(Qt.Key.Key_Down)
    assert page.templates.currentItem().text() == wanted
    keys.press(Qt.Key.Key_Return)
    settle(qtbot)
    keys.count = 0  # choosing the checklist is not part of filling it
    assert page.table.rowCount() == 40
    for n in range(38):
        keys.press(Qt.Key.Key_F if n == 3 else Qt.Key.Key_N if n == 5 else Qt.Key.Key_P)
    keys.press(Qt.Key.Key_2)  # 22 °C
    keys.press(Qt.Key.Key_2)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_3)  # 3 of 4
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)  # sign
    settle(qtbot)
    assert keys.count <= 2 * 40
    with services.db.reading() as s:
        inspection = s.query(Inspection).one()
        assert inspection.signed_by == manager.staff_id and inspection.result == "pass"
        # 36 passes + one failed + 22 °C within limits + 3 of 4; one item not applicable is left out.
        assert (inspection.earned, inspection.possible) == (36 + 1 + 0.75, 39)
    assert page.table.item(3, 3).text() == ui("ChecksPage", "Fail")
    assert page.table.item(5, 3).text() == ui("ChecksPage", "Not applicable")
    assert page.table.item(38, 3).text() == "22 °C"
    reports = list(tmp_path.glob("*.pdf"))
    assert len(reports) == 1 and reports[0].read_bytes().startswith(b"%PDF")
    assert "四十项检查" in reports[0].name


def test_a_wrong_answer_shows_the_items_own_message_and_a_failed_critical_item_fails(services, admin, qtbot,
                                                                                    monkeypatch, tmp_path):
    monkeypatch.setattr("branchdesk.ui.checks.page.documents_folder", lambda: tmp_path)
    _forty_item_checklist(services, admin)
    window, page = _window(services, admin, qtbot)
    page.templates.setCurrentRow(next(i for i in range(page.templates.count())
                                      if "四十项检查" in page.templates.item(i).text()))
    page.start()
    settle(qtbot)
    page._select(39)
    window.activateWindow()
    page.value.setText("5")
    page.answer_typed()  # 5 of 4: refused
    settle(qtbot)
    assert page.error.text() == error("checks.answer_score", top=4)
    assert page.current == 39 and page.value.hasFocus()  # back on the item refused
    assert page.inspection.lines[39].answer is None
    page._select(7)
    qtbot.keyClick(page.table, Qt.Key.Key_F)  # the critical item
    settle(qtbot)
    assert ui("ChecksPage", "a critical item failed") in page.progress.text()
    page._select(7)
    assert page.responsible.isEnabled()
    page.responsible.setCurrentIndex(1)
    page.responsible.activated.emit(1)
    settle(qtbot)
    assert page.inspection.lines[7].answer.responsible_name == page.responsible.itemText(1)
    page.sign()
    settle(qtbot)
    assert page.error.text() == error("checks.unanswered", count=39)


def test_clerks_have_no_check_screen(services, clerk, qtbot):
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    settle(qtbot)
    assert "checks" not in window.keys()
