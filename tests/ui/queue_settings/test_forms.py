"""The queue settings page: the window form after other saves, where outcomes show, and the mouse wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QWidget

from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.ops import lanes
from tests.ui.texts import error, ui


def settings_page(services, actor, qtbot, size=(1366, 768)):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.show_area("queue_settings")
    qtbot.waitUntil(lanes().idle, timeout=10000)
    return page


def settle(qtbot) -> None:
    qtbot.waitUntil(lanes().idle, timeout=10000)


def ticked(page) -> set[str]:
    return {code for code, box in page.window_businesses.items() if box.isChecked()}


def wheel(widget: QWidget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_window_form_keeps_its_ticks_and_selection_when_a_service_is_saved(services, admin, qtbot):
    services.queue_settings.save_window(admin, 2, "2号窗口", ["mail", "savings", "philately"], old_number=2)
    page = settings_page(services, admin, qtbot)
    page.window_table.selectRow(1)
    assert ticked(page) == {"mail", "savings", "philately"}

    page.business_table.selectRow(3)  # philately: out of use and back, as a user may do by mistake
    page.toggle_business()
    settle(qtbot)
    assert "philately" not in page.window_businesses
    page.toggle_business()
    settle(qtbot)
    assert page.window_table.currentRow() == 1
    assert ticked(page) == {"mail", "savings", "philately"}  # as stored, and as the table says

    page.business_table.selectRow(1)  # savings renamed: its tick keeps the new name
    page.name_zh.setText("储蓄存款")
    page.save_business()
    settle(qtbot)
    assert page.window_businesses["savings"].text() == "储蓄存款"
    assert ticked(page) == {"mail", "savings", "philately"}

    page.save_window()  # what the administrator then saves is what the window served
    settle(qtbot)
    window = next(w for w in services.queue_settings.windows() if w.number == 2)
    ids = {b.code: b.id for b in services.queue_settings.businesses()}
    assert window.business_ids == {ids["mail"], ids["savings"], ids["philately"]}


def test_ticks_the_user_changed_stay_when_another_form_is_saved(services, admin, qtbot):
    page = settings_page(services, admin, qtbot)
    page.window_table.selectRow(2)
    page.window_businesses["mail"].setChecked(False)
    page.business_table.selectRow(0)
    page.number_to.setValue(800)
    page.save_business()
    settle(qtbot)
    assert page.window_table.currentRow() == 2 and not page.window_businesses["mail"].isChecked()


def test_a_renumbered_window_stays_selected(services, admin, qtbot):
    page = settings_page(services, admin, qtbot)
    page.window_table.selectRow(0)
    page.window_number.setValue(9)
    page.save_window()
    settle(qtbot)
    assert [w.number for w in page.windows_list] == [2, 3, 9]
    assert page.window_table.currentRow() == 2 and page.window_number.value() == 9
    assert page.window_active_button.text() == ui("QueueSettingsPage", "Take out of use")


def test_each_outcome_shows_under_the_form_saved_and_in_sight(services, admin, qtbot):
    page = settings_page(services, admin, qtbot, size=(1366, 768))
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # the page scrolls at this size
    bar.setValue(bar.maximum())
    page.save_policy()
    settle(qtbot)
    policy_box = page.policy_message.parentWidget()
    assert isinstance(policy_box, QGroupBox)
    assert page.policy_message.text() == ui("QueueSettingsPage", "Saved.")
    assert not page.policy_message.visibleRegion().isEmpty()

    bar.setValue(bar.maximum())
    page.window_table.selectRow(0)
    page.window_name.setText("  ")
    page.save_window()  # refused: the message shows by the window form, scrolled into sight
    settle(qtbot)
    assert page.window_message.text() == error("queue.window_name")
    assert page.window_message.parentWidget() is page.window_number.parentWidget()
    assert not page.window_message.visibleRegion().isEmpty()
    assert page.policy_message.text() == ""  # only the last outcome shows
    assert page.window_name.text() == "  "  # what the user typed stays


def test_the_wheel_scrolls_the_page_over_an_unfocused_combo_or_spin_box(services, admin, qtbot):
    page = settings_page(services, admin, qtbot)
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(0)
    page.policy_kind.setCurrentIndex(0)
    for field, value in ((page.policy_kind, page.policy_kind.currentIndex), (page.target_share, page.target_share.value),
                         (page.window_number, page.window_number.value)):
        before, top = value(), bar.value()
        page.setFocus()
        wheel(field)
        assert value() == before
        assert bar.value() > top
    page.policy_kind.setFocus()
    qtbot.waitUntil(page.policy_kind.hasFocus)
    wheel(page.policy_kind)
    assert page.policy_kind.currentIndex() == 1  # a focused field still takes the wheel


def test_every_scrolled_page_leaves_the_wheel_to_the_page(services, admin, qtbot):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea

    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for key in window.keys():
        page = window.show_area(key)
        settle(qtbot)
        for area in page.findChildren(QScrollArea):
            if area.widget() is None:
                continue
            fields = [f for f in area.widget().findChildren(QWidget) if isinstance(f, (QComboBox, QAbstractSpinBox))]
            for field in fields:
                assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, (key, type(field).__name__)
