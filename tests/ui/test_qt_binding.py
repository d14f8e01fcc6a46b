"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every call of a Qt
method returning nothing; a counter PC aborted ("Fatal Python error:
none_dealloc") after a few thousand label updates. pyproject pins it out.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_does_not_leak_references_to_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(300):  # well under the ~5000 references None starts with: a leak shows, and cannot abort
        label.setText("A001")
        qapp.processEvents()
    assert abs(sys.getrefcount(None) - before) < 100
