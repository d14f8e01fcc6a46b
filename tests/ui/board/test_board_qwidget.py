"""The display board keeps QWidget's own cursor() and render() (it once hid them under its own names)."""

from __future__ import annotations

from PySide6.QtGui import QCursor, QPixmap

from branchdesk.ui.board.window import DisplayBoard


class SilentVoice:
    def say(self, code, window):
        pass


def test_board_is_still_a_qwidget(services, admin, qtbot):
    services.queue.open_window(admin, 1)
    board = DisplayBoard(services, SilentVoice())
    qtbot.addWidget(board)
    assert isinstance(board.cursor(), QCursor)
    pixmap = QPixmap(board.size())
    board.render(pixmap)  # QWidget.render: the board painted into a pixmap, e.g. for a screenshot
    assert not pixmap.isNull()
