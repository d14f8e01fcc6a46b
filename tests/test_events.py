"""Writes announce what they changed, after their transaction commits; failed writes announce nothing."""

from __future__ import annotations

import pytest

from branchdesk.errors import UserError
from branchdesk.services.events import ATTENDANCE, QUEUE, QUEUE_SETTINGS, STAFF, Events


def test_subscribers_hear_each_change_until_they_unsubscribe():
    events = Events()
    heard: list[frozenset[str]] = []
    unsubscribe = events.subscribe(heard.append)
    events.publish([QUEUE])
    events.publish([])  # nothing changed: nobody is told
    unsubscribe()
    events.publish([STAFF])
    assert heard == [frozenset({QUEUE})]


def test_a_failing_listener_does_not_fail_the_write(services, admin):
    def broken(_areas):
        raise RuntimeError("listener bug")

    heard: list[frozenset[str]] = []
    services.events.subscribe(broken)
    services.events.subscribe(heard.append)
    services.queue.open_window(admin, 1)
    assert heard == [frozenset({QUEUE})]


def test_service_writes_publish_after_commit(services, admin, clerk):
    heard: list[frozenset[str]] = []

    def note(areas):
        # After commit: a fresh read already sees the change.
        heard.append(areas)
        if QUEUE in areas:
            assert services.queue.waiting() or services.queue.windows()

    services.events.subscribe(note)
    services.queue.open_window(admin, 1)
    services.queue.issue("mail")
    services.attendance.clock_in(clerk)
    services.queue_settings.set_target(admin, services.queue_settings.target())
    assert heard[:2] == [frozenset({QUEUE})] * 2
    assert ATTENDANCE in heard[2] and QUEUE_SETTINGS in heard[3]


def test_a_refused_write_publishes_nothing(services, admin):
    heard: list[frozenset[str]] = []
    services.events.subscribe(heard.append)
    with pytest.raises(UserError):
        services.queue.call_next(admin, 1)  # the window is closed
    assert heard == []
