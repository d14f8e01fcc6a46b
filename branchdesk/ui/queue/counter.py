"""The clerk's window: call, recall, serve, finish, and the window's own state.

Buttons are enabled only when the step makes sense for the window and its
customer; the service still checks everything, and its messages are shown on
the panel, so a scanned unknown code or a call on a closed window changes nothing.

Each step runs on the database lane (ui/ops.py); the buttons wait while it runs.
The panel shows what the queue page reads after the step's change is announced.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.queue import policy as call_policy
from branchdesk.services.queue.norms import yuan_text
from branchdesk.services.queue.service import CALLED, CLOSED, OPEN, PAUSED, SERVING, TicketInfo
from branchdesk.services.queue.setup import WindowInfo
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op
from branchdesk.ui.queue.dialogs import FinishDialog, PauseDialog, TransferDialog, business_name
from branchdesk.ui.reflow import ButtonGrid

T = TypeVar("T")

WINDOW_KEY = "queue.window"  # services.local: the window this PC serves

BUTTON_STYLE = "QPushButton { font-size: 17pt; font-weight: bold; min-height: 50px; padding: 2px 8px; }"
OVERRUN_STYLE = "color: #b00020; font-weight: bold; font-size: 16pt;"
WITHIN_STYLE = "color: #0b5d3b; font-weight: bold; font-size: 16pt;"


def _minutes(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class CounterPanel(QWidget):
    """One window of the branch, picked once per PC and remembered."""

    changed = Signal()  # a ticket moved, or another window was picked: read the queue again

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.window_info: WindowInfo | None = None
        self.current: TicketInfo | None = None
        self.last_finished: TicketInfo | None = None
        self.acting: Op | None = None  # the step on its way to the database

        self.window_choice = QComboBox()
        self.window_choice.setMinimumWidth(160)
        self.window_state = QLabel()
        self.window_state.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("My window")))
        top.addWidget(self.window_choice)
        top.addWidget(self.window_state, 1)

        self.code_label = QLabel("—")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("font-size: 40pt; font-weight: bold; color: #0b5d3b;")
        self.ticket_label = QLabel()
        self.ticket_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_label.setStyleSheet("font-size: 16pt;")
        self.ticket_label.setWordWrap(True)
        self.outcome_label = QLabel()
        self.outcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.outcome_label.setWordWrap(True)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.code_label)
        card_layout.addWidget(self.ticket_label)
        card_layout.addWidget(self.outcome_label)

        self.call_button = self._button(self.tr("Call next"), self.call_next)
        self.recall_button = self._button(self.tr("Recall"), self.recall)
        self.start_button = self._button(self.tr("Start"), self.start)
        self.finish_button = self._button(self.tr("Finish…"), self.finish)
        self.no_show_button = self._button(self.tr("No-show"), self.no_show)
        self.transfer_button = self._button(self.tr("Transfer…"), self.transfer)
        self.hold_button = self._button(self.tr("Hold"), self.hold)
        self.pause_button = self._button("", self.pause_or_resume)
        self.open_button = self._button("", self.open_or_close)
        # Three big buttons a row; two when their texts are longer than a third of the panel (a longer
        # language), so the panel never widens the page and no button loses its size or its text.
        self.button_grid = ButtonGrid([self.call_button, self.recall_button, self.start_button, self.finish_button,
                                       self.no_show_button, self.transfer_button, self.hold_button, self.pause_button,
                                       self.open_button], most=3, fewest=2)

        self.code_input = QLineEdit()
        self.code_input.setPlaceholderText(self.tr("Scan or type a ticket number, then Enter"))
        self.code_input.setStyleSheet("font-size: 16pt; min-height: 40px;")
        self.code_input.returnPressed.connect(self.call_code)
        code_row = QHBoxLayout()
        code_row.addWidget(QLabel(self.tr("Call number")))
        code_row.addWidget(self.code_input, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(32)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(card)
        layout.addWidget(self.button_grid)
        layout.addLayout(code_row)
        layout.addWidget(self.message)

        self.windows_known = False  # the windows and this PC's window come with the queue page's first read
        self.window_choice.setEnabled(False)
        self.window_choice.currentIndexChanged.connect(self._window_picked)
        self._enable()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setStyleSheet(BUTTON_STYLE)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- which window -------------------------------------------------------------
    def offer_windows(self, windows: list[WindowInfo], remembered: int | None) -> None:
        """The windows in use, as the queue page read them. The first time, pick `remembered` (this PC's
        window, read with them); later keep the one picked, unless it went out of use."""
        numbers = [w.number for w in windows]
        shown = [self.window_choice.itemData(i) for i in range(self.window_choice.count())]
        if self.windows_known and numbers == shown:
            return
        wanted = self.window_number() if self.windows_known else remembered
        self.window_choice.blockSignals(True)
        self.window_choice.clear()
        for number in numbers:
            self.window_choice.addItem(self.tr("Window {number}").format(number=number), number)
        index = self.window_choice.findData(wanted) if wanted is not None else -1
        self.window_choice.setCurrentIndex(max(index, 0) if windows else -1)
        self.window_choice.blockSignals(False)
        self.window_choice.setEnabled(True)
        first, self.windows_known = not self.windows_known, True
        if not first and self.window_number() != wanted:
            self.refresh()  # what was read is about a window no longer offered

    def _window_picked(self, _index: int) -> None:
        number = self.window_number()
        if number is not None:
            local = self.services.local
            Op(self, lambda: local.set(WINDOW_KEY, str(number))).run()  # this PC's window, remembered
        self.last_finished = None
        self.message.clear()
        self.refresh()

    def window_number(self) -> int | None:
        return self.window_choice.currentData()

    def select_window(self, number: int) -> None:
        self.window_choice.setCurrentIndex(self.window_choice.findData(number))

    # --- showing --------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the window and its customer to be read again (the queue page reads them)."""
        self.changed.emit()

    def display(self, window: WindowInfo | None, current: TicketInfo | None) -> None:
        """The window and its customer as just read."""
        self.window_info = window if window is not None and window.number == self.window_number() else None
        self.current = current if self.window_info else None
        self._show_window()
        self._show_ticket()
        self._enable()

    def _show_window(self) -> None:
        info = self.window_info
        if info is None:
            self.window_state.setText(self.tr("No window set up"))
            return
        if info.state == PAUSED:
            text = self.tr("Paused: {reason}").format(reason=info.pause_reason or "")
        else:
            text = {OPEN: self.tr("Open"), CLOSED: self.tr("Closed")}.get(info.state, info.state)
        self.window_state.setText(text)
        self.window_state.setStyleSheet("font-weight: bold; color: %s;" % ("#0b5d3b" if info.state == OPEN
                                                                            else "#8a5a00"))

    def _show_ticket(self) -> None:
        ticket = self.current
        if ticket is None:
            self.code_label.setText("—")
            self.ticket_label.setText(self.tr("No customer at the window"))
        else:
            self.code_label.setText(ticket.code)
            waited = max((self.services.clock.now() - ticket.issued_at).total_seconds() / 60, 0)
            status = self.tr("Being served") if ticket.status == SERVING else self.tr("Called")
            if ticket.recalls:
                status += " · " + self.tr("recalled {count}×").format(count=ticket.recalls)
            priority = self.tr("Priority") + " · " if ticket.priority else ""
            self.ticket_label.setText(self.tr("{priority}{service} · {status} · waited {minutes} min").format(
                priority=priority, service=business_name(ticket), status=status, minutes=round(waited)))
        self._show_outcome()

    def _show_outcome(self) -> None:
        done = self.last_finished
        if done is None or done.norm_minutes is None:
            self.outcome_label.clear()
            return
        served = _minutes(done.served_minutes or 0)
        if done.overrun:
            text = self.tr("{code} finished in {served} min: OVER the norm of {norm} min")
            self.outcome_label.setStyleSheet(OVERRUN_STYLE)
        else:
            text = self.tr("{code} finished in {served} min, within the norm of {norm} min")
            self.outcome_label.setStyleSheet(WITHIN_STYLE)
        text = text.format(code=done.code, served=served, norm=_minutes(done.norm_minutes))
        if done.amount_fen is not None:  # what was recorded, so a mistyped amount is seen at once
            text += "\n" + self.tr("Amount recorded: ¥{amount}").format(amount=yuan_text(done.amount_fen))
        self.outcome_label.setText(text)

    def _enable(self) -> None:
        state = self.window_info.state if self.window_info and self.acting is None else None
        ticket = self.current
        free = ticket is None
        called = ticket is not None and ticket.status == CALLED
        self.call_button.setEnabled(state == OPEN and free)
        self.recall_button.setEnabled(called)
        self.start_button.setEnabled(called)
        self.no_show_button.setEnabled(called and ticket is not None and ticket.recalls >= 1)
        self.finish_button.setEnabled(ticket is not None and ticket.status == SERVING)
        self.transfer_button.setEnabled(not free)
        self.hold_button.setEnabled(not free)
        self.pause_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause…"))
        self.pause_button.setEnabled(state == PAUSED or (state == OPEN and free))
        self.open_button.setText(self.tr("Open window") if state == CLOSED else self.tr("Close window"))
        self.open_button.setEnabled(state is not None and free)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "")
        self.message.setStyleSheet("" if error else "color: #0b5d3b; font-size: 15pt;")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    # --- actions ---------------------------------------------------------------------
    def _act(self, step: Callable[[int], T], done: Callable[[T], str] | None = None) -> Op | None:
        """Run one service step on this window on the database lane; a UserError is shown and nothing else
        happens. The buttons wait until the step is done; the queue page re-reads when it is announced."""
        number = self.window_number()
        if number is None:
            self.say(self.tr("Pick your window first."), error=True)
            return None
        if self.acting is not None:
            return None  # a second press while the first is on its way
        self.acting = Op(self, lambda: step(number)).success(lambda result: self._acted(result, done)) \
            .failure(self._refused).done(self._settled).run()
        self._enable()
        return self.acting

    def _acted(self, result: T, done: Callable[[T], str] | None) -> None:
        self.say(done(result) if done else "")
        if isinstance(result, TicketInfo) and result.window_number == self.window_number():
            self.current = result  # shown at once; the re-read follows
            self._show_ticket()

    def _refused(self, err: UserError) -> None:
        self.say(tr_error(err), error=True)
        self.refresh()

    def _settled(self) -> None:
        self.acting = None
        self._enable()

    def call_next(self) -> Op | None:
        def told(ticket):
            if ticket is None:
                return self.tr("Nobody is waiting for this window.")
            return self.tr("Calling {code}").format(code=ticket.code)
        return self._act(lambda n: self.services.queue.call_next(self.actor, n), told)

    def call_code(self, code: str | None = None) -> Op | None:
        """Call the scanned or typed number (or the one given, e.g. picked from the held list)."""
        code = (code if code is not None else self.code_input.text()).strip()
        if not code:
            return None
        result = self._act(lambda n: self.services.queue.call_ticket(self.actor, n, code),
                           lambda t: self.tr("Calling {code}").format(code=t.code))
        self.code_input.clear()
        return result

    def recall(self) -> Op | None:
        return self._act(lambda n: self.services.queue.recall(self.actor, n),
                         lambda t: self.tr("Calling {code} again").format(code=t.code))

    def start(self) -> Op | None:
        self.last_finished = None
        return self._act(lambda n: self.services.queue.start(self.actor, n),
                         lambda t: self.tr("Serving {code}").format(code=t.code))

    def no_show(self) -> Op | None:
        return self._act(lambda n: self.services.queue.no_show(self.actor, n),
                         lambda t: self.tr("{code} did not come: marked as a no-show").format(code=t.code))

    def hold(self) -> Op | None:
        return self._act(lambda n: self.services.queue.hold(self.actor, n),
                         lambda t: self.tr("{code} is on hold; call it back from the held list or by its number").format(
                             code=t.code))

    def finish(self) -> FinishDialog | None:
        number = self.window_number()
        if self.current is None or number is None:
            return None
        dialog = FinishDialog(self.services, self.actor, number, self.current, self)
        dialog.accepted.connect(lambda: self._finished(dialog.applied()))
        dialog.open()
        return dialog

    def _finished(self, ticket: TicketInfo) -> None:
        self.last_finished = ticket
        self.say(self.tr("{code} finished").format(code=ticket.code))
        self.refresh()

    def transfer(self) -> TransferDialog | None:
        number = self.window_number()
        if self.current is None or number is None:
            return None
        dialog = TransferDialog(self.services, self.actor, number, self.current, self)
        dialog.accepted.connect(lambda: self._after_dialog(
            self.tr("{code} moved to {service}, keeping the arrival time").format(
                code=dialog.applied().code, service=business_name(dialog.applied()))))
        dialog.open()
        return dialog

    def pause_or_resume(self) -> QDialog | None:
        if self.window_info and self.window_info.state == PAUSED:
            self._act(lambda n: self.services.queue.resume_window(self.actor, n),
                      lambda _none: self.tr("Window open again"))
            return None
        number = self.window_number()
        if number is None:
            self.say(self.tr("Pick your window first."), error=True)
            return None
        dialog = PauseDialog(self.services, self.actor, number, self)
        dialog.accepted.connect(lambda: self._after_dialog(self.tr("Window paused")))
        dialog.open()
        return dialog

    def open_or_close(self) -> None:
        if self.window_info and self.window_info.state == CLOSED:
            self._act(lambda n: self.services.queue.open_window(self.actor, n),
                      lambda _none: self.tr("Window open"))
        else:
            self._act(lambda n: self.services.queue.close_window(self.actor, n),
                      lambda _none: self.tr("Window closed"))

    def _after_dialog(self, text: str) -> None:
        self.say(text)
        self.refresh()


def policy_text(policy: call_policy.Policy) -> str:
    """The call policy in force, in words, for the window and the hall."""
    if policy.kind == call_policy.STRICT:
        return QCoreApplication.translate("CounterPanel", "Call order: priority tickets always first")
    if policy.kind == call_policy.INTERLEAVE:
        return QCoreApplication.translate(
            "CounterPanel", "Call order: one priority ticket after every {every} others").format(every=policy.every)
    return QCoreApplication.translate(
        "CounterPanel", "Call order: by time waited; priority tickets start {bonus} min ahead").format(
        bonus=_minutes(policy.bonus_minutes))
