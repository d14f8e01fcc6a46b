"""Small helpers for the read-only tables the pages show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

LATE_BACKGROUND = QColor("#ffd6d6")
LATE_FOREGROUND = QColor("#9b0000")
ON_DUTY_BACKGROUND = QColor("#dff3e4")


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(40)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(False)
    return table


def fill_row(table: QTableWidget, row: int, texts: list[str], background: QColor | None = None,
             foreground: QColor | None = None) -> list[QTableWidgetItem]:
    """Set one row's cells; a cell that already shows the same text in the same colours is left alone
    (pages refill their tables on every change, and each new item makes Qt measure the columns again)."""
    items = []
    back = QBrush(background) if background is not None else QBrush()
    fore = QBrush(foreground) if foreground is not None else QBrush()
    for col, text in enumerate(texts):
        item = table.item(row, col)
        if item is None or item.text() != text or item.background() != back or item.foreground() != fore:
            item = QTableWidgetItem(text)
            if background is not None:
                item.setBackground(back)
            if foreground is not None:
                item.setForeground(fore)
            table.setItem(row, col, item)
        items.append(item)
    return items


def late_rule() -> str:
    """What "late" means, in words: staff read 迟到 as "after opening" otherwise."""
    from branchdesk.services.attendance import ARRIVE_BEFORE_OPENING

    return QCoreApplication.translate(
        "Attendance", "Late: clocked in later than {minutes} minutes before the branch opens").format(
        minutes=int(ARRIVE_BEFORE_OPENING.total_seconds() // 60))


def explain_late(table: QTableWidget, column: int) -> None:
    """The "Late" heading of `table` says the rule on its tooltip."""
    item = table.horizontalHeaderItem(column)
    if item is not None:
        item.setToolTip(late_rule())
