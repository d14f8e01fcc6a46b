"""签到 / Customer sign-in (issue 10, item 3): the desk where customers of a running activity sign in.

One field takes both the USB scanner (a keyboard wedge: it types the poster's code and presses Enter)
and a mobile number typed by hand; it has no input method (a Chinese IME would swallow the scanner's
keys) and gets the focus back after every answer. A poster's code is remembered until the phone that
follows; the answer shows at once, big and coloured: new, returning, or already signed in today
(nothing recorded), with the masked phone and what the customer can do now. Scans that arrive while one
is on its way wait their turn, so two quick scans of the same customer sign in once.

The customers' own sign-in kiosk opens from here, on the hall's second screen when there is one.
Reads and writes run on the database lane (ui/ops.py); the page re-reads on ACTIVITIES changes.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.activities.common import RUNNING
from branchdesk.services.activities.plans import ActivitySummary
from branchdesk.services.activities.signin import ALREADY, CHANNEL, ChannelRef, SignInLine, SignInResult
from branchdesk.services.events import ACTIVITIES, SETTINGS
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.activities.signin_words import COLOURS, answer_label, follow_up_label, step_label
from branchdesk.ui.hall import HallDevices, screen_label
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.queue.counter import ScanField
from branchdesk.ui.questions import ask
from branchdesk.ui.tables import fill_row, make_table

RECENT = 30


@dataclass(frozen=True)
class DeskData:
    running: list[ActivitySummary]
    chosen: str | None
    zone: dt.tzinfo
    today: dt.date
    recent: list[SignInLine] = field(default_factory=list)
    totals: tuple[int, int] = (0, 0)


def read_desk(services: Services, chosen: str | None) -> DeskData | None:
    settings = services.branch.settings()
    if settings is None:
        return None
    acts = services.activities
    running = [a for a in acts.plans.listing() if a.status == RUNNING]
    ids = [a.id for a in running]
    activity_id = chosen if chosen in ids else (ids[0] if ids else None)
    if activity_id is None:
        return DeskData(running, None, settings.zone, services.branch.today())
    return DeskData(running, activity_id, settings.zone, services.branch.today(), acts.signins.recent(activity_id, RECENT),
                    acts.signins.totals(activity_id))


class SignInPage(QWidget):
    def __init__(self, services: Services, actor: Actor, hall: HallDevices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.hall = hall
        self.data: DeskData | None = None
        self.channel: ChannelRef | None = None  # the poster just scanned, waiting for the phone
        self.last: SignInResult | None = None
        self.waiting: deque[str] = deque()  # what the scanner typed while a sign-in was on its way
        self.signing: Op | None = None
        self.reading: Op | None = None
        self._read_again = False
        self.kiosk_warning: QMessageBox | None = None

        title = QLabel(self.tr("Customer sign-in"))
        title.setProperty("role", "title")
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(18)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chooser.activated.connect(self._chose)
        self.screen_choice = QComboBox()
        self.screen_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for index, screen in enumerate(QGuiApplication.screens()):
            self.screen_choice.addItem(screen_label(index, screen), index)
        self.kiosk_button = QPushButton(self.tr("Open the sign-in kiosk"))
        self.kiosk_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kiosk_button.clicked.connect(lambda: self.open_kiosk())
        may_run_kiosk = actor.can(Permission.RUN_KIOSK)
        self.kiosk_button.setVisible(may_run_kiosk)
        self.screen_choice.setVisible(may_run_kiosk and self.screen_choice.count() > 1)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.screen_choice)
        top.addWidget(self.kiosk_button)

        self.field = ScanField()
        self.field.setPlaceholderText(self.tr("Scan a poster or type a mobile number"))
        self.field.setStyleSheet("font-size: 18pt; padding: 4px;")
        self.field.returnPressed.connect(self.enter)
        self.consent = QCheckBox(self.tr("Agrees to a follow-up call"))
        self.consent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.channel_line = QLabel()
        self.channel_line.setWordWrap(True)
        self.forget_button = QPushButton(self.tr("Forget the poster"))
        self.forget_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.forget_button.clicked.connect(self.forget_channel)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.channel_line, 1)
        channel_row.addWidget(self.forget_button)

        self.answer = QLabel()
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(90)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 15pt;")
        now_title = QLabel(self.tr("What they can do now"))
        now_title.setStyleSheet("font-weight: bold;")
        self.advice = QListWidget()
        self.advice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.advice.setWordWrap(True)
        self.advice.setSpacing(4)
        self.advice.setStyleSheet("font-size: 15pt;")
        self.agree_button = QPushButton(self.tr("They agree to a follow-up call"))
        self.agree_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agree_button.clicked.connect(self.agree)
        self.agree_button.hide()

        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.consent)
        left.addLayout(channel_row)
        left.addWidget(self.answer)
        left.addWidget(self.detail)
        left.addWidget(now_title)
        left.addWidget(self.advice, 1)
        left.addWidget(self.agree_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.recent = make_table([self.tr("Time"), self.tr("Phone"), self.tr("Channel"), self.tr("Customer")])
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.recent.horizontalHeader()
        for column in (0, 1, 3):  # the time, the masked phone and new/returning are read whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        right = QVBoxLayout()
        right.addWidget(self.totals)
        right.addWidget(self.recent, 1)
        frame = QFrame()
        frame.setLayout(right)

        body = QHBoxLayout()
        body.addLayout(left, 4)
        body.addWidget(frame, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._show_idle()
        on_change(self, services, {ACTIVITIES, SETTINGS}, self.refresh)
        self.refresh()

    # -- reading --------------------------------------------------------------------------------

    def activity_id(self) -> str | None:
        return self.data.chosen if self.data else None

    def refresh(self) -> None:
        if self.reading is not None:
            self._read_again = True
            return
        services, chosen = self.services, self.activity_id()
        self.reading = Op(self, lambda: read_desk(services, chosen)).success(self._display).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, data: DeskData | None) -> None:
        if data is None:
            return
        changed = self.data is not None and self.data.chosen != data.chosen
        self.data = data
        if changed:
            self.forget_channel()
        self.chooser.clear()
        for a in data.running:
            self.chooser.addItem(f"{a.name}（{a.code}）", a.id)
        self.chooser.setCurrentIndex(max(self.chooser.findData(data.chosen), 0))
        self.field.setEnabled(data.chosen is not None)
        self.kiosk_button.setEnabled(data.chosen is not None)
        if data.chosen is None:
            self.chooser.addItem(self.tr("No running activity"))
            self._show_answer("idle", self.tr("No activity is running: start one on the activities page."))
        total, new = data.totals
        self.totals.setText(self.tr("Sign-ins: {total}, new customers: {new}").format(
            total=total, new=new))
        self.recent.setRowCount(len(data.recent))
        today = data.today
        for row, line in enumerate(data.recent):
            at = line.at.astimezone(data.zone)
            fill_row(self.recent, row, [at.strftime("%H:%M" if at.date() == today else "%m-%d %H:%M"), line.phone_masked,
                                        line.channel_name or self._source(line.source),
                                        self.tr("New") if line.new_customer else self.tr("Returning")])
        self.focus_field()

    def _source(self, source: str) -> str:
        return {"phone": self.tr("Typed at the desk"), "kiosk": self.tr("Kiosk"),
                "paper": self.tr("Paper sheet"), "scan": self.tr("Scanned")}.get(source, source)

    def _chose(self, index: int) -> None:
        chosen = self.chooser.itemData(index)
        if self.data is not None and chosen and chosen != self.data.chosen:
            self.data = DeskData(self.data.running, chosen, self.data.zone, self.data.today)
            self.forget_channel()
            self._show_idle()
            self.refresh()
        self.focus_field()

    # -- signing in -----------------------------------------------------------------------------

    def enter(self) -> None:
        """Enter in the field (the scanner presses it after each code)."""
        text = self.field.text()
        self.field.clear()
        if not text.strip():
            return
        self.waiting.append(text)
        self._next()

    def _next(self) -> None:
        if self.signing is not None or not self.waiting:
            return
        activity_id = self.activity_id()
        if activity_id is None:
            self.waiting.clear()
            return
        text = self.waiting.popleft()
        signins, actor = self.services.activities.signins, self.actor
        code = self.channel.code if self.channel else None
        consent = True if self.consent.isChecked() else None  # unticked changes no earlier answer

        def sign_in() -> SignInResult:
            return signins.sign_in(actor, activity_id, text, channel_code=code, consent=consent)
        self.signing = Op(self, sign_in).success(self._answered).failure(self._refused).done(self._settled).run()

    def _settled(self) -> None:
        self.signing = None
        self._next()

    def _answered(self, result: SignInResult) -> None:
        if result.status == CHANNEL:
            self.channel = result.channel
            self._show_channel()
            self._show_answer("channel", self.tr("Poster read: now the customer's mobile number"))
            self.detail.clear()
            self.advice.clear()
            self.agree_button.hide()
            return
        self.last = result
        self.channel = None
        self.consent.setChecked(False)
        self._show_channel()
        self._show_answer(result.status, answer_label(result.status))
        zone = self.data.zone if self.data else dt.timezone.utc
        customer = result.customer
        parts = [customer.phone_masked] if customer else []
        if customer and customer.name:
            parts.append(customer.name)
        if result.signed_in_at is not None:
            parts.append(self.tr("signed in at {time}").format(time=result.signed_in_at.astimezone(zone)
                                                                   .strftime("%H:%M")))
        if result.channel is not None:
            parts.append(self.tr("came by “{channel}”").format(channel=result.channel.name))
        if customer and customer.visits > 1:
            parts.append(self.tr("visits so far: {n}").format(n=customer.visits))
        self.detail.setText(" · ".join(parts))
        self.advice.clear()
        for step in result.steps:
            self._advise(step_label(step), urgent=step == "consent")
        for f in result.follow_ups_due:
            self._advise(follow_up_label(f, zone), urgent=True)
        if result.status == ALREADY:  # the first sign-in today earned the arrival gift: not twice
            self._advise(self.tr("Signed in already today: no second arrival gift; they may go on to the "
                                 "experience zone or the consultation desk."))
        self.agree_button.setVisible("consent" in result.steps and self.actor is not None)
        self.focus_field()

    def _advise(self, text: str, urgent: bool = False) -> None:
        """One thing the customer can do now; what the staff should ask about stands out."""
        item = QListWidgetItem(("• " if not urgent else "▲ ") + text)
        if urgent:
            item.setForeground(QColor("#8a4b00"))
        self.advice.addItem(item)

    def _refused(self, err: UserError) -> None:
        self.waiting.clear()  # what was typed after a refused scan may belong to it: the clerk starts again
        self._show_answer("refused", tr_error(err))
        self.detail.clear()
        self.advice.clear()
        self.agree_button.hide()
        self.focus_field()

    def agree(self) -> None:
        if self.last is None or self.last.signin_id is None:
            return
        signins, actor, signin_id = self.services.activities.signins, self.actor, self.last.signin_id

        def agreed(_result: object) -> None:
            self.agree_button.hide()
            for row in range(self.advice.count()):
                if self.advice.item(row).text().endswith(step_label("consent")):
                    self.advice.takeItem(row)
                    break
            self._advise(self.tr("Agreed to a follow-up call: we call within 48 hours."))
            self.focus_field()
        Op(self, lambda: signins.consent_given(actor, signin_id)).success(agreed).failure(self._refused).run()

    def forget_channel(self) -> None:
        self.channel = None
        self._show_channel()
        self.focus_field()

    # -- showing --------------------------------------------------------------------------------

    def _show_channel(self) -> None:
        if self.channel is None:
            self.channel_line.setText(self.tr("No poster scanned: the sign-in counts as typed at the desk."))
            self.channel_line.setStyleSheet("color: #4a4a4a;")
        else:
            self.channel_line.setText(self.tr("Poster or flyer: “{name}” — the next mobile number signs in with it.")
                                      .format(name=self.channel.name))
            self.channel_line.setStyleSheet("color: #0b5d3b; font-weight: bold;")
        self.forget_button.setVisible(self.channel is not None)

    def _show_idle(self) -> None:
        self._show_channel()
        self._show_answer("idle", self.tr("Waiting for a scan or a mobile number"))
        self.detail.clear()
        self.advice.clear()
        self.agree_button.hide()

    def _show_answer(self, kind: str, text: str) -> None:
        background, colour = COLOURS[kind]
        size = 26 if kind in ("new", "returning", "already") else 17
        self.answer.setStyleSheet(f"background: {background}; color: {colour}; font-size: {size}pt; "
                                  "font-weight: bold; border-radius: 10px; padding: 10px;")
        self.answer.setText(text)
        self.answer.setProperty("kind", kind)

    def focus_field(self) -> None:
        """Back to the field, so the next scan lands there; not while a dialog of this window is open."""
        focus = QApplication.focusWidget()
        if self.isVisible() and self.field.isEnabled() and (
                focus is None or focus is self.field or focus.window() is self.window() or not focus.isVisible()):
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the kiosk ------------------------------------------------------------------------------

    def open_kiosk(self, confirmed: bool = False) -> Op | None:
        """On the chosen screen; with one screen the kiosk would cover this one: the clerk is asked first."""
        activity_id = self.activity_id()
        if activity_id is None:
            return None
        screens = QGuiApplication.screens()
        if len(screens) <= 1 and self.hall.signin_kiosk is None and not confirmed:
            if self.kiosk_warning is None:
                self.kiosk_warning = ask(
                    self, QMessageBox.Icon.Warning, self.tr("Open the sign-in kiosk on this screen?"),
                    self.tr("This PC has one screen: the kiosk will cover all of it, and this desk stays hidden "
                            "behind it until the kiosk is closed.\n\nTo close the kiosk, press Esc and sign in: "
                            "whoever opened it, or a duty manager or above."),
                    self.tr("Open the kiosk"), self.tr("Cancel"), self._warning_answered)
            return None
        index = self.screen_choice.currentData() or 0
        return self.hall.open_signin_kiosk(self.actor, activity_id, screens[index] if index < len(screens) else None,
                                           self, self._refused)

    def _warning_answered(self, result: int) -> None:
        self.kiosk_warning = None
        if result == QMessageBox.StandardButton.Yes.value:
            self.open_kiosk(confirmed=True)
