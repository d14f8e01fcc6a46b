"""The composition root and the plumbing: crash reports, background tasks, selftest, start-up refusals."""

from __future__ import annotations

import sys

from filelock import FileLock

from branchdesk.app import run_gui, selftest, translate_error
from branchdesk.errors import UserError
from branchdesk.ui import errors as ui_errors
from branchdesk.ui.errors import CrashDialog, ExceptHook, crash_report_text
from branchdesk.ui.i18n import tr_error
from tests.ui.texts import error, ui


def _exc_info():
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        return sys.exc_info()


def test_crash_dialog_save_button_writes_report(data_dir, qtbot):
    dialog = CrashDialog(crash_report_text(*_exc_info()), data_dir.crash_reports)
    qtbot.addWidget(dialog)
    assert list(data_dir.crash_reports.iterdir()) == []
    dialog.save_button.click()
    reports = list(data_dir.crash_reports.iterdir())
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text
    assert "BranchDesk 0.1.0" in text and "platform:" in text
    assert dialog.status.text() == ui("CrashDialog", "Report saved to {path}", path=reports[0])


def test_excepthook_shows_crash_dialog_for_bugs(data_dir, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or self.save_report())
    hook = ExceptHook(data_dir.crash_reports)
    hook(*_exc_info())
    assert len(shown) == 1
    assert len(list(data_dir.crash_reports.iterdir())) == 1


def test_excepthook_shows_user_errors_as_messages(data_dir, qtbot, monkeypatch):
    messages = []
    monkeypatch.setattr(ui_errors, "show_user_error", lambda parent, err: messages.append(tr_error(err)))
    monkeypatch.setattr(CrashDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError("no crash dialog")))
    hook = ExceptHook(data_dir.crash_reports)
    err = UserError("attendance.not_in", "You are not clocked in.")
    hook(UserError, err, None)
    assert messages == [error("attendance.not_in")]
    assert list(data_dir.crash_reports.iterdir()) == []


def test_translate_error_for_the_cli(qapp):
    err = UserError("signin.locked", "Too many wrong attempts: this account is locked for {minutes} minutes.",
                    minutes=15)
    chinese = translate_error(err, "zh_CN")
    assert chinese != err.render() and "15" in chinese  # translated, with its field filled in
    assert translate_error(err, "en") == "Too many wrong attempts: this account is locked for 15 minutes."


def test_selftest_returns_the_four_timings(data_dir, qapp):
    timings = selftest(data_dir)
    assert set(timings) == {"open_db_s", "qt_app_s", "main_window_s", "total_s"}
    assert all(isinstance(v, float) and v >= 0 for v in timings.values())
    assert timings["total_s"] >= timings["main_window_s"]
    assert data_dir.database.exists()


def test_run_gui_refuses_a_second_instance(data_dir, qapp, capsys):
    with FileLock(str(data_dir.lock_file), timeout=0):
        assert run_gui(data_dir, "zh_CN") == 3
    assert error("app.running", path=str(data_dir.root)) in capsys.readouterr().err


def test_run_gui_refuses_a_foreign_database(data_dir, qapp, capsys):
    data_dir.database.write_bytes(b"this is not sqlite at all" * 100)
    assert run_gui(data_dir, "zh_CN") == 2
    assert error("db.not_sqlite", path=str(data_dir.database)) in capsys.readouterr().err
    assert not data_dir.lock_file.exists() or FileLock(str(data_dir.lock_file), timeout=0).acquire()


def test_exception_in_a_slot_reaches_the_crash_dialog(data_dir, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from branchdesk.ui.errors import install_excepthook

    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.report))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(data_dir.crash_reports)
    button = QPushButton()
    qtbot.addWidget(button)

    def broken() -> None:
        raise KeyError("bug in a slot")

    button.clicked.connect(broken)
    button.click()
    assert len(shown) == 1 and "KeyError: 'bug in a slot'" in shown[0]


def test_shipped_cjk_font_becomes_the_app_font(qapp):
    from branchdesk.ui.fonts import BASE_POINT_SIZE, install_font

    family = install_font(qapp)
    assert family == "WenQuanYi Micro Hei"
    assert qapp.font().family() == family
    assert qapp.font().pointSize() == BASE_POINT_SIZE


def test_the_shell_and_main_window_load_no_reportlab():
    """Start-up stays quick: PDFs are built only when something is printed (bench/startup.py)."""
    import subprocess

    code = ("import sys; import branchdesk.ui.shell, branchdesk.ui.main_window; "
            "print('reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cycles_are_collected_on_the_gui_thread_only(qapp):
    import gc
    import threading

    from branchdesk.ui.collector import GuiThreadCollector

    before = gc.isenabled()  # off already, under the suite's own collector
    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0  # start-up's objects are never walked again
        collected_in = []

        class Cycle:
            def __init__(self):
                self.me = self

            def __del__(self):
                collected_in.append(threading.current_thread() is threading.main_thread())

        def churn():  # a background task allocating plenty, as the statistics do
            for _ in range(5):
                Cycle()
            junk = [[i] for i in range(200_000)]
            del junk

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert collected_in == []  # the worker's allocations collected nothing
        while collector.check() is None:
            Cycle()
        gc.collect()
        assert collected_in and all(collected_in)
    finally:
        collector.stop()
    assert gc.isenabled() == before


def test_selftest_with_a_slow_first_read_ends_without_a_traceback(data_dir, demo_template, qapp, monkeypatch,
                                                                  capfd):
    """On a large database the home page's first read outlives the selftest's window: its outcome is
    dropped quietly (it used to end with "RuntimeError: Signal source has been deleted")."""
    import shutil
    import sys
    import threading

    from branchdesk.services.queue.reports import QueueReports

    shutil.copyfile(demo_template, data_dir.database)
    started, caught = threading.Event(), []

    def slow_advice(self, target=None):
        started.set()
        threading.Event().wait(0.5)  # the window is gone by the time this returns
        return None

    monkeypatch.setattr(QueueReports, "advice_now", slow_advice)
    monkeypatch.setattr(sys, "excepthook", lambda *exc: caught.append(exc))
    timings = selftest(data_dir)
    assert started.is_set() and timings["total_s"] > 0
    qapp.processEvents()  # the late outcome arrives here, for a window that no longer exists
    assert caught == []
    assert "Traceback" not in capfd.readouterr().err


def test_the_shell_and_main_window_load_no_http_client():
    """Sync's HTTP client (httpx, some 60 ms of imports) loads when the network is first used, not at start."""
    import subprocess

    code = ("import sys; import branchdesk.ui.shell, branchdesk.ui.main_window, branchdesk.services; "
            "print('httpx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
