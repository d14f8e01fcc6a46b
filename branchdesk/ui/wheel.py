"""On a page that scrolls, the mouse wheel scrolls the page: a combo or spin box under the pointer takes the
wheel only once the user has focused it (clicked or tabbed into it).

Qt's own behaviour turns the value of whatever field passes under the pointer while the page is scrolled, so
a clerk scrolling down the queue settings changed the call policy without noticing.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

Area = TypeVar("Area", bound=QAbstractScrollArea)
WHEEL_FIELDS = (QComboBox, QAbstractSpinBox)  # spin boxes include the date and time edits


class _WheelToPage(QObject):
    """An event filter on the fields of one scroll area: an unfocused field's wheel scrolls the area."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        area.installEventFilter(self)  # its Show: fields added since the page was built are guarded too
        self.guard_fields()

    def guard_fields(self) -> None:
        content = self.area.viewport()
        for field in content.findChildren(QWidget):
            if isinstance(field, WHEEL_FIELDS) and not field.property("wheel_to_page"):
                field.setProperty("wheel_to_page", True)
                # Not Qt's default WheelFocus: a wheel turn over the field must not focus it either.
                field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area:
            if event.type() == QEvent.Type.Show:
                self.guard_fields()
            return False
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            # The page scrolls, as if the field were not there.
            QCoreApplication.sendEvent(self.area.verticalScrollBar(), event)
            return True
        return False


def wheel_scrolls_page(area: Area) -> Area:
    """Guard the combo and spin boxes inside `area` (a scrolled page); call it once the page is built.
    Fields added later are guarded when the page is next shown. Returns `area`."""
    if area.property("wheel_scrolls_page") is None:
        area.setProperty("wheel_scrolls_page", True)
        _WheelToPage(area)
    return area
