"""A small window that says the database is being upgraded while the upgrade runs.

Upgrading a branch's file of several years (tables rebuilt, a checked backup first)
can take a minute or more, and it happens before any other window exists: without a
word on screen a clerk would take the app for hung and kill it. The upgrade itself
cannot be cancelled half-way (it is one transaction; stopping the app rolls it back,
and the next start tries again), so the window shows that it is working, not a Cancel.
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

T = TypeVar("T")
POLL_MS = 100


class UpgradeNotice(QWidget):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Dialog)
        self.setWindowTitle("BranchDesk")
        title = QLabel(self.tr("Upgrading the database"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        text = QLabel(self.tr(
            "This new version of BranchDesk brings its data up to date. It happens once, and on a "
            "large file it may take a few minutes. Please do not switch the computer off."))
        text.setWordWrap(True)
        busy = QProgressBar()
        busy.setRange(0, 0)  # the upgrade reports no steps: a moving bar says it is working
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(busy)
        self.setMinimumWidth(520)


def run_with_notice(work: Callable[[], T]) -> T:
    """Run `work` on a thread of its own while the notice shows; return its result or raise its error."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "run_with_notice needs the QApplication"
    app.setQuitOnLastWindowClosed(False)  # closing the notice must not end the app
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the GUI thread and raised there
            outcome["error"] = exc

    notice = UpgradeNotice()
    notice.show()
    worker = threading.Thread(target=run, name="branchdesk-upgrade")
    worker.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    timer.start(POLL_MS)
    loop.exec()
    timer.stop()
    worker.join()
    notice.close()
    notice.deleteLater()
    QCoreApplication.processEvents()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
