"""The shipped CJK font and the large, plain look of the app."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from branchdesk.paths import fonts_dir

log = logging.getLogger(__name__)

FONT_FILE = "wqy-microhei.ttc"
BASE_POINT_SIZE = 14

STYLE = """
QPushButton { padding: 6px 18px; min-height: 34px; }
QPushButton[big="true"] { font-size: 20pt; min-height: 72px; min-width: 200px; }
QLineEdit, QComboBox, QSpinBox, QTimeEdit, QDateEdit { min-height: 32px; padding: 0 4px; }
QLabel[role="error"] { color: #b00020; font-weight: bold; }
QLabel[role="warning"] { color: #8a5a00; }
QLabel[role="title"] { font-size: 20pt; font-weight: bold; }
QListWidget#nav { font-size: 16pt; background: #0b5d3b; color: white; border: none; }
QListWidget#nav::item { padding: 10px 18px; }  /* thirteen entries (an administrator's) fit a 1280 x 720 window */
QListWidget#nav::item:selected { background: #127a4f; color: white; }
QCheckBox::indicator, QRadioButton::indicator { width: 20px; height: 20px; }
QStatusBar QLabel { padding: 2px 12px; }
QTableWidget { gridline-color: #c8c8c8; }
QHeaderView::section { padding: 6px; font-weight: bold; }
"""


def install_font(app: QApplication) -> str | None:
    """Register the shipped font and make it the app font; returns its family."""
    path = fonts_dir() / FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the font %s", path)
        font = app.font()
        font.setPointSize(BASE_POINT_SIZE)
        app.setFont(font)
        return None
    font = QFont(families[0], BASE_POINT_SIZE)
    app.setFont(font)
    return families[0]


def apply_look(app: QApplication) -> None:
    app.setStyleSheet(STYLE)
