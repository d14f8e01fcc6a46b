"""The main window on the PCs branches have (issue 8, item 9): at 1280 x 720 and 1366 x 768, in Chinese and
English, the sign-out button and the status bar are inside the window, the navigation never scrolls
sideways, and the queue page shows every business's waiting line without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from branchdesk.ui.i18n import install_translators
from branchdesk.ui.main_window import MainWindow
from tests.ui.lanes import settle

SIZES = [QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)]


def inside(widget: QWidget, window: QWidget) -> bool:
    """Shown, and wholly within the window's own rectangle."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.fixture(params=["zh_CN", "en"])
def lang(request, app_look):
    install_translators(request.param)
    yield request.param
    install_translators("zh_CN")


def laid_out(qtbot) -> None:
    """The lanes' reads landed, and the layouts they changed have settled."""
    settle(qtbot)
    for _ in range(3):
        QCoreApplication.processEvents()


def shown(demo_services, qtbot, size: QSize, username: str = "liqiang", secret: str = "2468") -> MainWindow:
    window = MainWindow(demo_services, demo_services.staff.sign_in(username, secret))
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    laid_out(qtbot)
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_sign_out_and_the_status_bar_are_inside_the_window(lang, demo_services, qtbot, size):
    window = shown(demo_services, qtbot, size)
    for key in window.keys():
        window.show_area(key)
        laid_out(qtbot)
        assert window.size() == size, f"{key} made the window {window.width()} x {window.height()}"
        assert inside(window.sign_out_button, window), key
        assert inside(window.statusBar(), window), key
        assert not window.nav.horizontalScrollBar().isVisible(), key


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_waiting_list_shows_every_business(lang, demo_services, qtbot, size):
    window = shown(demo_services, qtbot, size)
    page = window.show_area("queue")
    laid_out(qtbot)
    table = page.waiting_table
    assert table.rowCount() == 6  # the demo branch's businesses
    viewport = table.viewport().rect()
    for row in range(table.rowCount()):
        cell = table.visualRect(table.model().index(row, 0))
        assert viewport.contains(cell), f"row {row + 1} of {table.rowCount()} is out of sight at {size}"
    assert inside(table, window)
    assert not page.body_scroll.verticalScrollBar().isVisible()
    for button in page.counter.button_grid.buttons:
        assert inside(button, window), button.text()
    assert inside(page.counter.code_input, window)


def test_the_english_navigation_for_an_administrator_never_scrolls_sideways(app_look, demo_services, qtbot):
    install_translators("en")
    try:
        window = shown(demo_services, qtbot, QSize(1280, 720), "admin", "demo1234")
        assert window.nav.horizontalScrollBarPolicy().name == "ScrollBarAlwaysOff"
        room = window.nav.viewport().width()
        for row in range(window.nav.count()):
            assert window.nav.sizeHintForIndex(window.nav.model().index(row, 0)).width() <= room
    finally:
        install_translators("zh_CN")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
# 1280 x 728: what a 1366 x 768 laptop opens, less its title bar.
@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1280, 728), QSize(1366, 768)],
                         ids=lambda s: f"{s.width()}x{s.height()}")
def test_an_administrators_navigation_fits_without_scrolling(app_look, demo_services, qtbot, lang, size):
    install_translators(lang)
    try:
        window = MainWindow(demo_services, demo_services.staff.sign_in("admin", "demo1234"))
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        assert len(window.keys()) == 13  # the most entries anyone gets
        last = window.nav.visualItemRect(window.nav.item(window.nav.count() - 1))
        assert window.nav.viewport().rect().contains(last)
        assert not window.nav.verticalScrollBar().isVisible()
    finally:
        install_translators("zh_CN")
