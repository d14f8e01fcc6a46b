"""The customers' sign-in kiosk (issue 10, item 3): a frameless full-screen window on the hall's screen
where customers of a running activity sign in themselves with a big numeric keypad.

Beside the keypad: the privacy notice (what is kept, for how long, who sees the number) and the consent
box for follow-up contact, unticked for every customer. A scanner plugged into the kiosk works too (a
poster's code, then the phone). The thank-you page clears itself after a few seconds, and a number left
half typed clears after a minute, so the next customer never sees the last one's number. Escape asks
whoever opened it, or a duty manager or above, to sign in before it closes; nothing else closes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QScreen
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services import Services
from branchdesk.services.activities.signin import ALREADY, CHANNEL, NEW, SignInResult
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op
from branchdesk.ui.activities.signin_words import step_label
from branchdesk.ui.queue.kiosk import StaffUnlockDialog, _NotAllowed, kiosk_text

CONTEXT = "SignInKiosk"
STYLE = """
QWidget#signinKiosk { background: #0b5d3b; }
QStackedWidget#signinPages QLabel { color: white; }
QPushButton[key="digit"], QPushButton[key="edit"] {
    background: white; color: #0b5d3b; border: none; border-radius: 14px; font-size: 30pt; font-weight: bold;
    min-height: 56px; min-width: 100px; }
QPushButton[key="edit"] { font-size: 22pt; background: #d8efe2; }
QPushButton[key="digit"]:pressed, QPushButton[key="edit"]:pressed { background: #bfe3cd; }
QPushButton[key="go"] { background: #ffe082; color: #3b2f00; border: none; border-radius: 14px; font-size: 26pt;
    font-weight: bold; min-height: 60px; }
QPushButton[key="go"]:disabled { background: #9fb8aa; color: #5f6f66; }
QStackedWidget#signinPages QLabel#number { background: white; color: #0b5d3b; border-radius: 14px; font-size: 38pt; font-weight: bold;
    padding: 4px 16px; }
QWidget#notice { background: #f4faf6; border-radius: 14px; }
QWidget#notice QLabel { color: #1d2b24; font-size: 15pt; }
QStackedWidget#signinPages QLabel#consentText { font-size: 19pt; font-weight: bold; }
QCheckBox#consent::indicator { width: 44px; height: 44px; border: 3px solid white; border-radius: 6px;
    background: white; }
QCheckBox#consent::indicator:checked { background: #ffe082; image: none; border-color: #ffe082; }
"""

WELCOME = QT_TRANSLATE_NOOP("SignInKiosk", "Welcome! Please sign in with your mobile number")
SIGN_IN = QT_TRANSLATE_NOOP("SignInKiosk", "Sign in")
CLEAR = QT_TRANSLATE_NOOP("SignInKiosk", "Clear")
DELETE = QT_TRANSLATE_NOOP("SignInKiosk", "Delete")
HELLO_NEW = QT_TRANSLATE_NOOP("SignInKiosk", "Signed in. Welcome, and thank you for coming!")
HELLO_BACK = QT_TRANSLATE_NOOP("SignInKiosk", "Signed in. Welcome back!")
ALREADY_TODAY = QT_TRANSLATE_NOOP("SignInKiosk", "You have already signed in today")
YOU_CAN = QT_TRANSLATE_NOOP("SignInKiosk", "What you can do now:")
POSTER_READ = QT_TRANSLATE_NOOP("SignInKiosk", "Poster read. Now your mobile number, please")
MAX_TYPED = 64  # a short link from a poster is the longest thing a scanner types here


def retention_text(days: int) -> str:
    """The retention setting as a customer reads it: whole years or months where it is one."""
    if days % 365 == 0:
        return QCoreApplication.translate("SignInKiosk", "{n} years").format(n=days // 365) if days > 365 else \
            QCoreApplication.translate("SignInKiosk", "one year")
    if days % 30 == 0:
        return QCoreApplication.translate("SignInKiosk", "{n} months").format(n=days // 30)
    return QCoreApplication.translate("SignInKiosk", "{n} days").format(n=days)


def privacy_notice(days: int) -> str:
    return QCoreApplication.translate(
        "SignInKiosk",
        "To sign you in we keep your mobile number, the time you came and the poster or flyer that brought you.\n\n"
        "Your number shows masked (138****1234) on screens and printouts. Only the staff who call customers "
        "can see it whole, and every time they do it is recorded.\n\n"
        "Your details are kept for {period} after your last visit, then deleted; only the counts remain.\n\n"
        "We call you after the activity (for example to ask how it went) only if you tick the box below. "
        "Signing in and the gifts do not depend on it. Leaving the box empty keeps any earlier answer; to "
        "withdraw it, tell the staff.").format(period=retention_text(days))


def shown_number(typed: str) -> str:
    """138 1234 5678, easier to check at a glance."""
    if typed.isdigit() and len(typed) <= 11:
        return " ".join(part for part in (typed[:3], typed[3:7], typed[7:]) if part)
    return typed


class TapLabel(QLabel):
    """Words a customer taps like the box they belong to."""

    tapped = Signal()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.tapped.emit()
        super().mousePressEvent(event)


class SignInUnlockDialog(StaffUnlockDialog):
    """Closing the sign-in kiosk: the same sign-in as the queue kiosk's, checked by the activities service,
    in words of the sign-in kiosk (the queue's speak of the ticket kiosk)."""

    def __init__(self, services: Services, username: str, parent: QWidget | None = None) -> None:
        super().__init__(services, username, parent)
        self.setWindowTitle(self.tr("Close the sign-in kiosk"))
        queue_words = QCoreApplication.translate(
            "StaffUnlockDialog", "Whoever opened the kiosk, or a duty manager or above, signs in to close it.")
        for intro in self.findChildren(QLabel):
            if intro.text() == queue_words:
                intro.setText(self.tr("Whoever opened the sign-in kiosk, or a duty manager or above, signs in "
                                      "to close it."))

    def _refused(self, err: UserError) -> None:
        if isinstance(err, _NotAllowed):
            self.error.setText(self.tr("Only whoever opened the sign-in kiosk, or a duty manager or above, can "
                                       "close it."))
            self.secret.clear()
        else:
            super()._refused(err)

    def write(self) -> Callable[[], None]:
        staff, signins, username, secret = self.services.staff, self.services.activities.signins, \
            self.username.text(), self.secret.text()

        def unlock() -> None:
            actor = staff.sign_in(username, secret)  # audited, counts towards the lockout
            try:
                signins.kiosk_closed(actor)
            except PermissionDenied as err:
                raise _NotAllowed(err.code, err.message, **err.params) from err
        return unlock


class SignInKiosk(QWidget):
    closed = Signal()
    THANKS_MS = 6000  # the answer stays this long, then the screen is blank for the next customer
    IDLE_MS = 60_000  # a number typed and left: cleared with the consent box
    MESSAGE_MS = 10_000  # a refusal stays long enough to read

    def __init__(self, services: Services, actor: Actor, activity_id: str, parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.setObjectName("signinKiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # a scanner's keys come as typed
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.services = services
        self.actor = actor  # who opened it; customers sign in as themselves (no staff)
        self.activity_id = activity_id
        self.typed = ""
        self.channel_code: str | None = None
        self.signing: Op | None = None
        self.last: SignInResult | None = None
        self._unlocked = False

        self.stack = QStackedWidget()
        self.stack.setObjectName("signinPages")  # the white-on-green look stays off the staff dialog
        self.stack.addWidget(self._entry_page())
        self.stack.addWidget(self._thanks_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        # Full screen whatever the screen: the layout asks for no minimum size (it fits 1024 x 768).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack)

        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.timeout.connect(self.start_over)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.start_over)
        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.timeout.connect(lambda: self.message.setText(""))
        self.set_activity(activity_id)
        self.start_over()

    # -- building -------------------------------------------------------------------------------

    def _pair(self, source: object) -> str:
        big, small = kiosk_text(CONTEXT, source)
        return f"{big}  {small}" if small else big

    def _entry_page(self) -> QWidget:
        page = QWidget()
        self.activity_name = QLabel()
        self.activity_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.activity_name.setStyleSheet("font-size: 26pt; font-weight: bold; color: #ffe082;")
        self.activity_name.setWordWrap(True)
        welcome = QLabel(self._pair(WELCOME))
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.setWordWrap(True)
        welcome.setStyleSheet("font-size: 20pt;")

        self.number = QLabel()
        self.number.setObjectName("number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumHeight(76)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 15pt; font-weight: bold; color: #ffe082;")
        self.message.setFixedHeight(64)  # two lines kept free: a message never pushes the keypad down
        keypad = QGridLayout()
        keypad.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            keypad.addWidget(self._key(digit, "digit", self._typer(digit)), index // 3, index % 3)
        keypad.addWidget(self._key(kiosk_text(CONTEXT, CLEAR)[0], "edit", self.clear_number, "clear"), 3, 0)
        keypad.addWidget(self._key("0", "digit", self._typer("0")), 3, 1)
        keypad.addWidget(self._key(kiosk_text(CONTEXT, DELETE)[0], "edit", self.delete_digit, "delete"), 3, 2)
        self.go = self._key(self._pair(SIGN_IN), "go", self.submit, "go")
        keypad.addWidget(self.go, 4, 0, 1, 3)
        left = QVBoxLayout()
        left.addWidget(self.number)
        left.addWidget(self.message)
        left.addLayout(keypad, 1)

        notice_box = QWidget()
        notice_box.setObjectName("notice")
        notice_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        notice_title = QLabel(QCoreApplication.translate("SignInKiosk", "Privacy notice"))
        notice_title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.notice = QLabel(privacy_notice(730))
        self.notice.setWordWrap(True)
        notice_layout = QVBoxLayout(notice_box)
        notice_layout.setContentsMargins(24, 18, 24, 18)
        notice_layout.addWidget(notice_title)
        notice_layout.addWidget(self.notice)
        notice_layout.addStretch(1)
        self.consent = QCheckBox()  # its words beside it wrap, which a check box's own text does not
        self.consent.setObjectName("consent")
        self.consent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.consent.toggled.connect(lambda _on: self._touched())
        self.consent_text = TapLabel(QCoreApplication.translate(
            "SignInKiosk", "I agree that the post office may call me about this activity"))
        self.consent_text.setObjectName("consentText")
        self.consent_text.setWordWrap(True)
        self.consent_text.tapped.connect(self.consent.toggle)
        consent_row = QHBoxLayout()
        consent_row.setSpacing(16)
        consent_row.addWidget(self.consent)
        consent_row.addWidget(self.consent_text, 1)
        right = QVBoxLayout()
        right.addWidget(notice_box, 1)
        right.addLayout(consent_row)

        body = QHBoxLayout()
        body.setSpacing(40)
        body.addLayout(left, 5)
        body.addLayout(right, 4)
        layout = QVBoxLayout(page)
        layout.addWidget(self.activity_name)
        layout.addWidget(welcome)
        layout.addSpacing(6)
        layout.addLayout(body, 1)
        return page

    def _typer(self, digit: str) -> Callable[[], None]:
        return lambda: self.press(digit)

    def _key(self, text: str, kind: str, pressed: Callable[[], object], name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("key", kind)
        # taller on a big hall screen; at 1366 x 768 they keep their minimum height
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window keeps the keyboard (a scanner types here)
        button.clicked.connect(lambda _checked=False: pressed())
        self.keys[name or text] = button
        return button

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        self.answer = QLabel()
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setWordWrap(True)
        self.answer_en = QLabel()  # the English source, small, under the Chinese
        self.answer_en.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer_en.setStyleSheet("font-size: 18pt;")
        self.phone = QLabel()
        self.phone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phone.setStyleSheet("font-size: 40pt; font-weight: bold;")
        you_can = QLabel(self._pair(YOU_CAN))
        you_can.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setStyleSheet("font-size: 24pt;")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.answer)
        layout.addWidget(self.answer_en)
        layout.addWidget(self.phone)
        layout.addSpacing(30)
        layout.addWidget(you_can, 0, Qt.AlignmentFlag.AlignHCenter)  # a block in the middle, read from the left
        layout.addWidget(self.steps, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.you_can = you_can
        return page

    # -- reading --------------------------------------------------------------------------------

    def set_activity(self, activity_id: str) -> None:
        """The activity it signs in to, and the retention period its notice states, read on the lane."""
        self.activity_id = activity_id
        plans, customers = self.services.activities.plans, self.services.activities.customers

        def read() -> tuple[str, int]:
            return plans.get(activity_id).name, customers.retention_days()

        def show(found: tuple[str, int]) -> None:
            name, days = found
            self.activity_name.setText(name)
            self.notice.setText(privacy_notice(days))
        Op(self, read).success(show).run()

    # -- customers ------------------------------------------------------------------------------

    def press(self, text: str) -> None:
        if self.stack.currentIndex() != 0 or self.signing is not None:
            return
        self.typed = (self.typed + text)[:MAX_TYPED]
        self._show_typed()

    def delete_digit(self) -> None:
        self.typed = self.typed[:-1]
        self._show_typed()

    def clear_number(self) -> None:
        self.typed = ""
        self._show_typed()

    def _show_typed(self) -> None:
        self.number.setText(shown_number(self.typed) or " ")
        self.go.setEnabled(bool(self.typed))
        self._touched()

    def _touched(self) -> None:
        if self.typed or self.consent.isChecked() or self.channel_code:
            self.idle_timer.start(self.IDLE_MS)

    def submit(self) -> Op | None:
        if not self.typed or self.signing is not None or self.stack.currentIndex() != 0:
            return None
        signins, activity_id, text, code = self.services.activities.signins, self.activity_id, self.typed, \
            self.channel_code
        consent = True if self.consent.isChecked() else None  # an empty box withdraws nothing given before

        def sign_in() -> SignInResult:
            return signins.sign_in(None, activity_id, text, channel_code=code, source="kiosk", consent=consent)
        self.signing = Op(self, sign_in).success(self._answered).failure(self._refused).done(self._settled).run()
        return self.signing

    def _settled(self) -> None:
        self.signing = None

    def _answered(self, result: SignInResult) -> None:
        if result.status == CHANNEL:
            self.channel_code = result.channel.code if result.channel else None
            self.typed = ""
            self._show_typed()
            self._say(self._pair(POSTER_READ))
            return
        self.last = result
        big, small = kiosk_text(CONTEXT, HELLO_NEW if result.status == NEW else
                                ALREADY_TODAY if result.status == ALREADY else HELLO_BACK)
        self.answer.setText(big)
        self.answer_en.setText(small)
        self.answer_en.setVisible(bool(small))
        colour = "#ffe082" if result.status == ALREADY else "white"
        self.answer.setStyleSheet(f"font-size: 34pt; font-weight: bold; color: {colour};")
        self.phone.setText(result.customer.phone_masked if result.customer else "")
        steps = [step_label(s) for s in result.steps if s != "consent"]
        self.steps.setText("\n".join(f"• {s}" for s in steps))
        self.you_can.setVisible(bool(steps))
        self.steps.setVisible(bool(steps))
        self._forget_customer()
        self.stack.setCurrentIndex(1)
        self.back_timer.start(self.THANKS_MS)

    def _refused(self, err: UserError) -> None:
        self._say(tr_error(err))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message_timer.start(self.MESSAGE_MS)

    def _forget_customer(self) -> None:
        """Nothing of this customer stays on the entry page for the next one."""
        self.typed = ""
        self.channel_code = None
        self.consent.setChecked(False)
        self.message.setText("")
        self._show_typed()
        self.idle_timer.stop()

    def start_over(self) -> None:
        self.back_timer.stop()
        self._forget_customer()
        self.stack.setCurrentIndex(0)

    # -- keyboard and staff ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.ask_to_close()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif event.text() and event.text().isprintable():
            self.press(event.text())
        else:
            super().keyPressEvent(event)

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def ask_to_close(self) -> SignInUnlockDialog:
        dialog = SignInUnlockDialog(self.services, self.actor.username, self)
        dialog.accepted.connect(self._unlock_and_close)
        dialog.open()
        return dialog

    def _unlock_and_close(self) -> None:
        self._unlocked = True
        self.close()

    def force_close(self) -> None:
        """The app is quitting: no sign-in asked."""
        self._unlock_and_close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._unlocked:  # Alt+F4 by a customer: stay open
            event.ignore()
            return
        self.back_timer.stop()
        self.idle_timer.stop()
        self._forget_customer()
        self.closed.emit()
        super().closeEvent(event)
