"""The reflowing layouts: side by side or stacked, three buttons a row or two, as the width allows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHeaderView, QPushButton, QVBoxLayout, QWidget

from branchdesk.ui.reflow import ButtonGrid, Reflow, fill_with_last_column
from branchdesk.ui.tables import fill_row, make_table


class Part(QWidget):
    def __init__(self, width: int) -> None:
        super().__init__()
        self.wanted = width

    def sizeHint(self) -> QSize:
        return QSize(self.wanted, 50)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.wanted // 2, 50)


def _shown(qtbot, widget: QWidget, width: int) -> QWidget:
    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(widget)
    root.resize(width, 400)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_parts_side_by_side_only_when_each_gets_its_width(qtbot):
    reflow = Reflow([(Part(300), 1), (Part(200), 1)], spacing=10)
    root = _shown(qtbot, reflow, 700)
    assert reflow.is_side_by_side()
    assert reflow.minimumSizeHint().width() == 150  # the widest part, stacked
    root.resize(400, 400)
    qtbot.waitUntil(lambda: not reflow.is_side_by_side())
    assert reflow.minimumSizeHint().height() >= 100  # one below the other
    root.resize(700, 400)
    qtbot.waitUntil(reflow.is_side_by_side)


def test_buttons_take_fewer_columns_when_their_texts_do_not_fit(qtbot):
    buttons = [QPushButton(f"button number {n}") for n in range(9)]
    grid = ButtonGrid(buttons, most=3, fewest=2)
    widest = max(b.sizeHint().width() for b in buttons)
    root = _shown(qtbot, grid, 4 * widest)
    assert grid.columns == 3
    assert grid.minimumSizeHint().width() < 3 * widest  # asks only for two columns
    root.resize(int(2.5 * widest), 400)
    qtbot.waitUntil(lambda: grid.columns == 2)
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in buttons))  # no text cut


def test_the_last_column_takes_the_room_left_only_when_it_holds_it(qtbot):
    table = make_table(["Service", "Next numbers"])
    table.setRowCount(1)
    fill_row(table, 0, ["Mail and parcels", "A001 A002 A003 A004 …"])
    fill_with_last_column(table)
    header = table.horizontalHeader()
    root = _shown(qtbot, table, 900)
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch)
    assert header.sectionSize(0) + header.sectionSize(1) >= table.viewport().width() - 1  # no empty strip
    root.resize(200, 400)
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents)
    assert header.sectionSize(1) >= header.sectionSizeFromContents(1).width()  # whole; the table scrolls
