"""导出日报: the daily queue report of the day chosen on the statistics page, as a PDF or an .xlsx file.

The user picks where in a file dialog (it opens in their Documents folder, or where they saved last time, with
the report's name and date filled in). The figures are read on the database lane; the file is drawn and
written on the printing lane; the GUI thread only asks and tells. The outcome shows on the line under the
button: where the file went, with links that open it and its folder; a day after today is said to be in the
future (its report holds the window advice only).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from branchdesk.errors import UserError
from branchdesk.printing.report_data import QueueDayReport
from branchdesk.services import Services
from branchdesk.ui.i18n import current_language, tr_error
from branchdesk.ui.ops import IO, Op
from branchdesk.ui.messages import escaped, file_url, say

PDF, XLSX = ".pdf", ".xlsx"


def write_report(data: QueueDayReport, path: Path, lang: str) -> Path:
    """On the printing lane: draw the report in the format the file's name asks for, and save it."""
    from branchdesk.printing.output import save_file

    if path.suffix.lower() == XLSX:
        from branchdesk.printing.queue_report_xlsx import queue_day_report_xlsx

        return save_file(queue_day_report_xlsx(data, lang), path)
    from branchdesk.printing.queue_report import queue_day_report_pdf

    return save_file(queue_day_report_pdf(data), path)


def documents_folder() -> Path:
    """The user's Documents folder (where a clerk looks for a file), else their home folder."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


class ReportExport(QWidget):
    """The 导出日报 button and the line under it; `day()` gives the day the page shows."""

    last_folder: Path | None = None  # where the last report went, in this session

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.button = QPushButton(self.tr("Export daily report…"))
        self.button.setToolTip(self.tr("Save the daily report of the chosen day as a PDF or an Excel file"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(self.open_link)
        self.message.hide()
        self.exporting: Op | None = None
        self.written: Path | None = None

    # --- asking ---------------------------------------------------------------------------
    def default_path(self, day: dt.date) -> Path:
        name = self.tr("queue-report-{day}").format(day=day.isoformat()) + PDF
        return (ReportExport.last_folder or documents_folder()) / name

    def ask_path(self, day: dt.date) -> Path | None:
        """The file dialog; None when the user cancels. Without a suffix the chosen type's is added."""
        pdf, xlsx = self.tr("PDF (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        dialog = QFileDialog(self, self.tr("Export daily report"), str(self.default_path(day)), f"{pdf};;{xlsx}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.resize(860, 540)  # Qt's own dialog opens small: its side bar then shows "…" for names
        dialog.selectNameFilter(pdf)
        dialog.selectFile(str(self.default_path(day)))
        # Qt's own dialog (not Windows') leaves these in English in its Chinese catalogue.
        for label, text in ((QFileDialog.DialogLabel.LookIn, self.tr("Look in:")),
                            (QFileDialog.DialogLabel.FileName, self.tr("File name:")),
                            (QFileDialog.DialogLabel.FileType, self.tr("Save as type:")),
                            (QFileDialog.DialogLabel.Accept, self.tr("Save")),
                            (QFileDialog.DialogLabel.Reject, self.tr("Cancel"))):
            dialog.setLabelText(label, text)
        chosen, kind = self.choose(dialog)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (PDF, XLSX):
            path = path.with_name(path.name + (XLSX if kind == xlsx else PDF))
        return path

    @staticmethod
    def choose(dialog: QFileDialog) -> tuple[str, str]:
        """Run the dialog: the file chosen ("" if cancelled) and the type picked."""
        if not dialog.exec() or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()

    def export(self, day: dt.date) -> Op | None:
        """Ask where, then write (None: cancelled, or an export is still running)."""
        if self.exporting is not None:
            return None
        path = self.ask_path(day)
        return self.export_to(day, path) if path is not None else None

    # --- writing ----------------------------------------------------------------------------
    def export_to(self, day: dt.date, path: Path) -> Op | None:
        """Read the day's report on the database lane, then draw and save it on the printing lane."""
        if self.exporting is not None:
            return None
        reports, settings, lang = self.services.queue_reports, self.services.queue_settings, current_language()
        self.button.setEnabled(False)
        self._say("", self.tr("Writing the daily report of {day}…").format(day=day.isoformat()))

        def written(data: QueueDayReport) -> None:
            self.exporting = Op(self, lambda: (data, write_report(data, path, lang)), IO) \
                .success(self._written).failure(self._failed).done(self._finished).run()
        self.exporting = Op(self, lambda: reports.day_report_data(day, settings.target())) \
            .success(written).failure(self._failed).run()
        ReportExport.last_folder = path.parent
        return self.exporting

    def _written(self, outcome: tuple[QueueDayReport, Path]) -> None:
        data, path = outcome
        self.written = path
        text = self.tr('Saved to <a href="{file}">{path}</a> &nbsp; <a href="{folder}">Open its folder</a>').format(
            file=file_url(path), path=escaped(str(path)), folder=file_url(path.parent))
        if data.in_future:
            text = escaped(self.tr("{day} is in the future: the report has no queue data yet, only the window "
                                   "advice.").format(day=data.day.isoformat())) + "<br/>" + text
        self._say("warning" if data.in_future else "", text)

    def _failed(self, err: UserError) -> None:
        self._say("error", escaped(tr_error(err)))
        self._finished()

    def _finished(self) -> None:
        self.exporting = None
        self.button.setEnabled(True)

    def _say(self, role: str, text: str) -> None:
        say(self.message, role, text)
        self.message.show()

    def open_link(self, link: str) -> bool:
        """Open the file or its folder in the program the system uses for it; say so when there is none."""
        opened = QDesktopServices.openUrl(QUrl(link))
        if not opened:
            self._say("error", escaped(self.tr("No program on this computer opens {path}. Find the file in its "
                                               "folder and open it from there.").format(path=QUrl(link).toLocalFile())))
        return opened
