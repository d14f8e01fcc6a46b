"""The display board shows the queue and announces each new call once (a recall again)."""

from __future__ import annotations

import pytest

from branchdesk.ui.board.window import SCREEN_KEY, DisplayBoard, chosen_screen
from tests.ui.texts import ui
from tests.ui.lanes import settle


class FakeVoice:
    def __init__(self):
        self.said = []

    def say(self, code, window):
        self.said.append((code, window))


@pytest.fixture
def queue(services, admin):
    services.queue.open_window(admin, 1)
    services.queue.open_window(admin, 2)
    services.queue.pause_window(admin, 2, "午休")
    return services.queue


def test_board_shows_new_calls_and_asks_for_announcements(services, admin, queue, qtbot):
    queue.issue("mail")
    queue.issue("mail")
    queue.call_next(admin, 1)  # called before the board opened: shown, not spoken
    voice = FakeVoice()
    board = DisplayBoard(services, voice)
    qtbot.addWidget(board)
    settle(qtbot)
    assert voice.said == []
    assert board.window_rows[0][0].text() == ui("DisplayBoard", "Window {number}", number=1)
    assert board.window_rows[0][1].text() == "A001"
    assert board.window_rows[1][1].text() == ui("DisplayBoard", "Paused")
    assert board.window_rows[2][1].text() == ui("DisplayBoard", "Closed")
    waiting = ui("DisplayBoard", "{count}", "people waiting", count=1)
    assert ("邮件包裹", waiting) in [(name.text(), count.text()) for name, count in board.waiting_labels]

    queue.recall(admin, 1)
    queue.start(admin, 1)
    queue.finish(admin, 1, units=1)
    queue.call_next(admin, 1)
    board.poll()
    settle(qtbot)
    assert voice.said == [("A001", 1), ("A002", 1)]
    assert board.window_rows[0][1].text() == "A002"
    assert board.recent_labels[0].text() == ui("DisplayBoard", "{code}  to window {number}", code="A002", number=1)
    assert board.recent_labels[0].property("role") == "newest"
    assert board.recent_labels[1].text() == ui("DisplayBoard", "{code}  to window {number}", code="A001", number=1)
    board.poll()
    settle(qtbot)
    assert voice.said == [("A001", 1), ("A002", 1)]  # each call once


def test_the_board_follows_the_queue_without_polling(services, admin, queue, qtbot):
    voice = FakeVoice()
    board = DisplayBoard(services, voice)
    qtbot.addWidget(board)
    board.show_on(chosen_screen(services))
    settle(qtbot)
    assert board.timer.isActive()  # the clock
    queue.issue("savings")
    queue.call_next(admin, 1)  # announced by the service: the board reads the queue on the database lane
    qtbot.waitUntil(lambda: voice.said == [("B001", 1)], timeout=4000)
    assert board.window_rows[0][1].text() == "B001"
    board.close()
    assert not board.timer.isActive()


def test_chosen_screen_defaults_to_the_last(services, qapp):
    screens = qapp.screens()
    assert chosen_screen(services) is screens[-1]
    services.local.set(SCREEN_KEY, screens[0].name())
    assert chosen_screen(services) is screens[0]
    services.local.set(SCREEN_KEY, "no such screen")
    assert chosen_screen(services) is screens[-1]
