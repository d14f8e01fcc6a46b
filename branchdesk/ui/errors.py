"""Showing errors: a UserError as a translated message, anything else as a crash dialog."""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

import branchdesk
from branchdesk.errors import UserError
from branchdesk.ui.i18n import tr_error

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, err: UserError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("ErrorBox", "BranchDesk"),
                      tr_error(err), QMessageBox.StandardButton.Ok, parent)
    box.exec()


def crash_report_text(exc_type, exc, tb) -> str:
    lines = [
        f"BranchDesk {branchdesk.__version__}",
        f"time: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"python: {sys.version.split()[0]}",
        f"platform: {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


def save_crash_report(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    path.write_text(text, encoding="utf-8")
    return path


class CrashDialog(QDialog):
    """Something went wrong that the user cannot fix: say so briefly, offer a report."""

    def __init__(self, report: str, reports_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.reports_dir = reports_dir
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("BranchDesk: unexpected error"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        message = QLabel(self.tr(
            "Something went wrong inside BranchDesk. Your saved work is safe.\n"
            "Please save a report and give it to your administrator."
        ))
        message.setWordWrap(True)
        layout.addWidget(message)
        details = QPlainTextEdit(report)
        details.setReadOnly(True)
        details.setMaximumHeight(180)
        layout.addWidget(details)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Save report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.setFocus()

    def save_report(self) -> Path | None:
        try:
            self.saved_path = save_crash_report(self.reports_dir, self.report)
        except OSError as exc:
            self.status.setText(self.tr("Could not save the report: {error}").format(error=exc))
            return None
        self.status.setText(self.tr("Report saved to {path}").format(path=self.saved_path))
        self.save_button.setEnabled(False)
        return self.saved_path


class ExceptHook:
    """sys.excepthook for the GUI: UserErrors become messages, everything else a crash dialog."""

    def __init__(self, reports_dir: Path) -> None:
        self.reports_dir = reports_dir
        self.previous = sys.excepthook
        self._showing = False

    def __call__(self, exc_type, exc, tb) -> None:
        if isinstance(exc, UserError):
            log.info("user error %s escaped to the top: %s", exc.code, exc.message)
            if QApplication.instance() is not None:
                show_user_error(QApplication.activeWindow(), exc)
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None or self._showing:
            self.previous(exc_type, exc, tb)
            return
        self._showing = True
        try:
            dialog = CrashDialog(crash_report_text(exc_type, exc, tb), self.reports_dir,
                                 QApplication.activeWindow())
            dialog.exec()
        finally:
            self._showing = False


def install_excepthook(reports_dir: Path) -> ExceptHook:
    hook = ExceptHook(reports_dir)
    sys.excepthook = hook
    return hook
