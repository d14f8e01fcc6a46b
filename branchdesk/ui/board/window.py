"""The hall display board: a second full-screen window on a chosen screen.

It reads the queue on the database lane whenever a change to the queue is
announced (a call at any window of this PC, a ticket from the kiosk; another
process's writes at the safety poll) and announces each new call or recall.
Its clock ticks on its own timer, reading nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from branchdesk.services import Services
from branchdesk.services.branch import BranchSettings
from branchdesk.services.events import QUEUE, QUEUE_SETTINGS, SETTINGS
from branchdesk.services.queue.board import BoardState, Call
from branchdesk.ui.i18n import current_language
from branchdesk.ui.ops import Op, on_change

log = logging.getLogger(__name__)

SCREEN_KEY = "board.screen"
CLOCK_MS = 10_000  # the clock on the board shows minutes
STYLE = """
#board { background: #0b2a4a; }
#board QLabel { color: #ffffff; }
#board QLabel[role="head"] { color: #9fc3e6; }
#board QLabel[role="code"] { color: #ffd54a; font-weight: bold; }
#board QLabel[role="newest"] { color: #ffd54a; font-weight: bold; }
#board QLabel[role="idle"] { color: #6f8fb0; }
#board QFrame[role="panel"] { background: #123a63; border-radius: 12px; }
"""


def chosen_screen(services: Services) -> QScreen:
    """The screen named in local settings, else the last one (the hall screen is usually added last)."""
    screens = QGuiApplication.screens()
    wanted = services.local.get(SCREEN_KEY)
    return next((s for s in screens if s.name() == wanted), screens[-1])


class DisplayBoard(QWidget):
    def __init__(self, services: Services, voice, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.voice = voice
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Display board"))
        self.announced: list[tuple[str, int]] = []

        self.title = QLabel()
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)

        self.serving_head = self._label(self.tr("Now serving"), "head")
        self.windows_grid = QGridLayout()
        self.windows_grid.setHorizontalSpacing(40)
        self.window_rows: list[tuple[QLabel, QLabel]] = []
        serving = self._panel(self.serving_head, self.windows_grid)

        self.recent_head = self._label(self.tr("Last calls"), "head")
        self.recent_box = QVBoxLayout()
        self.recent_labels = [self._label("", "") for _ in range(6)]
        for label in self.recent_labels:
            self.recent_box.addWidget(label)
        recent = self._panel(self.recent_head, self.recent_box)

        self.waiting_head = self._label(self.tr("Waiting"), "head")
        self.waiting_row = QGridLayout()
        self.waiting_row.setHorizontalSpacing(32)
        self.waiting_labels: list[tuple[QLabel, QLabel]] = []  # business name, how many wait
        waiting = self._panel(self.waiting_head, self.waiting_row, stretch=False)

        middle = QHBoxLayout()
        middle.setSpacing(24)
        middle.addWidget(serving, 3)
        middle.addWidget(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(20)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(waiting)

        # Not `cursor`/`render`: those are QWidget's own methods, which the board must keep.
        self.call_cursor: int | None = None  # the first read sets it: calls made before opening are not spoken
        self.settings: BranchSettings | None = None
        self.reading: Op | None = None
        self._read_again = False
        self.timer = QTimer(self)  # the clock
        self.timer.timeout.connect(self._tick)
        self.resize(1280, 720)
        self._scale_fonts()
        on_change(self, services, {QUEUE, QUEUE_SETTINGS, SETTINGS}, self.poll)
        self.poll()

    # --- building ------------------------------------------------------------
    def _label(self, text: str, role: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", role)
        return label

    def _panel(self, head: QLabel, inner, stretch: bool = True) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "panel")
        box = QVBoxLayout(frame)
        box.setContentsMargins(28, 18, 28, 18)
        box.addWidget(head)
        box.addLayout(inner)
        if stretch:
            box.addStretch(1)
        return frame

    def _scale_fonts(self) -> None:
        """Type in proportion to the screen: readable from the back of the hall."""
        unit = max(self.height() // 24, 14)
        self.title.setStyleSheet(f"font-size: {unit * 3 // 2}px; font-weight: bold;")
        self.clock.setStyleSheet(f"font-size: {unit * 3 // 2}px;")
        for head in (self.serving_head, self.recent_head, self.waiting_head):
            head.setStyleSheet(f"font-size: {unit}px;")
        for name, code in self.window_rows:
            name.setStyleSheet(f"font-size: {unit * 2}px;")
            code.setStyleSheet(f"font-size: {unit * 5 // 2}px;")
        for label in self.recent_labels:
            label.setStyleSheet(f"font-size: {unit * 3 // 2}px;")
        for name, count in self.waiting_labels:
            name.setStyleSheet(f"font-size: {unit * 9 // 8}px;")
            count.setStyleSheet(f"font-size: {unit * 7 // 4}px;")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._scale_fonts()

    # --- showing ---------------------------------------------------------------
    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.timer.start(CLOCK_MS)
        self.poll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        super().closeEvent(event)

    # --- reading the queue -----------------------------------------------------
    def poll(self) -> None:
        """Read the queue on the database lane; a poll asked for while reading follows it once."""
        if self.reading is not None:
            self._read_again = True
            return
        services, cursor = self.services, self.call_cursor

        def read() -> tuple[BranchSettings | None, BoardState, list[Call]]:
            state = services.queue_board.state()
            calls = services.queue_board.calls_since(cursor) if cursor is not None and state.cursor > cursor else []
            return services.branch.settings(), state, calls
        self.reading = Op(self, read).success(self._read).failure(self._failed, bugs_too=True) \
            .done(self._polled).run()

    def _failed(self, _exc: Exception) -> None:
        """A locked or busy database: the board keeps what it shows and reads at the next change."""

    def _polled(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.poll()

    def _read(self, read: tuple[BranchSettings | None, BoardState, list[Call]]) -> None:
        settings, state, calls = read
        if self.call_cursor is None:
            self.call_cursor = state.cursor
        for call in calls:
            if call.seq <= self.call_cursor:
                continue  # already announced
            self.call_cursor = call.seq
            self.announced.append((call.code, call.window_number))
            self.voice.say(call.code, call.window_number)
        self.settings = settings
        self.show_state(state)

    def _tick(self) -> None:
        settings = self.settings
        now = self.services.clock.now()
        local = now.astimezone(settings.zone) if settings else now.astimezone()
        self.clock.setText(local.strftime("%H:%M"))

    def show_state(self, state: BoardState) -> None:
        settings = self.settings
        self.title.setText(self.tr("{branch} · please wait for your number").format(
            branch=settings.name if settings else ""))
        self._tick()
        self._render_windows(state)
        for index, label in enumerate(self.recent_labels):
            if index < len(state.recent):
                call = state.recent[index]
                label.setText(self.tr("{code}  to window {number}").format(code=call.code,
                                                                           number=call.window_number))
                label.setProperty("role", "newest" if index == 0 else "")
            else:
                label.setText("")
            label.style().unpolish(label)
            label.style().polish(label)
        self._render_waiting(state)

    def _render_windows(self, state: BoardState) -> None:
        if len(self.window_rows) != len(state.windows):
            for name, code in self.window_rows:
                name.deleteLater()
                code.deleteLater()
            self.window_rows = []
            for row in range(len(state.windows)):
                name, code = self._label("", ""), self._label("", "code")
                self.windows_grid.addWidget(name, row, 0)
                self.windows_grid.addWidget(code, row, 1)
                self.window_rows.append((name, code))
            self._scale_fonts()
        for (name, code), window in zip(self.window_rows, state.windows, strict=True):
            name.setText(self.tr("Window {number}").format(number=window.number))
            if window.code:
                code.setText(window.code)
                code.setProperty("role", "code")
            else:
                code.setText({"paused": self.tr("Paused"), "closed": self.tr("Closed")}.get(window.state, "—"))
                code.setProperty("role", "idle")
            code.style().unpolish(code)
            code.style().polish(code)

    def _render_waiting(self, state: BoardState) -> None:
        if len(self.waiting_labels) != len(state.waiting):
            for name, count in self.waiting_labels:
                name.deleteLater()
                count.deleteLater()
            self.waiting_labels = [(self._label("", ""), self._label("", "code")) for _ in state.waiting]
            for column, (name, count) in enumerate(self.waiting_labels):
                for label in (name, count):
                    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    # Long English names may be cut rather than push the board off the screen.
                    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                name.setWordWrap(True)
                self.waiting_row.addWidget(name, 0, column)
                self.waiting_row.addWidget(count, 1, column)
            self._scale_fonts()
        english = current_language() == "en"
        for (name, count), business in zip(self.waiting_labels, state.waiting, strict=True):
            name.setText(business.name_en if english else business.name_zh)
            count.setText(self.tr("{count}", "people waiting").format(count=business.waiting))
