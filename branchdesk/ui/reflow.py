"""Layouts that reflow when a page is narrow, as in a longer language, instead of making it scroll sideways.

Reflow puts its parts side by side while each has room for its preferred width, and one below the other
otherwise; ButtonGrid lays its buttons out in as many columns (up to a limit) as their full texts fit in.
Both ask only for the room of their narrow arrangement, so a page holding them can be as narrow as that,
and they use the wide one whenever the window gives them the room.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout, QFrame, QGridLayout, QHeaderView, QLayout, QLayoutItem, QPushButton, QScrollArea, QTableView,
    QWidget,
)

from branchdesk.ui.wheel import wheel_scrolls_page

LeftToRight = QBoxLayout.Direction.LeftToRight
TopToBottom = QBoxLayout.Direction.TopToBottom


class Reflow(QWidget):
    """Parts (widgets or layouts) side by side when the width allows each its size hint, else stacked."""

    def __init__(self, parts: list[tuple[QWidget | QLayout, int]], spacing: int = 12,
                 wanted: dict[int, Callable[[], int]] | None = None, parent: QWidget | None = None) -> None:
        """`wanted` gives a part's preferred width where its size hint does not tell it (e.g. table_width);
        call `reconsider` when that width changes."""
        super().__init__(parent)
        self.wanted = wanted or {}
        self.box = QBoxLayout(LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        for part, stretch in parts:
            if isinstance(part, QLayout):
                self.box.addLayout(part, stretch)
            else:
                self.box.addWidget(part, stretch)

    def _items(self) -> list[QLayoutItem]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        return [item for item in items if item is not None and not item.isEmpty()]

    def side_by_side_width(self) -> int:
        """The width at which every part gets its preferred width beside the others."""
        widths = []
        for index in range(self.box.count()):
            item = self.box.itemAt(index)
            if item is not None and not item.isEmpty():
                widths.append(self.wanted[index]() if index in self.wanted else item.sizeHint().width())
        return sum(widths) + self.box.spacing() * max(len(widths) - 1, 0)

    def reconsider(self, *_changed: int) -> None:
        """A part's preferred width changed: side by side or stacked, again."""
        self._reflow(self.width())

    def is_side_by_side(self) -> bool:
        return self.box.direction() == LeftToRight

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest part (stacked); as tall as the arrangement in use needs."""
        width = max((item.minimumSize().width() for item in self._items()), default=0)
        return QSize(width, self.box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a part's size hint changed (e.g. a table filled)
            self._reflow(self.width())
        return handled

    def _reflow(self, width: int) -> None:
        wanted = LeftToRight if width >= self.side_by_side_width() else TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()


class ButtonGrid(QWidget):
    """Buttons in rows of `most` columns when their texts fit so, else fewer (down to `fewest`)."""

    def __init__(self, buttons: list[QPushButton], most: int = 3, fewest: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.most, self.fewest = most, fewest
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        self._place(most)

    def _width_for(self, columns: int) -> int:
        widest = max((b.sizeHint().width() for b in self.buttons), default=0)
        spacing = max(self.grid.horizontalSpacing(), 0)
        return columns * widest + spacing * (columns - 1)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(max(self.most, columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """The width of the fewest columns; the height of the arrangement in use."""
        return QSize(self._width_for(self.fewest), self.grid.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a button's text changed (Pause… / Resume)
            self._reflow(self.width())
        return handled

    def _reflow(self, width: int) -> None:
        columns = next((c for c in range(self.most, self.fewest, -1) if self._width_for(c) <= width), self.fewest)
        self._place(columns)


class _Content(QWidget):
    """A scroll area's content that asks for the height its layout needs at least, not the height it would
    like: the area then scrolls only when the content cannot fit, rather than whenever it could use more."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.minimumHeightForWidth(width)
        return super().heightForWidth(width)


def scroll_up_and_down(layout: QLayout) -> QScrollArea:
    """`layout` in a frameless scroll area that scrolls up and down when the page is short (never sideways:
    its content is laid out to the area's width); its combo and spin boxes leave the wheel to the page unless
    focused."""
    content = _Content()
    content.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return wheel_scrolls_page(area)


def table_width(table: QTableView) -> int:
    """The width `table` needs to show every column whole without scrolling sideways."""
    width = table.horizontalHeader().length() + 2 * table.frameWidth()
    width += table.verticalScrollBar().sizeHint().width()  # counted always, so the answer does not flicker
    if not table.verticalHeader().isHidden():
        width += table.verticalHeader().width()
    return width


class _LastColumnFiller(QObject):
    """Keeps a table's last column stretched over the room left while that room holds its heading and
    cells, and as wide as those otherwise (the table then scrolls sideways inside itself)."""

    def __init__(self, table: QTableView) -> None:
        viewport = table.viewport()  # the room is the viewport's, resized after the table itself
        super().__init__(viewport)
        self.table, self.viewport = table, viewport
        viewport.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fit()
        return False

    def fit(self, *_changed: int) -> None:
        header = self.table.horizontalHeader()
        if header.count() == 0:
            return
        last = header.logicalIndex(header.count() - 1)
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != last and not header.isSectionHidden(c))
        need = max(header.sectionSizeFromContents(last).width(), self.table.sizeHintForColumn(last))
        mode = (QHeaderView.ResizeMode.Stretch if self.table.viewport().width() - others >= need
                else QHeaderView.ResizeMode.ResizeToContents)
        if header.sectionResizeMode(last) != mode:
            header.setSectionResizeMode(last, mode)


def fill_with_last_column(table: QTableView) -> None:
    """Columns as wide as their contents; the last one also takes the room left, when there is some."""
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    _LastColumnFiller(table).fit()
