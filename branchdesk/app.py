"""Composition root: open the store, build the services, start Qt and hand the services to the views.

Heavy modules (PySide6, the store, the services) are imported inside the
functions, so `branchdesk --help` and the selftest stay quick.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from branchdesk.errors import UserError
from branchdesk.paths import DataDir

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DB_REFUSED = 2
EXIT_ALREADY_RUNNING = 3
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def catalogue_translator(lang: str):
    """`text -> text in lang` over the "UserError" context, or None for English or a missing catalogue.

    Loads only QtCore and our catalogue (no QApplication): the CLI translates through this.
    """
    from PySide6.QtCore import QTranslator

    from branchdesk.ui.i18n import ERROR_CONTEXT, catalogue_path, normalise

    lang = normalise(lang)
    translator = QTranslator()
    if lang == "en" or not translator.load(str(catalogue_path(lang))):
        return None
    return lambda text: translator.translate(ERROR_CONTEXT, text) or text


def translate_error(err: UserError, lang: str) -> str:
    """A UserError as one line in `lang`."""
    translate = catalogue_translator(lang)
    return err.render(translate) if translate else err.render()


def _qt_application(lang: str | None):
    """The QApplication with translators, the CJK font and the look installed."""
    from PySide6.QtWidgets import QApplication

    from branchdesk.ui.fonts import apply_look, install_font
    from branchdesk.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "a Qt application without widgets is already running"
    app.setApplicationName("BranchDesk")
    install_translators(lang)
    install_font(app)
    apply_look(app)
    return app


def _alert(text: str, lang: str | None) -> None:
    """Tell the user before any window exists: stderr always, a message box on a real display."""
    print(text, file=sys.stderr)
    app = _qt_application(lang)
    if app.platformName() in HEADLESS_PLATFORMS:
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "BranchDesk", text)


def run_gui(data_dir: DataDir, lang: str | None = None, demo: bool = False) -> int:
    """Run the desktop app on `data_dir` until the user quits; returns the exit code."""
    from branchdesk import instance
    from branchdesk.log import setup_logging

    data_dir.ensure()
    setup_logging(data_dir.logs)
    try:
        lock = instance.acquire(data_dir)
    except UserError as err:
        _alert(translate_error(err, lang or "zh_CN"), lang)
        return EXIT_ALREADY_RUNNING
    try:
        return _run_locked(data_dir, lang, demo)
    finally:
        lock.release()


def _run_locked(data_dir: DataDir, lang: str | None, demo: bool) -> int:
    from branchdesk.services import Services
    from branchdesk.store import Database

    log.info("starting BranchDesk on %s", data_dir.root)
    try:
        if _upgrade_due(data_dir):
            from branchdesk.ui.upgrade_notice import run_with_notice

            _qt_application(lang)
            db = run_with_notice(lambda: Database.open(data_dir.database, data_dir.backups))
        else:
            db = Database.open(data_dir.database, data_dir.backups)
    except UserError as err:
        log.warning("database refused: %s %s", err.code, err.params)
        _alert(translate_error(err, lang or "zh_CN"), lang)
        return EXIT_DB_REFUSED
    try:
        if demo:
            from branchdesk.services.branch import BranchService
            from branchdesk.services.clock import Clock

            if not BranchService(db, Clock()).is_set_up():
                from branchdesk.services.demo import build_demo

                log.info("building the demo branch")
                build_demo(db)
        services = Services.build(db)
        if services.branch.is_set_up():
            services.queue.end_earlier_days()  # yesterday's unserved tickets are closed, not left waiting
        app = _qt_application(lang or services.local.language())

        from branchdesk.ui.errors import install_excepthook
        from branchdesk.ui.shell import Shell

        install_excepthook(data_dir.crash_reports)
        app.setQuitOnLastWindowClosed(False)
        from branchdesk.ui.collector import GuiThreadCollector

        collector = GuiThreadCollector(app)  # widgets must never be collected by a background task's thread
        collector.start()
        shell = Shell(services)
        shell.finished.connect(app.quit)
        shell.start()
        code = app.exec()
        _wind_down_qt(shell.window, shell)
        collector.stop()
        log.info("BranchDesk closed (%s)", code)
        return code
    finally:
        _wind_down_qt()  # again, harmless, if start-up failed half-way
        db.close()  # waits for the day's backup thread too


def _upgrade_due(data_dir: DataDir) -> bool:
    """An existing file of an older schema: its upgrade may take minutes, so a window says so."""
    import sqlite3

    from branchdesk.store import files, migrate

    path = data_dir.database
    try:
        return path.stat().st_size > 0 and migrate.state_of(files.current_revision(path)) == "older"
    except (OSError, sqlite3.Error, UserError):
        return False  # no file, or one Database.open will refuse with its own message


def _delete_now(obj) -> None:
    """Delete a Qt object now, on this thread (if it still exists)."""
    import shiboken6

    if obj is not None and shiboken6.isValid(obj):
        shiboken6.delete(obj)


def _wind_down_qt(*widgets) -> None:
    """Before the database closes, on the GUI thread: the lanes' work ends and the operations layer goes
    (ui/ops.py `shutdown`); then `widgets` and every widget awaiting deleteLater are deleted now, while
    the QApplication exists. Nothing of ours is left running or alive for the interpreter's teardown,
    which destroys Qt objects in no fixed order (a background read finishing after its window had gone
    ended in "Signal source has been deleted", then in a segfault). Cycles left are collected later on
    this thread: no lane runs Python any more."""
    if "branchdesk.ui.ops" not in sys.modules:
        return  # Qt was never started
    from PySide6.QtCore import QCoreApplication, QEvent

    from branchdesk.ui import ops

    ops.shutdown()
    for widget in widgets:
        _delete_now(widget)
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def selftest(data_dir: DataDir) -> dict:
    """Open and migrate the database, then build and show the main window offscreen; timings in seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()

    from branchdesk.store import Database

    data_dir.ensure()
    db = Database.open(data_dir.database, data_dir.backups, daily_backup=False)
    opened = time.perf_counter()
    try:
        from branchdesk.services import Services

        services = Services.build(db)
        app = _qt_application(services.local.language())
        app_ready = time.perf_counter()

        from branchdesk.services.roles import Actor, Role
        from branchdesk.ui.collector import GuiThreadCollector
        from branchdesk.ui.main_window import MainWindow

        collector = GuiThreadCollector(app)  # as in the app: no widget is ever collected on a lane's thread
        collector.start()
        actor = Actor("selftest", "selftest", "Self-test", Role.ADMIN)
        window = MainWindow(services, actor)
        try:
            window.show()
            app.processEvents()
            if not window.isVisible():
                raise RuntimeError("the main window did not show")
            window.close()
            app.processEvents()
            shown = time.perf_counter()
        finally:
            # The window's first reads may still run on the database lane: they end before the database
            # closes, their outcomes are dropped, and the window is deleted here, not at the interpreter's exit.
            _wind_down_qt(window)
            collector.stop()
            _delete_now(collector)
    finally:
        _wind_down_qt()
        db.close()
    return {
        "open_db_s": opened - started,
        "qt_app_s": app_ready - opened,
        "main_window_s": shown - app_ready,
        "total_s": shown - started,
    }
