"""The status bar's word on the sync with HQ: not enrolled / syncing / failed / synced N minutes ago, the changes
waiting and the age of the oldest, the last error (short; the full translated message in the tooltip), a red
warning when this PC's clock is more than 5 minutes off HQ's, and a small 立即同步 button. Clicking the text
opens the sync page (for those who have it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from branchdesk.errors import UserError
from branchdesk.services.sync import SyncStatus
from branchdesk.ui.i18n import tr_error

RED = "color: #b00020; font-weight: bold;"


def age_text(seconds: float) -> str:
    """How long ago, roughly: "3 min", "2 h", "4 days"."""
    minutes = int(seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("SyncText", "{n} min").format(n=max(minutes, 0))
    if minutes < 48 * 60:
        return QCoreApplication.translate("SyncText", "{n} h").format(n=minutes // 60)
    return QCoreApplication.translate("SyncText", "{n} days").format(n=minutes // (24 * 60))


def when_text(at: dt.datetime | None, now: dt.datetime) -> str:
    if at is None:
        return QCoreApplication.translate("SyncText", "never")
    seconds = (now - at).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("SyncText", "just now")
    return QCoreApplication.translate("SyncText", "{age} ago").format(age=age_text(seconds))


# Why HQ could not be reached, from the words of the OS or the HTTP library (English): said in the user's language.
_OFFLINE_REASONS = (
    (("refused",), "HQ's server refused the connection (is it running?)"),
    (("timed out", "timeout"), "HQ did not answer in time"),
    (("disconnected", "reset", "broken pipe", "closed"), "the connection to HQ was cut before it answered"),
    (("name or service", "nodename", "getaddrinfo", "name resolution", "no address"), "HQ's address was not found"),
    (("unreachable", "no route"), "the network to HQ is down"),
    (("signature", "signed"), "the reply did not come from the HQ this branch enrolled with"),
    (("http ",), "HQ's server answered with an error"),
)


def sync_error_text(err: UserError) -> str:
    """A sync error in words: `tr_error`, with a network failure's English detail put in the user's language."""
    if err.code == "sync.offline":
        detail = str(err.params.get("detail", "")).lower()
        reason = next((why for keys, why in _OFFLINE_REASONS if any(k in detail for k in keys)), "no answer")
        err = UserError(err.code, err.message, **{**err.params, "detail": QCoreApplication.translate(
            "SyncText", reason)})
    return tr_error(err)


# lupdate reads only literal calls: the reasons above, listed for it.
_REASONS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("SyncText", "HQ's server refused the connection (is it running?)"),
    QT_TRANSLATE_NOOP("SyncText", "HQ did not answer in time"),
    QT_TRANSLATE_NOOP("SyncText", "the connection to HQ was cut before it answered"),
    QT_TRANSLATE_NOOP("SyncText", "HQ's address was not found"),
    QT_TRANSLATE_NOOP("SyncText", "the network to HQ is down"),
    QT_TRANSLATE_NOOP("SyncText", "the reply did not come from the HQ this branch enrolled with"),
    QT_TRANSLATE_NOOP("SyncText", "HQ's server answered with an error"),
    QT_TRANSLATE_NOOP("SyncText", "no answer"),
)


def short_error(err: UserError) -> str:
    """A few words for the status bar; the whole message goes in the tooltip."""
    if err.code == "sync.offline":
        return QCoreApplication.translate("SyncText", "HQ unreachable")
    if err.code in ("sync.revoked", "sync.unknown_credential", "sync.wrong_branch"):
        return QCoreApplication.translate("SyncText", "HQ refuses this PC")
    return QCoreApplication.translate("SyncText", "Sync failed")


def state_text(status: SyncStatus, busy: bool, now: dt.datetime) -> str:
    if not status.enrolled:
        return QCoreApplication.translate("SyncText", "Not enrolled with HQ")
    if busy:
        return QCoreApplication.translate("SyncText", "Syncing with HQ…")
    if status.last_error is not None:
        return short_error(status.last_error)
    if status.last_success_at is None:
        return QCoreApplication.translate("SyncText", "Not synced yet")
    return QCoreApplication.translate("SyncText", "Synced {when}").format(when=when_text(status.last_success_at, now))


def waiting_text(status: SyncStatus, now: dt.datetime) -> str:
    """Short, for the status bar: "12 waiting (oldest: 3 h ago)"."""
    if not status.enrolled or status.waiting == 0:
        return ""
    if status.oldest_waiting_at is None or (now - status.oldest_waiting_at).total_seconds() < 60:
        return QCoreApplication.translate("SyncText", "{n} waiting").format(n=status.waiting)
    return QCoreApplication.translate("SyncText", "{n} waiting (oldest: {when})").format(
        n=status.waiting, when=when_text(status.oldest_waiting_at, now))


def clock_text(status: SyncStatus) -> str:
    """The warning when this PC's clock and HQ's differ by more than 5 minutes (the sync page's); else empty."""
    if not status.clock_off or status.clock_offset_s is None:
        return ""
    minutes = round(abs(status.clock_offset_s) / 60)
    if status.clock_offset_s > 0:
        return QCoreApplication.translate("SyncText", "This PC's clock is {minutes} min behind HQ: set the time").format(
            minutes=minutes)
    return QCoreApplication.translate("SyncText", "This PC's clock is {minutes} min ahead of HQ: set the time").format(
        minutes=minutes)


def clock_short(status: SyncStatus) -> str:
    """The same in a few words, for the status bar."""
    if not status.clock_off or status.clock_offset_s is None:
        return ""
    minutes = round(abs(status.clock_offset_s) / 60)
    if status.clock_offset_s > 0:
        return QCoreApplication.translate("SyncText", "Clock {minutes} min slow").format(minutes=minutes)
    return QCoreApplication.translate("SyncText", "Clock {minutes} min fast").format(minutes=minutes)


class _ElidedLabel(QLabel):
    """Its whole text where the status bar has room, else cut with "…" (the whole text is in the tooltip
    and on the sync page): the branch and the person signed in keep their room."""

    SMALLEST = 48  # px: where the branch and the person need the room, at least "…" and a word

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.SMALLEST), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)  # the palette carries the style sheet's colour; no style object is kept
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()


class _ClickableLabel(_ElidedLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SyncStatusItem(QWidget):
    """Shown by `show_status(status, busy, now)`; `open_page` when the text is clicked, `sync_now` from its
    right-click menu."""

    open_page = Signal()
    sync_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = _ClickableLabel()
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.clicked.connect(self.open_page)
        # 立即同步 on a right click (the status bar has no room for a button beside the branch, the person and
        # the clock at 1280 px; the sync page has the big one, a click on the text opens it).
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setToolTip(self.tr("Send the changes waiting to HQ now"))
        self.sync_action.triggered.connect(self.sync_now)
        self.sync_action.setEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addAction(self.sync_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        self.status: SyncStatus | None = None
        self.has_page = True  # the person may open the sync page (else a click does nothing)

    def show_status(self, status: SyncStatus, busy: bool, now: dt.datetime) -> None:
        self.status = status
        # One line, cut with "…" where the bar is short: the clock first (it falsifies every time this PC
        # records), then the state, then what waits.
        parts = [clock_short(status), state_text(status, busy, now), waiting_text(status, now)]
        self.label.setText(" · ".join(p for p in parts if p))
        failed = status.enrolled and not busy and status.last_error is not None
        self.label.setStyleSheet(RED if failed or status.clock_off else "")
        tips = [self.tr("Click to open the sync page; right-click to sync now.") if self.has_page
                else self.tr("Right-click to sync now.")]
        if status.last_error is not None:
            tips.insert(0, sync_error_text(status.last_error))
        if status.clock_off:
            tips.insert(0, clock_text(status))
        self.label.setToolTip("\n".join(tips))
        self.sync_action.setEnabled(status.enrolled and not busy)
