"""The inspector on the 检查 page (issue 11, item 5): record, answer, sign and release a visit by keyboard; the
branch head sees nothing of it until then, and no report of it lands in this PC's Documents folder before."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.ui.checks.visits import VisitDialog
from tests.ui.checks.test_page import KeyCounter, _window
from tests.ui.lanes import settle
from tests.ui.texts import ui


def _accounts(services, admin):
    services.checks.templates.install_defaults()
    services.staff.create(admin, NewStaff("zhaojian", "赵检", Role.INSPECTOR, "8642"))
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.BRANCH_HEAD, "1357"))
    return services.staff.sign_in("zhaojian", "8642"), services.staff.sign_in("wangfang", "1357")


def _dialog() -> VisitDialog:
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, VisitDialog) and w.isVisible()]
    return dialog


def test_the_inspector_records_signs_and_releases_a_visit_by_keyboard(services, admin, qtbot, monkeypatch, tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr("branchdesk.ui.checks.page.documents_folder", lambda: documents)
    inspector, head = _accounts(services, admin)
    window, page = _window(services, inspector, qtbot)
    assert window.keys() == ["checks", "settings"]  # not branch staff: no queue, attendance or complaints
    assert [page.templates.item(i).text() for i in range(page.templates.count())] == [
        ui("ChecksPage", "{title} (version {number})", title="神秘顾客暗访", number=1)]
    keys = KeyCounter(qtbot, window)
    keys.press(Qt.Key.Key_Return)  # the particulars
    settle(qtbot)
    dialog = _dialog()
    dialog.window_label.setCurrentText("东侧第二窗口")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot)
    assert page.stack.currentIndex() == 1 and "东侧第二窗口" in page.particulars.text()
    assert page.runner_release.isVisible() and not page.runner_release.isEnabled()  # not signed yet
    for line in page.inspection.lines:  # pass everything, a 4 for the score, 2 minutes, the note
        kind = line.item.spec.answer_type
        if kind == "pass_fail":
            keys.press(Qt.Key.Key_P)
        elif kind == "score":
            keys.press(Qt.Key.Key_4)
            keys.press(Qt.Key.Key_Return)
        elif kind == "number" and "收寄" in line.item.spec.text:
            keys.press(Qt.Key.Key_2)
            keys.press(Qt.Key.Key_Return)
        elif kind == "number":  # not done on this visit: Esc leaves the answer field, N
            keys.press(Qt.Key.Key_Escape)
            keys.press(Qt.Key.Key_N)
        else:
            window.focusWidget().setText("态度很好")  # typed through an input method: no key events to send
            keys.press(Qt.Key.Key_Return)
        settle(qtbot)
    keys.press(Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)  # sign
    settle(qtbot)
    assert page.inspection.signed and list(documents.iterdir()) == []  # no report on the shared PC yet
    assert ui("ChecksPage", "Signed. Only inspectors see this visit until you release it (Ctrl+R); its report is "
                            "saved then.") == page.message.text()
    assert services.checks.inspections.recent(head) == []
    if QApplication.activeWindow() is not window:  # offscreen, no window manager hands it back after the dialog
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    keys.press(Qt.Key.Key_R, modifier=Qt.KeyboardModifier.ControlModifier)  # release, asked first
    (question,) = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    question.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot)
    assert page.inspection.visit.released_at is not None
    assert [p.suffix for p in documents.iterdir()] == [".pdf"]
    assert [s.id for s in services.checks.inspections.recent(head)] == [page.inspection.id]


def test_the_branch_head_sees_no_unreleased_visit_and_no_mystery_checklist(services, admin, qtbot, clock):
    from tests.checks.test_mystery import _recorded, make_people

    services.checks.templates.install_defaults()
    people = make_people(services, admin)
    _recorded(services.checks, people, clock)
    window, page = _window(services, people[Role.BRANCH_HEAD], qtbot)
    assert page.recent.rowCount() == 0 and not page.release_button.isVisible()
    titles = [page.templates.item(i).text() for i in range(page.templates.count())]
    assert titles and not any("神秘顾客" in title for title in titles)
