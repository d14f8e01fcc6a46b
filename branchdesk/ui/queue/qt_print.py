"""Printing a PDF through Qt's printing: a named printer (chosen in the system's print dialog) or the
default one.

This is how Windows prints tickets: `os.startfile(path, "print")` needed a PDF application with a
print verb and only ever reached the default printer. The same code prints into a PDF file
(`output_file`), which is how it is tested on Linux, on the offscreen platform.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

from branchdesk.printing.faults import PrintFailed

USE_QT_PRINTING = sys.platform == "win32"  # elsewhere lp/lpr (CUPS) takes the PDF itself
RENDER_DPI = 300  # a receipt printer has 203 dpi; more only makes the job bigger


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def print_pdf_qt(data: bytes, printer_name: str = "", *, title: str = "BranchDesk",
                 output_file: str | None = None) -> None:
    """Print every page of the PDF `data` on `printer_name` (empty: the default printer), or into
    `output_file` as a PDF. Safe off the GUI thread (QPainter on a QPrinter is).

    Raises PrintFailed: no such printer, no default printer, a job the printer would not start.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if output_file is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(output_file)
    elif printer_name:
        if printer_name not in printer_names():
            raise PrintFailed("print.no_printer", printer=printer_name)
        printer.setPrinterName(printer_name)
    elif QPrinterInfo.defaultPrinter().isNull():
        raise PrintFailed("print.no_default")
    printer.setDocName(title)
    printer.setFullPage(True)
    with _loaded(data) as document:
        painter = QPainter()
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            layout = QPageLayout(QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
                                 QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            if index == 0:
                printer.setPageLayout(layout)
                if not painter.begin(printer):
                    raise PrintFailed("print.qt_failed")
            else:
                printer.setPageLayout(layout)
                if not printer.newPage():
                    painter.end()
                    raise PrintFailed("print.qt_failed")
            image = document.render(index, QSize(round(points.width() / 72 * RENDER_DPI),
                                                 round(points.height() / 72 * RENDER_DPI)))
            painter.drawImage(QRectF(painter.viewport()), image)
        if painter.isActive() and not painter.end():
            raise PrintFailed("print.qt_failed")


class _loaded:
    """The PDF as a QPdfDocument, loaded from a temporary file (loading from a file is synchronous)."""

    def __init__(self, data: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument  # here, not at start-up: only a print needs Qt's PDF library

        self.data = data
        self.path = ""
        self.document = QPdfDocument()

    def __enter__(self) -> QPdfDocument:
        from PySide6.QtPdf import QPdfDocument

        fd, self.path = tempfile.mkstemp(prefix="branchdesk-print-", suffix=".pdf")
        with os.fdopen(fd, "wb") as handle:
            handle.write(self.data)
        if self.document.load(self.path) != QPdfDocument.Error.None_ or self.document.pageCount() < 1:
            raise PrintFailed("print.bug")
        return self.document

    def __exit__(self, *_exc: object) -> None:
        self.document.close()
        # Deleted here, on the thread that made it: a traceback or a cycle holding the wrapper would
        # otherwise have it destroyed later on the GUI thread, where a QObject of a gone thread must not die.
        shiboken6.delete(self.document)
        with contextlib.suppress(OSError):  # a temporary file: the OS's to clean if it stays
            os.unlink(self.path)

