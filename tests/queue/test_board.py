"""What the display board reads, and the new calls it announces."""

from __future__ import annotations

import pytest


@pytest.fixture
def queue(services, admin):
    services.queue.open_window(admin, 1)
    services.queue.open_window(admin, 3)
    return services.queue


def test_calls_since_returns_new_calls_and_recalls_in_order(services, queue, admin):
    start = services.queue_board.state().cursor
    assert services.queue_board.calls_since(start) == []
    queue.issue("mail")
    queue.issue("savings")
    queue.call_next(admin, 3)
    queue.call_next(admin, 1)
    queue.recall(admin, 3)
    calls = services.queue_board.calls_since(start)
    assert [(c.code, c.window_number, c.recall) for c in calls] == [
        ("A001", 3, False), ("B001", 1, False), ("A001", 3, True)]
    assert calls[0].seq < calls[1].seq < calls[2].seq
    assert services.queue_board.calls_since(calls[1].seq) == calls[2:]
    assert services.queue_board.state().cursor == calls[-1].seq


def test_state_shows_now_serving_waiting_and_last_calls(services, queue, admin):
    for _ in range(3):
        queue.issue("mail")
    queue.issue("savings")
    queue.call_next(admin, 3)
    queue.recall(admin, 3)
    state = services.queue_board.state()
    assert [(w.number, w.state, w.code) for w in state.windows] == [
        (1, "open", None), (2, "closed", None), (3, "open", "A001")]
    waiting = {w.code: w.waiting for w in state.waiting}
    assert waiting["mail"] == 2 and waiting["savings"] == 1 and waiting["other"] == 0
    assert [(c.code, c.recall) for c in state.recent] == [("A001", True)]  # one line per ticket
    queue.start(admin, 3)
    queue.finish(admin, 3, units=1)
    queue.call_next(admin, 3)
    state = services.queue_board.state()
    assert [c.code for c in state.recent] == ["A002", "A001"]
    assert state.windows[2].code == "A002"


def test_state_keeps_only_the_last_six_calls(services, queue, admin):
    for _ in range(8):
        queue.issue("mail")
    for _ in range(8):
        queue.call_next(admin, 1)
        queue.start(admin, 1)
        queue.finish(admin, 1, units=1)
    recent = services.queue_board.state().recent
    assert [c.code for c in recent] == ["A008", "A007", "A006", "A005", "A004", "A003"]
    assert services.queue_board.state().windows[0].code is None
