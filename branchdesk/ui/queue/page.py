"""The queue page: my window on the left; issuing, print problems and the waiting lists on the right.

The page reads the whole queue in one op on the database lane
(QueueService.overview, a fixed number of queries) whenever a write announces a
change to the queue, this PC's or the kiosk's; writes by another process show
up at the operations layer's slow safety poll. Nothing is read while the page is
built: the window list, this PC's window and the issuing buttons come with the
first read (until then the window choice waits, disabled, and no button shows).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.events import QUEUE, QUEUE_SETTINGS, SETTINGS
from branchdesk.services.queue.norms import yuan_text
from branchdesk.services.queue.service import NoShow, QueueOverview, TicketInfo
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.hall import HallDevices, screen_label
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.queue.corrections import AmountCorrectionDialog
from branchdesk.ui.queue.counter import WINDOW_KEY, CounterPanel, policy_text
from branchdesk.ui.queue.dialogs import BackEntryDialog, business_name
from branchdesk.ui.queue.printer_dialog import PrinterDialog
from branchdesk.ui.queue.issue import IssuePanel, PrintProblems
from branchdesk.ui.queue.kiosk import KioskWindow
from branchdesk.ui.reflow import fill_with_last_column, scroll_up_and_down
from branchdesk.ui.tables import fill_row, make_table
from branchdesk.ui.questions import ask


class QueuePage(QWidget):
    def __init__(self, services: Services, actor: Actor, hall: HallDevices | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.hall = hall or HallDevices(services, self)
        self.printer = self.hall.printer
        self.held: list[TicketInfo] = []
        self.no_shows: list[NoShow] = []

        title = QLabel(self.tr("Queue"))
        title.setProperty("role", "title")
        self.policy_label = QLabel()
        self.policy_label.setStyleSheet("font-weight: bold; color: #0b5d3b;")
        self.printer_button = QPushButton(self.tr("Printer…"))
        self.printer_button.clicked.connect(lambda: self.printer_settings())
        self.back_entry_button = QPushButton(self.tr("Back-entry…"))
        self.back_entry_button.setToolTip(self.tr("Enter tickets served on paper during a power cut"))
        self.back_entry_button.clicked.connect(lambda: self.back_entry())
        self.correct_button = QPushButton(self.tr("Correct amount…"))
        self.correct_button.setToolTip(self.tr("Correct an amount recorded at finish (duty manager)"))
        self.correct_button.clicked.connect(lambda: self.correct_amount())
        self.correct_button.setVisible(actor.can(Permission.MANAGE_QUEUE))
        self.kiosk_button = QPushButton(self.tr("Open kiosk"))
        self.kiosk_button.clicked.connect(lambda: self.open_kiosk())  # asks first on a one-screen PC
        self.screen_choice = QComboBox()
        for index, screen in enumerate(QGuiApplication.screens()):
            self.screen_choice.addItem(screen_label(index, screen), index)
        may_run_kiosk = actor.can(Permission.RUN_KIOSK)
        self.kiosk_button.setVisible(may_run_kiosk)
        self.screen_choice.setVisible(may_run_kiosk and self.screen_choice.count() > 1)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.policy_label, 1)
        top.addWidget(self.back_entry_button)
        top.addWidget(self.printer_button)
        top.addWidget(self.screen_choice)
        top.addWidget(self.kiosk_button)

        self.counter = CounterPanel(services, actor, self)
        self.issue_panel = IssuePanel(services, actor, self.printer, self)
        self.problems = PrintProblems(services, actor, self.printer, self)
        self.waiting_table = make_table([self.tr("Service"), self.tr("Waiting"), self.tr("Priority"),
                                         self.tr("Next numbers")])
        self.waiting_table.verticalHeader().setDefaultSectionSize(28)  # six businesses in sight at 1280 x 720
        self.waiting_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read only: the scan field keeps the focus
        # Every column as wide as its heading and cells, the last one over the room left; when they no longer
        # fit, the table scrolls sideways inside itself.
        fill_with_last_column(self.waiting_table)
        waiting_box = QGroupBox(self.tr("Waiting now"))
        QVBoxLayout(waiting_box).addWidget(self.waiting_table)

        self.held_table = make_table([self.tr("Number"), self.tr("Service"), self.tr("Arrived")])
        self.held_table.setMaximumHeight(180)
        self.held_table.cellDoubleClicked.connect(lambda row, _column: self.call_back_held(row))
        self.call_back_button = QPushButton(self.tr("Call back at my window"))
        self.call_back_button.clicked.connect(lambda: self.call_back_held(self.held_table.currentRow()))
        self.held_box = QGroupBox(self.tr("On hold"))
        held_layout = QVBoxLayout(self.held_box)
        held_layout.addWidget(self.held_table)
        held_layout.addWidget(self.call_back_button, 0, Qt.AlignmentFlag.AlignRight)

        # Today's no-shows that may still come back (the printed ticket says they may): called by code.
        self.no_show_table = make_table([self.tr("Number"), self.tr("No-show at"), self.tr("Window"),
                                         self.tr("Back until")])
        self.no_show_table.setMaximumHeight(150)
        self.no_show_table.cellDoubleClicked.connect(lambda row, _column: self.call_back_no_show(row))
        self.no_show_button = QPushButton(self.tr("Call back at my window"))
        self.no_show_button.clicked.connect(lambda: self.call_back_no_show(self.no_show_table.currentRow()))
        self.no_show_box = QGroupBox(self.tr("Recent no-shows"))
        no_show_layout = QVBoxLayout(self.no_show_box)
        no_show_layout.addWidget(self.no_show_table)
        no_show_layout.addWidget(self.no_show_button, 0, Qt.AlignmentFlag.AlignRight)
        self.no_show_box.setVisible(False)

        # The counter, and what shows up only now and then (print problems, held tickets, recent no-shows),
        # on the left; issuing and the waiting lists on the right, where the room below the issuing buttons
        # shows every business's line at 1280 x 720 and up (under the counter it had room for two and a half).
        left = QVBoxLayout()
        left.addWidget(self.counter)
        left.addWidget(self.problems)
        left.addWidget(self.held_box)
        left.addWidget(self.no_show_box)
        left.addStretch(1)
        # Below the counter's lists (it corrects what the counter recorded), not in the top bar: that row has
        # no room left in a longer language; nor under the waiting list, which needs the height.
        left.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.addWidget(self.issue_panel)
        right.addWidget(waiting_box, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 11)
        body.addSpacing(12)
        body.addLayout(right, 9)
        # In a longer language the counter's buttons take two columns and the page grows taller than the
        # smallest window: it then scrolls up and down (never sideways) instead of making the window grow.
        self.body_scroll = scroll_up_and_down(body)
        self.policy_label.setWordWrap(True)  # two lines rather than a wider page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.addLayout(top)
        layout.addWidget(self.body_scroll, 1)

        for signal in (self.counter.changed, self.problems.changed):
            signal.connect(self.refresh)
        self.reading: Op | None = None
        self._read_again = False
        self.overview: QueueOverview | None = None
        on_change(self, services, {QUEUE, QUEUE_SETTINGS, SETTINGS}, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the queue again on the database lane; a refresh asked for while reading follows it."""
        if self.reading is not None:
            self._read_again = True
            return
        number = self.counter.window_number()
        first = not self.counter.windows_known
        services = self.services  # the op runs on the lane: it touches no widget

        def read() -> QueueOverview | None:
            if not services.branch.is_set_up():
                return None
            wanted = number
            if first:  # this PC's window, remembered in its local settings
                remembered = services.local.get(WINDOW_KEY) or ""
                wanted = int(remembered) if remembered.isdigit() else None
            overview = services.queue.overview(wanted)
            if first and overview.window is None and overview.windows:
                overview = services.queue.overview(overview.windows[0].number)
            return overview
        self.reading = Op(self, read).success(self.display).failure(self._refused).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _refused(self, err: UserError) -> None:
        self.counter.say(tr_error(err), error=True)

    def display(self, overview: QueueOverview | None) -> None:
        """Show what was read: my window, the waiting lists, the held tickets and the print problems."""
        if overview is None:
            return
        self.overview = overview
        self.counter.offer_windows(overview.windows, overview.window.number if overview.window else None)
        self.issue_panel.offer(overview.businesses)
        self.policy_label.setText(policy_text(overview.policy))
        self.counter.display(overview.window, overview.current)
        self.problems.display(overview.print_failures)
        self.waiting_table.setRowCount(len(overview.businesses))
        for row, business in enumerate(overview.businesses):
            mine = [t for t in overview.waiting if t.business_code == business.code]
            priority = sum(1 for t in mine if t.priority)
            upcoming = " ".join(t.code for t in mine[:4]) + (" …" if len(mine) > 4 else "")
            fill_row(self.waiting_table, row, [business_name(business), str(len(mine)), str(priority), upcoming])
        self.held = overview.held
        self.held_table.setRowCount(len(self.held))
        for row, ticket in enumerate(self.held):
            fill_row(self.held_table, row, [ticket.code, business_name(ticket),
                                            f"{ticket.issued_at.astimezone(overview.zone):%H:%M}"])
        if self.held and self.held_table.currentRow() < 0:
            self.held_table.selectRow(0)
        self.held_box.setVisible(bool(self.held))
        self._show_no_shows(overview)

    def _show_no_shows(self, overview: QueueOverview) -> None:
        self.no_shows = overview.no_shows
        self.no_show_table.setRowCount(len(self.no_shows))
        for row, missed in enumerate(self.no_shows):
            window = self.tr("Window {number}").format(number=missed.window_number) if missed.window_number else ""
            fill_row(self.no_show_table, row, [missed.code, f"{missed.at.astimezone(overview.zone):%H:%M}", window,
                                               f"{missed.until.astimezone(overview.zone):%H:%M}"])
        if self.no_shows and self.no_show_table.currentRow() < 0:
            self.no_show_table.selectRow(0)
        self.no_show_box.setVisible(bool(self.no_shows))

    def call_back_held(self, row: int) -> Op | None:
        if not 0 <= row < len(self.held):
            return None
        return self.counter.call_code(self.held[row].code)

    def call_back_no_show(self, row: int) -> Op | None:
        if not 0 <= row < len(self.no_shows):
            return None
        return self.counter.call_code(self.no_shows[row].code)

    # --- dialogs and the kiosk ---------------------------------------------------------
    def back_entry(self) -> BackEntryDialog:
        dialog = BackEntryDialog(self.services, self.actor, self)
        dialog.accepted.connect(lambda: self.counter.say(
            self.tr("Back-entered {code} (kept out of the timing statistics)").format(code=dialog.applied().code)))
        dialog.open()
        return dialog

    def correct_amount(self) -> AmountCorrectionDialog:
        dialog = AmountCorrectionDialog(self.services, self.actor, self.counter.last_finished, self)
        dialog.accepted.connect(lambda: self._amount_corrected(dialog.applied()))
        dialog.open()
        return dialog

    def _amount_corrected(self, ticket: TicketInfo) -> None:
        self.counter.say(self.tr("{code}: amount corrected to ¥{amount}").format(
            code=ticket.code, amount=yuan_text(ticket.amount_fen or 0)))
        last = self.counter.last_finished
        if last is not None and last.id == ticket.id:  # the status line shows the corrected amount
            self.counter.last_finished = ticket
            self.counter.display(self.counter.window_info, self.counter.current)

    def printer_settings(self) -> PrinterDialog:
        dialog = PrinterDialog(self.services, self.actor, self)
        dialog.open()
        return dialog

    @property
    def kiosk(self) -> KioskWindow | None:
        return self.hall.kiosk

    kiosk_warning: QMessageBox | None = None  # the question before the kiosk covers the only screen

    def open_kiosk(self, confirmed: bool = False) -> Op | None:
        """The permission check and the audited opening run on the database lane; the kiosk opens when
        they land (`self.kiosk`), a refusal shows on the counter's message line. With one screen the kiosk
        would cover this one: unless `confirmed`, the clerk is asked first (`kiosk_warning`)."""
        screens = QGuiApplication.screens()
        if len(screens) <= 1 and self.kiosk is None and not confirmed:
            self._warn_before_kiosk()
            return None
        index = self.screen_choice.currentData() or 0
        return self.hall.open_kiosk(self.actor, screens[index] if index < len(screens) else None, self,
                                    lambda err: self.counter.say(tr_error(err), error=True))

    def _warn_before_kiosk(self) -> None:
        if self.kiosk_warning is not None:
            return
        self.kiosk_warning = ask(
            self, QMessageBox.Icon.Warning, self.tr("Open the kiosk on this screen?"),
            self.tr("This PC has one screen: the kiosk will cover all of it, and the counter "
                    "stays hidden behind it until the kiosk is closed.\n\nTo close the kiosk, "
                    "press Esc and sign in: you ({name}), or a duty manager or above."
                    ).format(name=self.actor.full_name),
            self.tr("Open the kiosk"), self.tr("Cancel"), self._kiosk_warning_answered)

    def _kiosk_warning_answered(self, result: int) -> None:
        self.kiosk_warning = None
        if result == QMessageBox.StandardButton.Yes.value:
            self.open_kiosk(confirmed=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.counter.code_input.setFocus(Qt.FocusReason.OtherFocusReason)  # a scan lands in the field at once

