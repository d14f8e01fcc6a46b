"""The customer kiosk: a frameless full-screen window with huge business buttons.

Customers read Chinese first and English second, whatever language the staff
use: each text is shown translated (big) with its English source (small).
Escape asks whoever opened it, or a duty manager (or above), to sign in before the kiosk closes;
nothing else closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services import Services
from branchdesk.services.queue.service import TicketInfo
from branchdesk.services.queue.setup import BusinessInfo
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import current_language, tr_error
from branchdesk.ui.lane_dialog import LaneDialog
from branchdesk.ui.ops import Op
from branchdesk.ui.queue.printing import PRINTED, SHOWN, TicketPrinter
from branchdesk.ui.queue.wait_words import CONTEXT as WAIT_CONTEXT
from branchdesk.ui.queue.wait_words import wait_source

KIOSK_STYLE = """
QWidget#kiosk { background: #0b5d3b; }
QStackedWidget#kioskPages QLabel { color: white; }
QPushButton[kiosk="business"], QPushButton[kiosk="priority"] {
    background: white; color: #0b5d3b; border-radius: 18px; border: none; min-height: 150px; }
QPushButton[kiosk="priority"] { min-height: 90px; }
QPushButton[kiosk="priority"]:checked { background: #c62828; }
QPushButton[kiosk="business"]:pressed { background: #d8efe2; }
QStackedWidget#kioskPages QLabel[kiosk="big"] { font-size: 40pt; font-weight: bold; color: #0b5d3b; background: transparent; }
QStackedWidget#kioskPages QLabel[kiosk="small"] { font-size: 18pt; color: #4a4a4a; background: transparent; }
"""

CHOOSE = QT_TRANSLATE_NOOP("KioskWindow", "Please choose a service")
PRIORITY = QT_TRANSLATE_NOOP("KioskWindow", "Priority for the elderly, disabled, sick and pregnant")
YOUR_NUMBER = QT_TRANSLATE_NOOP("KioskWindow", "Your number")
PRINTING = QT_TRANSLATE_NOOP("KioskWindow", "Printing your ticket…")
TAKE_TICKET = QT_TRANSLATE_NOOP("KioskWindow", "Please take your ticket")
PRINT_FAILED = QT_TRANSLATE_NOOP("KioskWindow", "Printing failed, please tell the staff")
REMEMBER = QT_TRANSLATE_NOOP("KioskWindow", "Please remember your number and listen for it to be called")


def kiosk_text(context: str, source: object) -> tuple[str, str]:
    """(big, small): the translation and its English source; English alone when staff use English.

    `source`: a QT_TRANSLATE_NOOP constant (a str, typed object by PySide6's stubs)."""
    english = str(source)
    big = QCoreApplication.translate(context, english)
    return (big, "") if current_language() == "en" or big == english else (big, english)


class TwoLineButton(QPushButton):
    """A button with a big line and a small line (QPushButton text has one font)."""

    def __init__(self, big: str, small: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kiosk", kind)
        self.big = QLabel(big)
        self.small = QLabel(small)
        self.big.setProperty("kiosk", "big")
        self.small.setProperty("kiosk", "small")
        layout = QVBoxLayout(self)
        for label in (self.big, self.small):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.small.setVisible(bool(small))


class _NotAllowed(UserError):
    """The staff member signed in but may not close the kiosk (the dialog says so in its own words)."""


class StaffUnlockDialog(LaneDialog):
    """A duty manager, branch head or administrator signs in to close the kiosk; the check (Argon2) and
    the audited close run on the database lane."""

    def __init__(self, services: Services, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Close the kiosk"))
        self.setMinimumWidth(480)
        self.username = QLineEdit(username)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Staff login name"), self.username)
        form.addRow(self.tr("PIN or password"), self.secret)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Whoever opened the kiosk, or a duty manager or above, signs in to close it.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.secret.setFocus()

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check(self) -> Op | None:
        return self.save()

    def write(self) -> Callable[[], None]:
        staff, queue, username, secret = self.services.staff, self.services.queue, self.username.text(), \
            self.secret.text()

        def unlock() -> None:
            # every attempt is audited and counts towards the lockout, as at the sign-in screen
            actor = staff.sign_in(username, secret)
            try:
                queue.kiosk_closed(actor)
            except PermissionDenied as err:
                raise _NotAllowed(err.code, err.message, **err.params) from err
        return unlock

    def _refused(self, err: UserError) -> None:
        if isinstance(err, _NotAllowed):
            self.error.setText(self.tr("Only whoever opened the kiosk, or a duty manager or above, can close it."))
        else:
            super()._refused(err)
        self.secret.clear()


class KioskWindow(QWidget):
    closed = Signal()
    RESULT_MS = 8000  # how long the issued number stays on screen
    REMEMBER_MS = 20000  # no ticket printer: long enough to read the number and remember it
    FAILED_MS = 20000  # a print failure stays longer, so the customer reads it

    def __init__(self, services: Services, actor: Actor, printer: TicketPrinter,
                 parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(KIOSK_STYLE)
        self.services = services
        self.actor = actor
        self.printer = printer
        self.last: TicketInfo | None = None
        self.issuing: Op | None = None  # the ticket on its way to the database
        self._unlocked = False

        self.stack = QStackedWidget()
        self.stack.setObjectName("kioskPages")  # the white-on-green look stays off the staff dialog
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.stack)

        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.timeout.connect(self.show_choices)
        printer.printed.connect(self._printed)

    def _label(self, source: object, big_pt: int, small_pt: int = 18) -> QWidget:
        big, small = kiosk_text("KioskWindow", source)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        top, bottom = QLabel(big), QLabel(small)
        top.setStyleSheet(f"font-size: {big_pt}pt; font-weight: bold;")
        bottom.setStyleSheet(f"font-size: {small_pt}pt;")
        for label in (top, bottom):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        bottom.setVisible(bool(small))
        return box

    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._label(CHOOSE, 36))
        big, small = kiosk_text("KioskWindow", PRIORITY)
        self.priority = TwoLineButton(big, small, "priority")
        self.priority.setCheckable(True)
        self.priority.big.setStyleSheet("font-size: 30pt; font-weight: bold; color: #c62828;")
        self.priority.toggled.connect(self._priority_toggled)
        layout.addWidget(self.priority)
        grid = QGridLayout()
        grid.setSpacing(24)
        self.business_buttons: dict[str, TwoLineButton] = {}  # once the businesses are read, on the lane

        def offer(businesses: list[BusinessInfo]) -> None:
            for index, business in enumerate(businesses):
                button = TwoLineButton(business.name_zh, business.name_en, "business")
                button.clicked.connect(lambda _checked=False, code=business.code: self.press(code))
                grid.addWidget(button, index // 3, index % 3)
                self.business_buttons[business.code] = button
        Op(self, self.services.queue.businesses).success(offer).run()
        layout.addLayout(grid, 1)
        return page

    def _priority_toggled(self, on: bool) -> None:
        colour = "white" if on else "#c62828"
        self.priority.big.setStyleSheet(f"font-size: 30pt; font-weight: bold; color: {colour};")
        self.priority.small.setStyleSheet("font-size: 16pt; color: %s;" % ("white" if on else "#4a4a4a"))

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_title = self._label(YOUR_NUMBER, 32)
        self.number = QLabel()
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setStyleSheet("font-size: 140pt; font-weight: bold; color: #ffe082;")
        self.business_line = QLabel()
        self.business_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.business_line.setStyleSheet("font-size: 30pt;")
        self.wait_line = QLabel()
        self.wait_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_line.setStyleSheet("font-size: 26pt;")
        self.wait_line.setWordWrap(True)
        self.print_line = QLabel()
        self.print_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_line.setWordWrap(True)
        for widget in (self.result_title, self.number, self.business_line, self.wait_line, self.print_line):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    # --- customers ---------------------------------------------------------------------
    def press(self, business_code: str) -> Op | None:
        """Issue on the database lane (a press while one is on its way is ignored), then show and print."""
        if self.issuing is not None:
            return None
        queue, printer, priority = self.services.queue, self.services.printer, self.priority.isChecked()

        def issue() -> tuple[TicketInfo, bool]:  # and whether this PC prints tickets, to say the right thing
            return queue.issue(business_code, priority, "kiosk"), printer.setup().prints
        self.issuing = Op(self, issue).success(lambda issued: self._issued(*issued)) \
            .failure(self._refused).done(self._settled).run()
        return self.issuing

    def _settled(self) -> None:
        self.issuing = None

    def _refused(self, err: UserError) -> None:  # e.g. the day's numbers ran out: tell the customer, keep going
        self._show_print_line(tr_error(err), failed=True)

    def _issued(self, ticket: TicketInfo, prints: bool = True) -> None:
        self.last = ticket
        self.priority.setChecked(False)
        self.number.setText(ticket.code)
        self.business_line.setText(f"{ticket.business_zh}  {ticket.business_en}")
        source, values = wait_source(ticket.wait)
        big, small = kiosk_text(WAIT_CONTEXT, source)
        self.wait_line.setText(f"{big}\n{small}".format(**values) if small else big.format(**values))
        self._show_print_line(self._pair(PRINTING if prints else REMEMBER), failed=False)
        self.stack.setCurrentIndex(1)
        self.back_timer.start(self.RESULT_MS if prints else self.REMEMBER_MS)
        self.printer.print_ticket(ticket)  # with no ticket printer: records that the number was shown

    def _pair(self, source: object) -> str:
        big, small = kiosk_text("KioskWindow", source)
        return f"{big}\n{small}" if small else big

    def _show_print_line(self, text: str, failed: bool) -> None:
        colour = "#ffcdd2; background: #b71c1c; padding: 12px" if failed else "white"
        self.print_line.setStyleSheet(f"font-size: 26pt; font-weight: bold; color: {colour};")
        self.print_line.setText(text)

    def _printed(self, ticket_id: str, outcome: str) -> None:
        if self.last is None or self.last.id != ticket_id or self.stack.currentIndex() != 1:
            return
        if outcome == SHOWN:
            self._show_print_line(self._pair(REMEMBER), failed=False)
        elif outcome == PRINTED:
            self._show_print_line(self._pair(TAKE_TICKET), failed=False)
        else:
            self._show_print_line(self._pair(PRINT_FAILED), failed=True)
            self.back_timer.start(self.FAILED_MS)

    def show_choices(self) -> None:
        self.back_timer.stop()
        self.stack.setCurrentIndex(0)

    # --- staff --------------------------------------------------------------------------
    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.ask_to_close()
            return
        super().keyPressEvent(event)

    def ask_to_close(self) -> StaffUnlockDialog:
        dialog = StaffUnlockDialog(self.services, self.actor.username, self)
        dialog.accepted.connect(self._unlock_and_close)
        dialog.open()
        return dialog

    def _unlock_and_close(self) -> None:
        self._unlocked = True
        self.close()

    def force_close(self) -> None:
        """The app is quitting (its owner closed it): no sign-in asked."""
        self._unlock_and_close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._unlocked:  # Alt+F4 by a customer: stay open
            event.ignore()
            return
        self.back_timer.stop()
        self.closed.emit()
        super().closeEvent(event)

