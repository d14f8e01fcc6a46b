"""The operations layer: screens never wait on the database, the network or the printer.

In the manner of Anki's QueryOp/CollectionOp, every read or write a screen makes
is an `Op` run on a *lane*, and its outcome comes back on the GUI thread:

    Op(self, lambda: services.queue.overview(number)).success(self.show).run()

- Three lanes, each one job at a time, in order: `DB` for database reads and
  writes (SQLite has one writer anyway, and a click's write is never overtaken
  by an older read), `IO` for printing and files (a printer that does not
  answer never holds up the queue), `NET` for talking to HQ (a hung connection,
  up to the HTTP timeouts, never delays a ticket print). `DB` and `IO` drain on
  Qt's global thread pool, so `QThreadPool.globalInstance().waitForDone()` waits
  for them at shutdown; `NET` drains on a daemon thread of its own, which
  shutdown waits for only `NET_WAIT_S` (see `Lanes.close`).
- A `UserError` goes to the op's `failure` callback or, without one, is shown
  translated in a message box; anything else is a bug: logged with its traceback
  and shown in the crash dialog (sys.excepthook, see ui/errors.py).
- An op belongs to a QObject (its page or widget). If that object is deleted
  before the op ends, the outcome is dropped quietly: no callback, no
  traceback. The signals that carry outcomes belong to one long-lived `Lanes`
  object, never to the op, so no signal source can vanish mid-flight.
- Long ops take an `OpContext`: `ctx.report(done, total)` reports progress
  (throttled), `ctx.check()` raises `Cancelled` once `op.cancel()` was called.
  A cancelled op's outcome is dropped.
- At exit, `shutdown()` (on the GUI thread, before the database closes) cancels
  the long ops, waits for every op to run (a queued write still happens), drops
  the outcomes not yet delivered and deletes the lanes and the change bridges
  while the QApplication still exists; nothing of ours is left running or
  alive for the interpreter's teardown to destroy in no fixed order.

Writes announce what they changed through services.events; `changes(services)`
is the one listener that re-emits those announcements as a Qt signal on the GUI
thread, and `SAFETY_POLL_MS` is the slow safety poll for writes made by another
process (the CLI, a second PC).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any, Literal, overload

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, QTimer, Signal, Slot

from branchdesk.errors import UserError
from branchdesk.services.events import ALL, Events

log = logging.getLogger(__name__)

DB = "db"
IO = "io"
NET = "net"
NET_WAIT_S = 3.0  # at exit, how long a round with HQ may still take before the app goes without it
PROGRESS_EVERY_S = 0.05  # at most 20 progress reports a second reach the GUI thread
SAFETY_POLL_MS = 30_000  # writes by another process (the CLI, another PC) show up within this


class Cancelled(Exception):
    """Raised inside an op by `ctx.check()` once the user cancelled it."""


class OpContext:
    """Handed to a long op's function: progress reports and cancellation."""

    def __init__(self, op: Op) -> None:
        self._op = op
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        return self._op._cancel.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Progress so far; also a cancellation point."""
        self.check()
        now = time.monotonic()
        if done < total and now - self._last_report < PROGRESS_EVERY_S:
            return
        self._last_report = now
        lanes()._progressed.emit(self._op, done, total, text)


class Op:
    """One call on a lane; build with the callbacks, then `run()`."""

    def __init__(self, parent: QObject, fn: Callable[..., Any], lane: str = DB, *, context: bool = False) -> None:
        self.parent = parent
        self.fn = fn
        self.lane = lane
        self.context = context  # fn takes an OpContext
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Any], None] | None = None  # takes an Exception with _bugs_too, else a UserError
        self._bugs_too = False
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._on_done: Callable[[], None] | None = None
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False

    # --- building ------------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> Op:
        self._on_success = callback
        return self

    @overload
    def failure(self, callback: Callable[[UserError], None], bugs_too: Literal[False] = False) -> Op: ...

    @overload
    def failure(self, callback: Callable[[Exception], None], bugs_too: Literal[True]) -> Op: ...

    def failure(self, callback: Callable[[Any], None], bugs_too: bool = False) -> Op:
        """`callback(UserError)`; with `bugs_too`, the callback takes any Exception: other exceptions
        go to it as well (logged with their traceback)."""
        self._on_failure = callback
        self._bugs_too = bugs_too
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> Op:
        self._on_progress = callback
        return self

    def done(self, callback: Callable[[], None]) -> Op:
        """Called after success or failure (not when cancelled or the parent is gone): e.g. re-enable a button."""
        self._on_done = callback
        return self

    def run(self) -> Op:
        lanes().start(self)
        return self

    def cancel(self) -> None:
        """Ask the op to stop at its next `ctx.check()`; its outcome is dropped either way."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # --- on the lane -------------------------------------------------------------
    def _execute(self) -> None:
        try:
            self.result = self.fn(OpContext(self)) if self.context else self.fn()
        except BaseException as exc:  # noqa: BLE001 (carried to the GUI thread, which decides how to show it)
            self.error = exc
        finally:
            self.finished = True


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class _SerialLane:
    """Jobs one at a time, in order, drained by one runnable on the global pool."""

    def __init__(self, pool: QThreadPool) -> None:
        self.pool = pool
        self._lock = threading.Lock()
        self._jobs: deque[Callable[[], None]] = deque()
        self._draining = False

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._jobs.append(job)
            if self._draining:
                return
            self._draining = True
        self.pool.start(_Drain(self))

    def drain(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._draining = False
                    return
                job = self._jobs.popleft()
            job()


class _ThreadLane(_SerialLane):
    """The network lane: jobs one at a time on a daemon thread, not on Qt's pool. A request to an HQ that
    does not answer blocks until its timeout (10 s to connect, 30 s to read); at exit the app does not wait
    for that (a daemon thread ends with the process), and no pool thread is left for Qt to wait on."""

    def __init__(self) -> None:
        super().__init__(QThreadPool.globalInstance())
        self._idle = threading.Event()
        self._idle.set()

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            self._jobs.append(job)
            if self._draining:
                return
            self._draining = True
            self._idle.clear()
        threading.Thread(target=self._drain_then_idle, name="branchdesk-net", daemon=True).start()

    def _drain_then_idle(self) -> None:
        self.drain()
        with self._lock:
            if not self._draining:
                self._idle.set()

    def wait(self, seconds: float) -> bool:
        return self._idle.wait(seconds)


class _Drain(QRunnable):
    def __init__(self, lane: _SerialLane) -> None:
        super().__init__()
        self.lane = lane

    def run(self) -> None:
        self.lane.drain()


class Lanes(QObject):
    """The two lanes and the signals that carry outcomes back; one for the whole process."""

    _delivered = Signal(object)  # Op
    _progressed = Signal(object, int, int, str)  # Op, done, total, text

    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.pool = pool or QThreadPool.globalInstance()
        self.pool.setMaxThreadCount(max(self.pool.maxThreadCount(), 4))  # both lanes, and room for more
        self.net = _ThreadLane()
        self.lanes = {DB: _SerialLane(self.pool), IO: _SerialLane(self.pool), NET: self.net}
        self.running: set[Op] = set()
        self.closed = False  # set by shutdown(): no new op starts, no outcome is delivered
        self._delivered.connect(self._deliver)
        self._progressed.connect(self._progress)

    def start(self, op: Op) -> None:
        if self.closed:
            log.debug("the app is closing: %s's op not started", type(op.parent).__name__)
            return
        self.running.add(op)

        def job() -> None:
            if not op.cancelled:
                op._execute()
            if not self.closed:  # after shutdown() this object may be gone: emit nothing
                self._delivered.emit(op)
        self.lanes[op.lane].submit(job)

    def idle(self) -> bool:
        """No op is running or waiting to be delivered (tests and benchmarks wait for this)."""
        return not self.running

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every op has run (not delivered): before the database closes."""
        return self.pool.waitForDone(msecs)

    # --- on the GUI thread (Slots of an object of the GUI thread: queued from the lanes) ------------
    @Slot(object, int, int, str)
    def _progress(self, op: Op, done: int, total: int, text: str) -> None:
        if op._on_progress and not op.cancelled and not op.finished and _alive(op.parent):
            op._on_progress(done, total, text)

    def close(self, wait_log_s: float = 30.0, net_wait_s: float = NET_WAIT_S) -> None:
        """No new op; long (cancellable) ops are cancelled, every op already started or queued runs to its
        end (a queued write still happens); outcomes not yet delivered are dropped. Blocks until the pool
        is idle, however long: a lane left running while the interpreter shuts down crashes it."""
        self.closed = True
        for op in list(self.running):
            if op.context:
                op.cancel()
        waited = 0.0
        while not self.pool.waitForDone(int(wait_log_s * 1000)):
            waited += wait_log_s
            log.warning("closing: still waiting for background work after %.0f s", waited)
        # A round with HQ spends its time waiting on the network and touches the database only between
        # requests, briefly: give it a moment to end, never the HTTP timeouts. What it was doing is safe to
        # cut (a push whose reply is lost is sent again next time, HQ keeps it once).
        if not self.net.wait(net_wait_s):
            log.warning("closing: a round with HQ is still waiting on the network; not waiting for it")
        self.running.clear()

    @Slot(object)
    def _deliver(self, op: Op) -> None:
        self.running.discard(op)
        if self.closed:
            return
        if op.cancelled or isinstance(op.error, Cancelled):
            return
        if not _alive(op.parent):
            log.debug("dropped the outcome of an op whose %s is gone", type(op.parent).__name__)
            if op.error is not None and not isinstance(op.error, UserError):
                log.error("a background op failed after its window closed", exc_info=op.error)
            return
        try:
            if op.error is None:
                if op._on_success:
                    op._on_success(op.result)
            else:
                self._fail(op, op.error)
        finally:
            if op._on_done and _alive(op.parent):
                op._on_done()

    @staticmethod
    def _fail(op: Op, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            if op._on_failure:
                op._on_failure(exc)
            else:
                from branchdesk.ui.errors import show_user_error

                show_user_error(op.parent.window() if hasattr(op.parent, "window") else None, exc)
            return
        if op._bugs_too and op._on_failure and isinstance(exc, Exception):
            log.error("background op failed", exc_info=exc)
            op._on_failure(exc)
            return
        # A bug: the crash dialog (the app's excepthook), with the traceback from the worker thread.
        sys.excepthook(type(exc), exc, exc.__traceback__)


_lanes: Lanes | None = None


def lanes() -> Lanes:
    """The process's lanes, made on first use (on the GUI thread)."""
    global _lanes
    if _lanes is None:
        if QCoreApplication.instance() is None:
            raise RuntimeError("the operations layer needs a QApplication")
        _lanes = Lanes()
    return _lanes


def shutdown() -> None:
    """At exit, on the GUI thread, before the database closes: let the lanes finish (see `Lanes.close`),
    then delete them and every change bridge now, while the QApplication exists. Left to the interpreter's
    teardown they went in no fixed order, with undelivered outcomes still holding their windows. The
    operations layer can start again afterwards (tests run many apps in one process)."""
    global _lanes
    lanes_, _lanes = _lanes, None
    if lanes_ is not None and _alive(lanes_):
        lanes_.close()
        QCoreApplication.removePostedEvents(lanes_)  # outcomes queued for delivery: dropped
        shiboken6.delete(lanes_)
    for bridge in list(_bridges.values()):
        bridge.close()
    _bridges.clear()


# --- what changed -------------------------------------------------------------------------
class Changes(QObject):
    """The one listener on services.events: re-emits each change as `changed(areas)` on the GUI thread,
    and every SAFETY_POLL_MS `changed(ALL)`, for writes another process made."""

    changed = Signal(object)  # frozenset[str] of services.events areas; always emitted on the GUI thread
    _heard_on_lane = Signal(object)

    def __init__(self, events: Events) -> None:
        super().__init__()
        self._gui_thread = self.thread()
        self._heard_on_lane.connect(self._relay)  # a Slot of this GUI-thread object: queued from a lane
        self._unsubscribe = events.subscribe(self._heard)  # called on the writer's thread
        self.poll = QTimer(self)
        self.poll.timeout.connect(self._poll)
        self.poll.start(SAFETY_POLL_MS)

    def _heard(self, areas: frozenset[str]) -> None:
        if QThread.currentThread() is self._gui_thread:
            self.changed.emit(areas)
        else:
            self._heard_on_lane.emit(areas)

    def close(self) -> None:
        """No more announcements (shutdown): unsubscribe, stop the poll, delete this object now."""
        self._unsubscribe()
        if _alive(self):
            self.poll.stop()
            shiboken6.delete(self)

    @Slot(object)
    def _relay(self, areas: frozenset[str]) -> None:
        self.changed.emit(areas)

    @Slot()
    def _poll(self) -> None:
        self.changed.emit(ALL)


_bridges: weakref.WeakKeyDictionary[Events, Changes] = weakref.WeakKeyDictionary()


def changes(services) -> Changes:
    """The Qt side of `services.events` (one per Services)."""
    bridge = _bridges.get(services.events)
    if bridge is None:
        bridge = _bridges[services.events] = Changes(services.events)
    return bridge


def on_change(widget: QObject, services, areas: frozenset[str] | set[str], refresh: Callable[[], None]) -> None:
    """Call `refresh` on the GUI thread whenever one of `areas` changed (or at the safety poll).

    A widget that is not visible only notes that it is stale; `refresh` runs when it is shown
    (the main window refreshes a page each time it is shown)."""
    wanted = frozenset(areas)

    def heard(changed: frozenset[str]) -> None:
        if not _alive(widget) or not (changed & wanted):
            return
        if hasattr(widget, "isVisible") and not widget.isVisible():
            widget.setProperty("stale", True)
            return
        refresh()
    bridge = changes(services)
    bridge.changed.connect(heard)
    # Qt drops the connection when the widget goes: a lambda's receiver is the widget via `widget.destroyed`.
    # This bridge, never a new one: a widget destroyed after shutdown() must not make a bridge again.
    widget.destroyed.connect(lambda *_: _disconnect(bridge, heard))


def _disconnect(bridge: Changes, slot: Callable) -> None:
    if not _alive(bridge):
        return
    try:
        bridge.changed.disconnect(slot)
    except (RuntimeError, TypeError):
        pass
