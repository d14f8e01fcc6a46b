"""What changed: a tiny publish/subscribe for the areas of data, plain Python and thread-safe.

Write methods publish the areas they changed after their transaction commits
(`publishes("queue")`), on whatever thread ran them (the UI's database lane, the
CLI, a test). Subscribers are called on that same thread, so they must only
take note; the UI has one subscriber that re-emits each change as a Qt signal
on the GUI thread (ui/ops.py), and pages refresh on that rather than polling.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Concatenate, ParamSpec, TypeVar

log = logging.getLogger(__name__)

# The areas. A page listens to the ones it shows.
QUEUE = "queue"  # tickets, windows, calls
QUEUE_SETTINGS = "queue_settings"  # businesses, windows set-up, call policy, targets
STAFF = "staff"
ATTENDANCE = "attendance"
SETTINGS = "settings"  # branch settings and this PC's local settings
SYNC = "sync"  # enrolment, what HQ holds, announcements from HQ
CHECKS = "checks"  # checklist templates and inspections (issue 11)
COMPLAINTS = "complaints"  # the complaint register and its steps
STAFF_SCORE = "staff_score"  # weekly evaluations, monthly targets and their figures
ALL = frozenset({QUEUE, QUEUE_SETTINGS, STAFF, ATTENDANCE, SETTINGS, SYNC, CHECKS, COMPLAINTS, STAFF_SCORE})

Listener = Callable[[frozenset[str]], None]
P = ParamSpec("P")
R = TypeVar("R")


class Events:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(areas)` after each change; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def publish(self, areas: Iterable[str]) -> None:
        changed = frozenset(areas)
        if not changed:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changed)
            except Exception:  # a listener's bug must not turn a committed write into a failure
                log.exception("a change listener failed for %s", sorted(changed))


class Publisher:
    """A service whose write methods publish: Services.build sets `events` (None: nobody listens)."""

    events: Events | None = None


S = TypeVar("S", bound=Publisher)


def publishes(*areas: str) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Decorate a service's write method: after it returns (its transaction committed), publish `areas`
    on `self.events`, if the service has one. A method that raises publishes nothing."""
    def decorate(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        @functools.wraps(method)
        def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            result = method(self, *args, **kwargs)
            if self.events is not None:
                self.events.publish(areas)
            return result
        return wrapper
    return decorate
