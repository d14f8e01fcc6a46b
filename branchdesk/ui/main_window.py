"""The main window: navigation on the left, one page per area, a status bar below."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from branchdesk.services import Services
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.hall import HallDevices
from branchdesk.ui.i18n import format_date, role_label


def _home(services, actor, window):
    from branchdesk.ui.pages.home import HomePage
    return HomePage(services, actor)


def _attendance(services, actor, window):
    from branchdesk.ui.pages.attendance import AttendancePage
    return AttendancePage(services, actor)


def _queue(services, actor, window):
    from branchdesk.ui.queue.page import QueuePage
    return QueuePage(services, actor, window.hall)


def _staff(services, actor, window):
    from branchdesk.ui.pages.staff import StaffPage
    return StaffPage(services, actor)


def _queue_stats(services, actor, window):
    from branchdesk.ui.queue_stats.page import QueueStatsPage
    return QueueStatsPage(services, actor, window.hall)


def _queue_settings(services, actor, window):
    from branchdesk.ui.queue_settings.page import QueueSettingsPage
    return QueueSettingsPage(services, actor)


def _settings(services, actor, window):
    from branchdesk.ui.pages.settings import SettingsPage
    page = SettingsPage(services, actor)
    page.language_changed.connect(window.language_changed)
    page.branch_changed.connect(window.refresh_status)
    return page


# The smallest main window the pages are laid out for (it opens at 1280 x 800; 720 leaves room for a
# taskbar on a 1280 x 800 screen).
# tests/ui/test_pseudo_locale.py checks that every page fits it in a language 40 % longer than English.
SMALLEST_SIZE = QSize(1280, 720)


class MainWindow(QMainWindow):
    signed_out = Signal()
    language_changed = Signal(str)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None,
                 hall: HallDevices | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self._own_hall = hall is None  # a window on its own (tests, tools) closes its kiosk and board with it
        self.hall = hall or HallDevices(services, self)
        self.setWindowTitle(self.tr("BranchDesk"))
        self._signing_out = False

        # (key, label, factory): pages are built the first time they are shown.
        self.areas: list[tuple[str, str, Callable]] = [
            ("home", self.tr("Home"), _home),
            ("attendance", self.tr("Attendance"), _attendance),
            ("queue", self.tr("Queue"), _queue),
            ("queue_stats", self.tr("Board & statistics"), _queue_stats),
        ]
        if actor.can(Permission.MANAGE_QUEUE):
            self.areas.append(("queue_settings", self.tr("Queue settings"), _queue_settings))
        if actor.can(Permission.MANAGE_STAFF):
            self.areas.append(("staff", self.tr("Staff"), _staff))
        self.areas.append(("settings", self.tr("Settings"), _settings))
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(0, 0))
        for key, label, _factory in self.areas:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        # At least 200 px, and as wide as the longest label in this language with the style's padding
        # ("Board & statistics" needs 207 px in English at the app's 16 pt).
        self.nav.ensurePolished()
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth()))
        self.stack = QStackedWidget()
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 8)
        left.addWidget(self.nav, 1)
        left.addWidget(self.sign_out_button)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.branch_label = QLabel()
        self.person_label = QLabel()
        self.clock_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.branch_label, 1)
        bar.addWidget(self.person_label)
        bar.addPermanentWidget(self.clock_label)
        self.refresh_status()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._periodic)
        self.timer.start(15_000)

        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)

    # --- navigation --------------------------------------------------------
    def keys(self) -> list[str]:
        return [key for key, _label, _factory in self.areas]

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            factory = next(f for k, _l, f in self.areas if k == key)
            page = factory(self.services, self.actor, self)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_area(self, key: str) -> QWidget:
        row = self.keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self.pages[key]

    def current_key(self) -> str:
        return self.keys()[self.nav.currentRow()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.keys()[row])
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if refresh and page.property("shownOnce"):
            refresh()
        page.setProperty("shownOnce", True)

    # --- status bar --------------------------------------------------------
    def refresh_status(self) -> None:
        settings = self.services.branch.settings()
        if settings:
            self.branch_label.setText(f"{settings.name}（{settings.code}）")
        else:
            self.branch_label.setText(self.tr("Branch not set up"))
        self.person_label.setText(
            self.tr("Signed in: {name} ({role})").format(name=self.actor.full_name,
                                                        role=role_label(self.actor.role)))
        self._tick()

    def _tick(self) -> None:
        settings = self.services.branch.settings()
        now = self.services.clock.now()
        local = now.astimezone(settings.zone) if settings else now.astimezone()
        self.clock_label.setText(f"{format_date(local.date())}  {local:%H:%M}")

    def _periodic(self) -> None:
        """Every tick: the clock, and the home page (colleagues clock in at the same PC)."""
        self._tick()
        from branchdesk.ui.pages.home import HomePage  # built, so imported, before it can be current

        home = self.pages.get("home")
        if isinstance(home, HomePage) and self.stack.currentWidget() is home:
            home.refresh()

    # --- signing out -------------------------------------------------------
    def sign_out(self) -> None:
        self._signing_out = True
        self.services.staff.sign_out(self.actor)
        self.signed_out.emit()
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        if self._own_hall:
            self.hall.close_all()
        super().closeEvent(event)
