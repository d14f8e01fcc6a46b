"""Editing a checklist on screen (issue 11, item 1): a draft is edited and published as a new version;
bad input is refused with a message and saves nothing."""

from PySide6.QtCore import Qt

from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.ui.checks.template_editor import TemplateEditor
from branchdesk.ui.main_window import MainWindow
from tests.ui.lanes import settle
from tests.ui.texts import error, ui


def _page(services, actor, qtbot):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_area("checks")
    settle(qtbot)
    return page


def _choose(page, title: str) -> None:
    for row in range(page.templates.count()):
        if page.templates.item(row).text().startswith(title):
            page.templates.setCurrentRow(row)
            return
    raise AssertionError(f"{title} is not listed")


def _editor(page, qtbot) -> TemplateEditor:
    page.edit_button.click()
    settle(qtbot)
    editors = page.findChildren(TemplateEditor)
    assert len(editors) == 1 and editors[0].isVisible()
    return editors[0]


def test_an_edited_draft_is_published_as_the_next_version(services, admin, qtbot):
    services.checks.templates.install_defaults()
    opening = next(t for t in services.checks.templates.templates() if t.key == "daily_opening")
    before = services.checks.templates.published(opening.id)
    page = _page(services, admin, qtbot)
    _choose(page, before.title)
    editor = _editor(page, qtbot)
    assert editor.table.rowCount() == len(before.items)
    # Change the first item's text, add a number item after it, then publish.
    editor.table.selectRow(0)
    editor.text.setText("门头招牌清洁、灯箱完好")
    editor.add_item()
    editor.text.setText("营业厅温度")
    editor.answer_type.setCurrentIndex(editor.answer_type.findData("number"))
    editor.min_value.setText("１８")  # full-width, as an input method types it
    editor.max_value.setText("28")
    editor.unit.setText("°C")
    editor.publish()
    settle(qtbot)
    assert not editor.isVisible()
    after = services.checks.templates.published(opening.id)
    assert after.number == before.number + 1
    assert after.items[0].spec.text == "门头招牌清洁、灯箱完好"
    added = after.items[1].spec
    assert (added.text, added.answer_type, added.min_value, added.max_value, added.unit) == \
        ("营业厅温度", "number", 18, 28, "°C")
    assert [i.spec for i in after.items[2:]] == [i.spec for i in before.items[1:]]
    assert [i.spec for i in services.checks.templates.version(before.id).items] == [i.spec for i in before.items]
    assert page.message.text() == ui("ChecksPage", "Version {number} of {title} is published: new checks use it.",
                                     number=after.number, title=after.title)


def test_bad_items_are_refused_and_nothing_is_saved(services, admin, qtbot):
    services.checks.templates.install_defaults()
    closing = next(t for t in services.checks.templates.templates() if t.key == "daily_closing")
    before = services.checks.templates.published(closing.id)
    page = _page(services, admin, qtbot)
    _choose(page, before.title)
    editor = _editor(page, qtbot)
    editor.add_item()  # left without a text
    editor.save()
    settle(qtbot)
    assert editor.error.text() == error("checks.item_empty")
    editor.text.setText("温度")
    editor.answer_type.setCurrentIndex(editor.answer_type.findData("number"))
    editor.min_value.setText("十八")
    editor.save()
    settle(qtbot)
    assert editor.error.text() == ui("TemplateEditor", "Item {number}: the limits must be numbers, such as 18 or 0.5.",
                                     number=editor.current + 1)
    draft = services.checks.templates.version(editor.draft.id)
    assert [i.spec for i in draft.items] == [i.spec for i in before.items]  # the open draft is untouched
    assert services.checks.templates.published(closing.id).number == before.number


def test_enter_in_a_field_keeps_the_editor_open(services, admin, qtbot):
    services.checks.templates.install_defaults()
    page = _page(services, admin, qtbot)
    editor = _editor(page, qtbot)
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert editor.isVisible()


def test_a_new_checklist_starts_as_an_empty_draft_and_a_duty_manager_cannot_edit(services, admin, qtbot):
    from branchdesk.ui.checks.template_editor import NewChecklistDialog
    services.checks.templates.install_defaults()
    page = _page(services, admin, qtbot)
    page.new_button.click()
    dialog = page.findChild(NewChecklistDialog)
    dialog.title.setText("节假日检查")
    dialog.create_checklist()
    settle(qtbot)
    editor = page.findChild(TemplateEditor)
    assert editor is not None and editor.table.rowCount() == 0
    editor.publish()
    settle(qtbot)
    assert editor.error.text() == error("checks.draft_empty")
    services.staff.create(admin, NewStaff("wangfang", "王芳", Role.DUTY_MANAGER, "1357"))
    manager_page = _page(services, services.staff.sign_in("wangfang", "1357"), qtbot)  # runs checks, edits none
    assert manager_page.templates.count() > 0
    assert not manager_page.edit_button.isVisible() and not manager_page.new_button.isVisible()
    assert not any("节假日检查" in manager_page.templates.item(r).text() for r in range(manager_page.templates.count()))


def test_the_table_shows_an_item_as_it_is_typed(services, admin, qtbot):
    services.checks.templates.install_defaults()
    page = _page(services, admin, qtbot)
    editor = _editor(page, qtbot)
    editor.add_item()
    qtbot.keyClicks(editor.text, "Temperature")
    assert editor.table.item(editor.current, 2).text() == "Temperature"
