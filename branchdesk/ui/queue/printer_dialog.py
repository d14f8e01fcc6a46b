"""Where this PC prints tickets: a receipt printer (ESC/POS), a system printer, or no ticket printer
(the kiosk shows the number on screen). A test print tries the setup as entered, before it is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.roles import Actor
from branchdesk.services.queue.printer import NO_PRINTER, RECEIPT, SYSTEM, PrinterSetup
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.lane_dialog import LaneDialog
from branchdesk.ui.ops import IO, Op
from branchdesk.ui.queue.printing import print_sample

OK_STYLE = "color: #0b5d3b; font-weight: bold;"


class PrinterDialog(LaneDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Ticket printer"))
        self.setMinimumWidth(620)
        self.escpos = QRadioButton(self.tr("Receipt printer (ESC/POS)"))
        self.system = QRadioButton(self.tr("System printer"))
        self.none = QRadioButton(self.tr("No ticket printer: the kiosk shows the number on screen"))
        group = QButtonGroup(self)
        for button in (self.escpos, self.system, self.none):
            group.addButton(button)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("192.168.1.50:9100 or /dev/usb/lp0 or COM3"))
        self.printer_name = QLineEdit()
        self.printer_name.setPlaceholderText(self.tr("empty: the default printer"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(lambda: self.choose_printer())
        name_row = QHBoxLayout()
        name_row.addWidget(self.printer_name, 1)
        name_row.addWidget(self.choose_button)
        self.system.setChecked(True)
        form = QFormLayout()
        form.addRow(self.escpos)
        form.addRow(self.tr("Address or device"), self.target)
        form.addRow(self.system)
        form.addRow(self.tr("Printer name"), name_row)
        form.addRow(self.none)
        self.test_button = QPushButton(self.tr("Print a test ticket"))
        self.test_button.clicked.connect(lambda: self.test_print())
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.testing: Op | None = None
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        group.buttonToggled.connect(lambda *_args: self._sync())
        self._sync()
        self.load(services.printer.setup, self._show)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _show(self, setup: PrinterSetup) -> None:
        self.target.setText(setup.escpos)
        self.printer_name.setText(setup.system)
        {RECEIPT: self.escpos, SYSTEM: self.system, NO_PRINTER: self.none}[setup.mode].setChecked(True)

    def _sync(self) -> None:
        self.target.setEnabled(self.escpos.isChecked())
        self.printer_name.setEnabled(self.system.isChecked())
        self.choose_button.setEnabled(self.system.isChecked())
        self.test_button.setEnabled(not self.none.isChecked() and self.testing is None)

    def entered(self) -> PrinterSetup:
        mode = RECEIPT if self.escpos.isChecked() else SYSTEM if self.system.isChecked() else NO_PRINTER
        return PrinterSetup(mode, self.target.text().strip(), self.printer_name.text().strip())

    def choose_printer(self) -> QPrintDialog:
        """The system's print dialog, to pick an installed printer by name."""
        printer = QPrinter()
        if self.printer_name.text().strip():
            printer.setPrinterName(self.printer_name.text().strip())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Choose the ticket printer"))

        def chosen(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and printer.printerName():
                self.printer_name.setText(printer.printerName())
        dialog.finished.connect(chosen)
        QDialog.open(dialog)  # window-modal; QPrintDialog's own open() wants a slot to call
        return dialog

    def test_print(self) -> Op | None:
        """Print a sample ticket on the printer as entered, on the printing lane; say how it went."""
        setup = self.entered()
        if self.testing is not None or not setup.prints:
            return None
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Printing a test ticket…"))
        services = self.services
        self.testing = Op(self, lambda: print_sample(services, setup), IO).success(self._tested) \
            .failure(self._test_failed).done(self._test_done).run()
        self._sync()
        return self.testing

    def _tested(self, _none: None) -> None:
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.setText(self.tr("The test ticket was sent to the printer. Check that it came out."))

    def _test_failed(self, err: UserError) -> None:
        self.test_result.setStyleSheet("color: #b00020; font-weight: bold;")
        self.test_result.setText(tr_error(err))

    def _test_done(self) -> None:
        self.testing = None
        self._sync()

    def write(self) -> Callable[[], PrinterSetup] | None:
        setup = self.entered()
        if setup.mode == RECEIPT and not setup.escpos:
            self.error.setText(self.tr("Enter the receipt printer's address (host:port) or device."))
            return None
        printer, actor = self.services.printer, self.actor
        return lambda: printer.save(actor, setup)
