"""The operations layer: lanes, outcomes on the GUI thread, errors, progress, cancelling, gone receivers."""

from __future__ import annotations

import gc
import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from branchdesk.errors import UserError
from branchdesk.services.events import QUEUE, STAFF
from branchdesk.ui import ops
from branchdesk.ui.ops import DB, IO, NET, Op, changes, lanes, on_change
from tests.ui.lanes import settle


def test_results_come_back_on_the_gui_thread(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    worker, seen = [], []
    Op(widget, lambda: worker.append(QThread.currentThread()) or 42).success(
        lambda value: seen.append((value, QThread.currentThread()))).run()
    settle(qtbot)
    assert seen == [(42, QApplication.instance().thread())]
    assert worker[0] is not QApplication.instance().thread()


def test_a_lane_runs_one_op_at_a_time_in_order(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    inside, overlap, order = [0], [], []
    lock = threading.Lock()

    def step(n):
        with lock:
            inside[0] += 1
            overlap.append(inside[0])
        time.sleep(0.005)
        with lock:
            inside[0] -= 1
        return n

    for n in range(8):
        Op(widget, lambda n=n: step(n)).success(order.append).run()
    settle(qtbot)
    assert order == list(range(8)) and max(overlap) == 1


def test_a_slow_printer_does_not_hold_up_the_database_lane(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    release = threading.Event()
    done = []
    Op(widget, lambda: release.wait(10), IO).success(lambda _r: done.append("io")).run()
    Op(widget, lambda: "db", DB).success(done.append).run()
    qtbot.waitUntil(lambda: done == ["db"])
    release.set()
    settle(qtbot)
    assert done == ["db", "io"]


def test_a_user_error_goes_to_the_failure_callback(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    failed = []

    def refuse():
        raise UserError("test.refused", "Refused.")
    Op(widget, refuse).success(lambda _r: failed.append("success?")).failure(failed.append).run()
    settle(qtbot)
    assert [e.code for e in failed] == ["test.refused"]


def test_a_user_error_without_a_callback_is_shown_as_a_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("branchdesk.ui.errors.show_user_error", lambda parent, err: shown.append(err.code))
    widget = QWidget()
    qtbot.addWidget(widget)

    def refuse():
        raise UserError("test.refused", "Refused.")
    Op(widget, refuse).run()
    settle(qtbot)
    assert shown == ["test.refused"]


def test_a_bug_reaches_the_crash_dialog_with_its_traceback(qtbot, monkeypatch):
    caught = []
    monkeypatch.setattr("sys.excepthook", lambda t, e, tb: caught.append((t, tb)))
    widget = QWidget()
    qtbot.addWidget(widget)

    def bug():
        raise ZeroDivisionError("bug")
    Op(widget, bug).failure(lambda e: caught.append("user error handler?")).run()
    settle(qtbot)
    assert len(caught) == 1 and caught[0][0] is ZeroDivisionError and caught[0][1] is not None


def test_an_op_outliving_its_widget_is_dropped_quietly(qtbot, monkeypatch):
    """As the selftest did on a large database: the window closes while its op still runs."""
    caught = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: caught.append(exc))
    release = threading.Event()
    widget = QWidget()
    widget.show()
    results = []
    Op(widget, lambda: release.wait(10) and "late").success(results.append).run()
    Op(widget, lambda: release.wait(10) and 1 / 0).run()  # a bug, too, after the window went
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not ops._alive(widget))
    release.set()
    settle(qtbot)
    assert results == [] and caught == []


def test_long_ops_report_progress_and_can_be_cancelled(qtbot, monkeypatch):
    monkeypatch.setattr(ops, "PROGRESS_EVERY_S", 0)
    widget = QWidget()
    qtbot.addWidget(widget)
    started, reports, results = threading.Event(), [], []
    hold = threading.Event()

    def long(ctx):
        for n in range(1000):
            ctx.report(n, 1000)
            if n == 3:
                started.set()
                hold.wait(10)
        return "finished"

    op = Op(widget, long, context=True).progress(lambda done, total, _t: reports.append(done))
    op.success(results.append).run()
    assert started.wait(10)
    qtbot.waitUntil(lambda: len(reports) >= 3)
    op.cancel()
    hold.set()
    settle(qtbot)
    assert results == [] and reports[:3] == [0, 1, 2] and max(reports) < 10


def test_changes_reach_the_gui_thread_as_a_signal(qtbot, services):
    bridge = changes(services)
    widget = QWidget()
    widget.show()
    qtbot.addWidget(widget)
    heard, refreshed = [], []
    bridge.changed.connect(lambda areas: heard.append((areas, QThread.currentThread())))
    on_change(widget, services, {QUEUE}, lambda: refreshed.append(1))
    threading.Thread(target=lambda: services.events.publish([QUEUE])).start()
    qtbot.waitUntil(lambda: bool(heard))
    services.events.publish([STAFF])  # not an area the widget shows
    assert heard[0] == (frozenset({QUEUE}), QApplication.instance().thread())
    assert refreshed == [1]


def test_a_hidden_widget_is_only_marked_stale(qtbot, services):
    widget = QWidget()
    qtbot.addWidget(widget)
    refreshed = []
    on_change(widget, services, {QUEUE}, lambda: refreshed.append(1))
    services.events.publish([QUEUE])
    assert refreshed == [] and widget.property("stale") is True


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)


def test_shutdown_runs_queued_writes_drops_outcomes_and_cancels_long_ops(qtbot, services):
    """At exit: a write queued behind a slow read still happens, no outcome is delivered, a long op is
    cancelled at its next check, and the lanes and bridges are deleted now (made again on next use)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    on_change(widget, services, {STAFF}, lambda: None)
    started, release, written, delivered, checks = threading.Event(), threading.Event(), [], [], []

    def long_op(ctx):
        started.set()
        release.wait(5)
        checks.append("before")
        ctx.check()  # cancelled by shutdown: raises here
        checks.append("after")
    Op(widget, long_op, context=True).success(delivered.append).run()
    Op(widget, lambda: written.append("write") or 1).success(delivered.append).run()
    old_lanes, old_bridge = lanes(), changes(services)
    assert started.wait(5)
    threading.Timer(0.2, release.set).start()
    ops.shutdown()
    assert written == ["write"] and checks == ["before"]
    QApplication.processEvents()
    assert delivered == []
    assert not ops._alive(old_lanes) and not ops._alive(old_bridge)
    widget.deleteLater()  # its destroyed-handler must not make a bridge again
    qtbot.waitUntil(lambda: not ops._alive(widget), timeout=5_000)
    # The cancelled op's traceback holds the op, and so the deleted widget, in a cycle: collect it now (the
    # GUI-thread collector would, but not at a fixed time), or pytest-qt closes a widget already deleted.
    gc.collect()
    assert not ops._bridges
    assert lanes() is not old_lanes  # the layer starts again (many apps in one test process)
    Op(widget := QWidget(), lambda: 7).success(delivered.append).run()
    qtbot.addWidget(widget)
    settle(qtbot)
    assert delivered == [7]


def test_a_hung_connection_does_not_hold_up_the_printer_or_the_exit(qtbot):
    """The network lane: a round with HQ waiting on the network delays neither a print (IO) nor a read (DB),
    and shutdown gives it only a moment: quitting never waits for the HTTP timeouts."""
    widget = QWidget()
    qtbot.addWidget(widget)
    release, started, done = threading.Event(), threading.Event(), []

    def hung() -> str:
        started.set()
        release.wait(20)
        return "net"
    Op(widget, hung, NET).success(done.append).run()
    assert started.wait(5)
    Op(widget, lambda: "io", IO).success(done.append).run()
    Op(widget, lambda: "db", DB).success(done.append).run()
    qtbot.waitUntil(lambda: sorted(done) == ["db", "io"])
    lanes_ = lanes()
    ops._lanes = None
    try:
        lanes_.close(net_wait_s=0.05)  # returns although the network op still waits
        assert not release.is_set() and lanes_.net._draining
    finally:
        release.set()
        assert lanes_.net.wait(5)
        import shiboken6

        shiboken6.delete(lanes_)
    QApplication.processEvents()
    assert "net" not in done  # its outcome is dropped
