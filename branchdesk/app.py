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
        # Background work (statistics, printing) finishes its short transaction before the database closes.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
        log.info("BranchDesk closed (%s)", code)
        return code
    finally:
        db.close()


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
        from branchdesk.ui.main_window import MainWindow

        actor = Actor("selftest", "selftest", "Self-test", Role.ADMIN)
        window = MainWindow(services, actor)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        window.close()
        window.deleteLater()
        app.processEvents()
        shown = time.perf_counter()
    finally:
        # The window's ops (its first reads) may still run: they finish before the database closes, and
        # their outcomes, for a window now gone, are dropped quietly (ui/ops.py).
        if "PySide6.QtCore" in sys.modules:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(30_000)
        db.close()
    return {
        "open_db_s": opened - started,
        "qt_app_s": app_ready - opened,
        "main_window_s": shown - app_ready,
        "total_s": shown - started,
    }
