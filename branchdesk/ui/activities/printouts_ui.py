"""Printing from the 活动 page (issue 10, items 2, 4 and 7): on the channels tab, the chosen channel's A4 or
A3 poster, flyers, tear-off slips and numbered sign-in sheets, through the system's print dialog or saved
as a PDF; on the review tab, 导出总结报告 as a PDF or an .xlsx file.

The user is asked first (the print dialog or the file dialog), so cancelling records nothing (a sheet's
number is recorded when it is printed). Then the data is read on the database lane, and the PDF drawn and
sent or saved on the printing lane; the GUI thread only asks and tells, on the line under the buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableWidget, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import IO, Op
from branchdesk.ui.messages import escaped, file_url, say
from branchdesk.ui.queue_stats.export import documents_folder

if TYPE_CHECKING:
    from branchdesk.services import Services

PDF, XLSX = ".pdf", ".xlsx"
KINDS = ("a4", "a3", "flyer", "tearoff", "sheet")


@dataclass(frozen=True)
class Destination:
    """Where a printout goes: a printer chosen in the print dialog ("" = the default one), or a file."""

    printer: str | None = None
    copies: int = 1
    path: Path | None = None


def draw(kind: str, data: Any) -> bytes:
    """On the printing lane: the PDF of a printout (`data`: (poster, channels) or a SigninSheet)."""
    if kind == "sheet":
        from branchdesk.printing.signin_sheet import signin_sheet_pdf

        return signin_sheet_pdf(data)
    poster, channels = data
    if kind == "flyer":
        from branchdesk.printing.flyer import flyer_pdf

        return flyer_pdf(poster, channels)
    if kind == "tearoff":
        from branchdesk.printing.flyer import tearoff_pdf

        return tearoff_pdf(poster, channels)
    from branchdesk.printing.poster import poster_pdf

    return poster_pdf(poster, channels, kind.upper())


def deliver(pdf: bytes, where: Destination, title: str) -> Path | None:
    """On the printing lane: save the PDF, or send it to the printer the way the app prints tickets."""
    if where.path is not None:
        from branchdesk.printing.output import save_file

        return save_file(pdf, where.path)
    from branchdesk.ui.queue.qt_print import USE_QT_PRINTING, print_pdf_qt

    if USE_QT_PRINTING:
        for _ in range(where.copies):
            print_pdf_qt(pdf, where.printer or "", title=title)
    else:
        from branchdesk.printing.output import print_pdf

        print_pdf(pdf, where.printer or None, copies=where.copies, title=title)
    return None


class _SaveDialog(QFileDialog):
    """Qt's own save dialog, its labels in the user's language (Qt's Chinese catalogue leaves these English)."""

    def __init__(self, parent: QWidget, title: str, path: Path, filters: list[str]) -> None:
        super().__init__(parent, title, str(path), ";;".join(filters))
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.resize(860, 540)  # it opens small: its side bar then shows "…" for names
        self.selectNameFilter(filters[0])
        self.selectFile(str(path))
        for label, text in ((QFileDialog.DialogLabel.LookIn, self.tr("Look in:")),
                            (QFileDialog.DialogLabel.FileName, self.tr("File name:")),
                            (QFileDialog.DialogLabel.FileType, self.tr("Save as type:")),
                            (QFileDialog.DialogLabel.Accept, self.tr("Save")),
                            (QFileDialog.DialogLabel.Reject, self.tr("Cancel"))):
            self.setLabelText(label, text)


def _save_dialog(parent: QWidget, title: str, path: Path, filters: list[str]) -> tuple[str, str]:
    dialog = _SaveDialog(parent, title, path, filters)
    if not dialog.exec() or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


class _Outcome(QLabel):
    """The line under the buttons: what is happening, where the file went (with links), or why not."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(self._open)
        self.hide()

    def say(self, role: str, text: str) -> None:
        say(self, role, text)
        self.show()

    def saved(self, path: Path) -> None:
        self.say("", self.tr('Saved to <a href="{file}">{path}</a> &nbsp; <a href="{folder}">Open its folder</a>')
                 .format(file=file_url(path), path=escaped(str(path)), folder=file_url(path.parent)))

    def failed(self, err: UserError) -> None:
        self.say("error", escaped(tr_error(err)))

    def _open(self, link: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl(link)):
            self.say("error", escaped(self.tr("No program on this computer opens {path}. Find the file in its "
                                              "folder and open it from there.").format(path=QUrl(link).toLocalFile())))


class ChannelPrintouts(QWidget):
    """Under the channels table: print or save the chosen channel's poster, flyers, slips or sign-in sheets."""

    last_folder: Path | None = None

    def __init__(self, services: Services, actor: Actor, table: QTableWidget,
                 chosen: Callable[[], tuple[str, str, str] | None]) -> None:
        """`chosen()`: (activity id, channel id, channel name) of the table's current row, or None."""
        super().__init__()
        self.services, self.actor, self.table, self.chosen = services, actor, table, chosen
        self.working: Op | None = None
        label = QLabel(self.tr("Print for the chosen channel:"))
        self.names = names = {"a4": self.tr("A4 poster"), "a3": self.tr("A3 poster"), "flyer": self.tr("Flyers"),
                 "tearoff": self.tr("Tear-off slips"), "sheet": self.tr("Sign-in sheets")}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()  # three a row: the page must fit 1280 px even in a longer language
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(label, 0, 0, 1, 4)
        for index, kind in enumerate(KINDS):
            button = QPushButton(names[kind] + "…")
            button.clicked.connect(lambda _=False, k=kind: self.start(k))
            self.buttons[kind] = button
            grid.addWidget(button, 1 + index // 3, index % 3)
        self.pages = QSpinBox()
        self.pages.setRange(1, 50)
        self.pages.setPrefix(self.tr("Sheets: "))  # a prefix: no plural to get wrong
        self.pages.setToolTip(self.tr("How many numbered sign-in sheets to print"))
        grid.addWidget(self.pages, 2, 2)
        grid.setColumnStretch(3, 1)
        self.outcome = _Outcome()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.outcome)
        table.itemSelectionChanged.connect(self.sync)
        self.closed = False
        self.sync()

    def set_closed(self, closed: bool) -> None:
        """A closed activity prints no more posters (the service refuses them too)."""
        self.closed = closed
        self.sync()

    def sync(self) -> None:
        can = self.chosen() is not None and not self.closed and self.working is None
        why = self.tr("The activity is closed: its posters and sheets are no longer printed.") if self.closed \
            else "" if self.chosen() is not None else self.tr("Choose a channel in the table first")
        for button in self.buttons.values():
            button.setEnabled(can)
            button.setToolTip(why)
        self.pages.setEnabled(can)

    # -- asking ------------------------------------------------------------------------------------

    def ask(self, kind: str, name: str) -> Destination | None:
        """Print or save? Then the system's print dialog or the file dialog; None when cancelled."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Print"))
        box.setText(self.tr("Print the {what} of “{name}” now, or save it as a PDF?").format(
            what=self.names[kind], name=name))
        printer = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        save = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is printer:
            return self.ask_printer()
        if box.clickedButton() is save:
            return self.ask_path(kind, name)
        return None

    def ask_printer(self) -> Destination | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            return Destination(path=Path(printer.outputFileName()))  # the dialog's "print to file (PDF)"
        return Destination(printer=printer.printerName(), copies=max(printer.copyCount(), 1))

    def ask_path(self, kind: str, name: str) -> Destination | None:
        stem = f"{name}-{self.names[kind]}".replace("/", "-").replace(" ", "")
        folder = ChannelPrintouts.last_folder or documents_folder()
        chosen, _filter = _save_dialog(self, self.tr("Save as PDF"), folder / (stem + PDF), [self.tr("PDF (*.pdf)")])
        if not chosen:
            return None
        path = Path(chosen)
        return Destination(path=path if path.suffix.lower() == PDF else path.with_name(path.name + PDF))

    # -- working -----------------------------------------------------------------------------------

    def start(self, kind: str) -> Op | None:
        picked = self.chosen()
        if picked is None or self.working is not None:
            return None
        where = self.ask(kind, picked[2])
        return self.run(kind, where) if where is not None else None

    def run(self, kind: str, where: Destination) -> Op | None:
        picked = self.chosen()
        if picked is None or self.working is not None:
            return None
        activity_id, channel_id, name = picked
        printouts, actor, pages = self.services.activities.printouts, self.actor, self.pages.value()
        if where.path is not None:
            ChannelPrintouts.last_folder = where.path.parent
        self.outcome.say("", escaped(self.tr("Preparing “{name}”…").format(name=name)))

        def read() -> Any:
            if kind == "sheet":
                return printouts.sheets(actor, activity_id, channel_id, pages)
            return printouts.poster(activity_id, [channel_id])

        def drawn(data: Any) -> None:
            self.working = Op(self, lambda: deliver(draw(kind, data), where, name), IO) \
                .success(self._delivered).failure(self._failed).done(self._finished).run()
        self.working = Op(self, read).success(drawn).failure(self._failed).run()
        self.sync()
        return self.working

    def _delivered(self, path: Path | None) -> None:
        if path is not None:
            self.outcome.saved(path)
        else:
            self.outcome.say("", escaped(self.tr("Sent to the printer. Check that every page came out.")))

    def _failed(self, err: UserError) -> None:
        self.outcome.failed(err)
        self._finished()

    def _finished(self) -> None:
        self.working = None
        self.sync()


class SummaryReportExport(QWidget):
    """导出总结报告: the summary report of the activity shown, as a PDF or an .xlsx file."""

    last_folder: Path | None = None

    def __init__(self, services: Services, chosen: Callable[[], tuple[str, str] | None]) -> None:
        """`chosen()`: (activity id, activity name) or None."""
        super().__init__()
        self.services, self.chosen = services, chosen
        self.exporting: Op | None = None
        self.button = QPushButton(self.tr("Export summary report…"))
        self.button.setToolTip(self.tr("Save the activity's summary report as a PDF or an Excel file"))
        self.button.clicked.connect(self.export)
        self.outcome = _Outcome()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)

    def ask_path(self, name: str) -> Path | None:
        pdf, xlsx = self.tr("PDF (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        folder = SummaryReportExport.last_folder or documents_folder()
        stem = self.tr("summary-report-{name}").format(name=name).replace("/", "-")
        chosen, kind = _save_dialog(self, self.tr("Export summary report"), folder / (stem + PDF), [pdf, xlsx])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (PDF, XLSX):
            path = path.with_name(path.name + (XLSX if kind == xlsx else PDF))
        return path

    def export(self) -> Op | None:
        picked = self.chosen()
        if picked is None or self.exporting is not None:
            return None
        path = self.ask_path(picked[1])
        return self.export_to(path) if path is not None else None

    def export_to(self, path: Path) -> Op | None:
        picked = self.chosen()
        if picked is None or self.exporting is not None:
            return None
        printouts, activity_id = self.services.activities.printouts, picked[0]
        SummaryReportExport.last_folder = path.parent
        self.button.setEnabled(False)
        self.outcome.say("", escaped(self.tr("Writing the summary report of “{name}”…").format(name=picked[1])))

        def write(data: Any) -> Path:
            from branchdesk.printing.output import save_file

            if path.suffix.lower() == XLSX:
                from branchdesk.printing.activity_report_xlsx import activity_report_xlsx

                return save_file(activity_report_xlsx(data), path)
            from branchdesk.printing.activity_report import activity_report_pdf

            return save_file(activity_report_pdf(data), path)

        def read(data: Any) -> None:
            self.exporting = Op(self, lambda: write(data), IO).success(self.outcome.saved) \
                .failure(self._failed).done(self._finished).run()
        self.exporting = Op(self, lambda: printouts.report(activity_id)).success(read).failure(self._failed).run()
        return self.exporting

    def _failed(self, err: UserError) -> None:
        self.outcome.failed(err)
        self._finished()

    def _finished(self) -> None:
        self.exporting = None
        self.button.setEnabled(True)
