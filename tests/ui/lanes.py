"""Helpers for UI tests of work that runs on the operations layer's lanes (branchdesk/ui/ops.py)."""

from __future__ import annotations

import threading
from typing import Any

from branchdesk.ui.ops import Op, lanes


def settle(qtbot: Any) -> None:
    """Reads and writes run on the lanes: wait until every outcome is shown."""
    qtbot.waitUntil(lanes().idle, timeout=10_000)


def record_threads(monkeypatch: Any, obj: object, name: str) -> list[threading.Thread]:
    """Wrap `obj.name` so that each call notes the thread it ran on."""
    threads: list[threading.Thread] = []
    method = getattr(obj, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return method(*args, **kwargs)
    monkeypatch.setattr(obj, name, wrapper)
    return threads


def block_lane(parent: Any) -> threading.Event:
    """Hold the database lane with an op that waits; set the event to let it go."""
    release = threading.Event()
    Op(parent, lambda: release.wait(10)).run()
    return release


def off_gui(threads: list[threading.Thread]) -> bool:
    """Every recorded call ran, and none of them on the GUI thread."""
    return bool(threads) and all(t is not threading.main_thread() for t in threads)
