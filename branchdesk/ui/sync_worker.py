"""The background sync with HQ: one round (`services.sync.sync_now`) at a time on the network lane.

When: a first round `first_s` after start; after a success the next in `idle_s`, or `after_change_s` after a
local change (any area but SYNC, whose changes the rounds make themselves; the safety poll's "maybe all" is
not a change); after a failure 2, 4, 8 ... up to 300 s with ±20 % jitter, the same whatever changes
meanwhile, reset by a success. Never two rounds at once: 立即同步 during a round waits for it and then runs.
The GUI thread only schedules; it never waits on HQ.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from branchdesk.errors import UserError
from branchdesk.services.events import ALL, SYNC
from branchdesk.ui.ops import NET, Op, changes


class SyncWorker(QObject):
    started = Signal()
    finished = Signal(object)  # the Outcome, or the UserError that ended the round

    def __init__(self, services, parent: QObject | None = None, *, first_s: float = 5.0, idle_s: float = 60.0,
                 after_change_s: float = 5.0, backoff_s: float = 2.0, backoff_max_s: float = 300.0,
                 jitter: float = 0.2, rng: Callable[[], float] = random.random) -> None:
        super().__init__(parent)
        self.services = services
        self.first_s, self.idle_s, self.after_change_s = first_s, idle_s, after_change_s
        self.backoff_s, self.backoff_max_s, self.jitter, self.rng = backoff_s, backoff_max_s, jitter, rng
        self.failures = 0  # rounds failed in a row
        self.round: Op | None = None
        self.again = False  # 立即同步 pressed while a round ran: one more round right after it
        self.changed_meanwhile = False  # a local change while a round ran: one more round after_change_s on
        self.running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        changes(services).changed.connect(self._changed)

    # --- control (GUI thread) ---
    def start(self) -> None:
        self.running = True
        self._schedule(self.first_s)

    def stop(self) -> None:
        """No more rounds; a round under way is cancelled (its outcome dropped)."""
        self.running = False
        self.timer.stop()
        if self.round is not None:
            self.round.cancel()
            self.round = None

    def busy(self) -> bool:
        return self.round is not None

    def next_in_s(self) -> float | None:
        """Seconds until the next round is due (None: none scheduled)."""
        return self.timer.remainingTime() / 1000 if self.timer.isActive() else None

    def sync_now(self) -> None:
        """A round now, or right after the one under way."""
        if not self.running:
            return
        if self.round is not None:
            self.again = True
            return
        self.timer.stop()
        self.again = self.changed_meanwhile = False
        self.round = Op(self, self.services.sync.sync_now, NET).success(self._succeeded) \
            .failure(self._failed).run()
        self.started.emit()

    def backoff(self) -> float:
        """The wait after the `failures`-th failure in a row: doubling, capped, jittered."""
        base = min(self.backoff_s * 2 ** max(self.failures - 1, 0), self.backoff_max_s)
        return base * (1 + self.jitter * (2 * self.rng() - 1))

    # --- outcomes ---
    def _succeeded(self, outcome) -> None:
        self.round = None
        self.failures = 0
        self.finished.emit(outcome)
        # What came down from HQ is logged here too and goes back as stubs (docs/sync-protocol.md §6.3):
        # like a local change, it goes soon, not in a minute (the status bar would say "1 waiting" till then).
        soon = self.changed_meanwhile or getattr(outcome, "pulled", 0) > 0
        if self.again:
            self._schedule(0)
        else:
            self._schedule(self.after_change_s if soon else self.idle_s)

    def _failed(self, err: UserError) -> None:
        self.round = None
        self.failures += 1
        self.again = False  # HQ is not there: a click during the round does not make it come back sooner
        self.finished.emit(err)
        self._schedule(self.backoff())

    def _changed(self, areas: frozenset[str]) -> None:
        if not self.running or areas == ALL or not (areas - {SYNC}):
            return
        if self.round is not None:
            self.changed_meanwhile = True
            return
        if self.failures:  # backing off: the change waits for the next try
            return
        remaining = self.next_in_s()
        if remaining is None or remaining > self.after_change_s:
            self._schedule(self.after_change_s)  # debounced: more changes within it do not push it back

    def _schedule(self, seconds: float) -> None:
        if self.running:
            self.timer.start(max(0, int(seconds * 1000)))
