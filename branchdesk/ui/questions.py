"""A yes-or-cancel question that does not block: shown with open(), answered through a callback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, yes: str, cancel: str,
        answered: Callable[[int], None], default_yes: bool = False) -> QMessageBox:
    """Open the question (deleted when closed) and return it; `answered(result)` gets QMessageBox's result,
    `QMessageBox.StandardButton.Yes.value` for yes. Enter picks `default_yes` or cancel."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.Cancel).setText(cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(answered)
    box.open()
    return box
