"""The main window: navigation on the left, one page per area, a status bar below."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.events import ALL, SETTINGS
from branchdesk.services.sync import SyncStatus
from branchdesk.services.queue.service import OPEN, PAUSED, TicketInfo
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.hall import HallDevices
from branchdesk.ui.i18n import format_date, role_label, tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.sync_status import SyncStatusItem
from branchdesk.ui.sync_worker import SyncWorker
from branchdesk.ui.questions import ask

if TYPE_CHECKING:
    from branchdesk.ui.queue.counter import CounterPanel

log = logging.getLogger(__name__)


def _home(services, actor, window):
    from branchdesk.ui.pages.home import HomePage
    page = HomePage(services, actor)
    page.open_sync.connect(lambda: window.show_area("sync") if "sync" in window.keys() else None)
    page.open_complaints.connect(lambda: window.show_area("complaints"))
    page.open_activities.connect(lambda: window.show_area("activities"))
    page.due_list.open_check.connect(
        lambda template, started: window.show_area("checks").open_check(template, started)
        if "checks" in window.keys() else None)
    page.due_list.open_action.connect(lambda action: _open_action(window, page, action))
    return page


def _open_action(window, home, action_id: str) -> None:
    """The corrective actions' tab of the 检查 page; without it (a clerk who owns the action), the dialog that
    marks it done, where the service says whether they may."""
    if "checks" in window.keys():
        window.show_area("checks").show_action(action_id)
        return
    from branchdesk.ui.checks.actions import DoneDialog

    DoneDialog(window.services, window.actor, action_id, home.due_list.action_texts.get(action_id, ""), home).open()


def _activities(services, actor, window):
    from branchdesk.ui.activities.page import ActivitiesPage
    return ActivitiesPage(services, actor)


def _signin(services, actor, window):
    from branchdesk.ui.activities.signin_page import SignInPage
    return SignInPage(services, actor, window.hall)


def _attendance(services, actor, window):
    from branchdesk.ui.pages.attendance import AttendancePage
    return AttendancePage(services, actor)


def _complaints(services, actor, window):
    from branchdesk.ui.complaints.page import ComplaintsPage
    return ComplaintsPage(services, actor)


def _queue(services, actor, window):
    from branchdesk.ui.queue.page import QueuePage
    return QueuePage(services, actor, window.hall)


def _checks(services, actor, window):
    from branchdesk.ui.checks.page import ChecksPage
    return ChecksPage(services, actor)


def _staff_score(services, actor, window):
    from branchdesk.ui.staff_score.page import StaffScorePage
    return StaffScorePage(services, actor)


def _staff(services, actor, window):
    from branchdesk.ui.pages.staff import StaffPage
    return StaffPage(services, actor)


def _queue_stats(services, actor, window):
    from branchdesk.ui.queue_stats.page import QueueStatsPage
    return QueueStatsPage(services, actor, window.hall)


def _queue_settings(services, actor, window):
    from branchdesk.ui.queue_settings.page import QueueSettingsPage
    return QueueSettingsPage(services, actor)


def _sync(services, actor, window):
    from branchdesk.ui.pages.sync import SyncPage
    return SyncPage(services, actor, window)


def _settings(services, actor, window):
    from branchdesk.ui.pages.settings import SettingsPage
    page = SettingsPage(services, actor)
    page.language_changed.connect(window.language_changed)
    page.branch_changed.connect(window.refresh_status)
    return page


# The smallest main window the pages are laid out for (it opens at 1280 x 800 where the screen has room,
# smaller on a 1366 x 768 laptop; 720 leaves room for a taskbar on a 1280 x 800 screen).
# tests/ui/test_pseudo_locale.py checks that every page fits it in a language 40 % longer than English.
SMALLEST_SIZE = QSize(1280, 720)
OPENING_SIZE = QSize(1280, 800)
TITLE_BAR = 40  # what a window manager adds above the window, at most


def opening_size(available: QSize) -> QSize:
    """1280 x 800, or less where the screen's free area (less a title bar) is smaller: nothing off-screen."""
    return OPENING_SIZE.boundedTo(QSize(available.width(), available.height() - TITLE_BAR))


class MainWindow(QMainWindow):
    signed_out = Signal()
    language_changed = Signal(str)
    sync_started = Signal()
    sync_finished = Signal(object)  # a round's Outcome, or the UserError that ended it
    sync_status_read = Signal(object)  # SyncStatus, each time the window read it

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None,
                 hall: HallDevices | None = None, session: bool = False,
                 sync_timings: dict[str, Any] | None = None) -> None:
        """`session`: the window of a signed-in user in the app (the shell's), whose close ends the session:
        asked about a customer still at the window, then audited. Not for tools and the selftest.
        `sync_timings`: SyncWorker's delays (tests make them short)."""
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.session = session
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
            ("complaints", self.tr("Complaints"), _complaints),
            ("activities", self.tr("Activities"), _activities),
            ("signin", self.tr("Customer sign-in"), _signin),
            ("staff_score", self.tr("Staff score"), _staff_score),  # everyone sees their own
        ] if actor.role.branch_staff else []  # the county's inspector comes for the checks alone
        if actor.can(Permission.RUN_CHECKS) or actor.can(Permission.RECORD_VISITS):
            self.areas.append(("checks", self.tr("Checks"), _checks))
        if actor.can(Permission.MANAGE_QUEUE):
            self.areas.append(("queue_settings", self.tr("Queue settings"), _queue_settings))
        if actor.can(Permission.MANAGE_STAFF) or actor.can(Permission.UNLOCK_STAFF):  # a head unlocks there
            self.areas.append(("staff", self.tr("Staff"), _staff))
        if actor.can(Permission.MANAGE_SYNC):
            self.areas.append(("sync", self.tr("Sync to HQ"), _sync))
        self.areas.append(("settings", self.tr("Settings"), _settings))
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(0, 0))
        # As wide as its longest entry (below): it never scrolls sideways, not even by a pixel of rounding.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
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
        # Short, in red, the reason in its tooltip: a branch must learn at once that it has no backup today.
        self.backup_label = QLabel(self.tr("Today's backup failed"))
        self.backup_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.backup_label.hide()
        bar = self.statusBar()
        bar.addWidget(self.backup_label)
        bar.addWidget(self.branch_label, 1)
        bar.addWidget(self.person_label)
        # The sync with HQ: the worker runs while the branch is enrolled and this window is open.
        self.sync_timings = sync_timings or {}
        self.sync_worker: SyncWorker | None = None
        self.sync_status: SyncStatus | None = None
        self.sync_item = SyncStatusItem()
        self.sync_item.open_page.connect(lambda: self.show_area("sync") if "sync" in self.keys() else None)
        self.sync_item.sync_now.connect(self.sync_now)
        self.sync_item.has_page = "sync" in self.keys()
        if not self.sync_item.has_page:
            self.sync_item.label.setCursor(Qt.CursorShape.ArrowCursor)
        self.sync_item.hide()  # until the first read
        bar.addPermanentWidget(self.sync_item)
        bar.addPermanentWidget(self.clock_label)
        self.settings = None  # the branch's settings as last read (name, code, time zone)
        self.refresh_status()
        on_change(self, services, {SETTINGS}, self.refresh_status)
        on_change(self, services, ALL, self.refresh_sync)  # a change waits for HQ; the safety poll re-reads
        self.refresh_sync()
        self.timer = QTimer(self)  # the clock in the status bar; it reads nothing
        self.timer.timeout.connect(self._periodic)
        self.timer.start(15_000)

        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        screen = self.screen()
        self.resize(opening_size(screen.availableGeometry().size()) if screen else OPENING_SIZE)

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
        """The status bar: who is signed in at once, the branch once read on the database lane."""
        self.person_label.setText(
            self.tr("Signed in: {name} ({role})").format(name=self.actor.full_name,
                                                        role=role_label(self.actor.role)))
        Op(self, self.services.branch.settings).success(self._show_branch).run()

    def _show_branch(self, settings) -> None:
        self.settings = settings
        if settings:
            self.branch_label.setText(f"{settings.name}（{settings.code}）")
        else:
            self.branch_label.setText(self.tr("Branch not set up"))
        self._tick()

    # --- the sync with HQ ------------------------------------------------------
    def refresh_sync(self) -> None:
        Op(self, self.services.sync.status).success(self._show_sync).run()

    def _show_sync(self, status: SyncStatus) -> None:
        self.sync_status = status
        if status.enrolled and self.sync_worker is None and not self._sync_stopped:
            self.sync_worker = SyncWorker(self.services, self, **self.sync_timings)
            self.sync_worker.started.connect(self._sync_started)
            self.sync_worker.finished.connect(self._sync_finished)
            self.sync_worker.start()
        self._show_sync_item()
        self.sync_status_read.emit(status)

    def _show_sync_item(self) -> None:
        if self.sync_status is None:
            return
        busy = self.sync_worker is not None and self.sync_worker.busy()
        self.sync_item.show_status(self.sync_status, busy, self.services.clock.now())
        self.sync_item.show()

    def sync_now(self) -> bool:
        """立即同步: a round now (or right after the one under way); False when not enrolled."""
        if self.sync_worker is None:
            return False
        self.sync_worker.sync_now()
        return True

    def _sync_started(self) -> None:
        self._show_sync_item()
        self.sync_started.emit()

    def _sync_finished(self, outcome: object) -> None:
        self.refresh_sync()  # a failed round publishes nothing, yet its error is now in the status
        self.sync_finished.emit(outcome)

    _sync_stopped = False

    def stop_sync(self) -> None:
        self._sync_stopped = True
        if self.sync_worker is not None:
            self.sync_worker.stop()

    def _show_backup_problem(self) -> None:
        problem = self.services.backup_problem()
        if problem is not None:
            self.backup_label.setToolTip(tr_error(problem))
        self.backup_label.setVisible(problem is not None)

    def _tick(self) -> None:
        self._show_backup_problem()
        settings = self.settings
        now = self.services.clock.now()
        local = now.astimezone(settings.zone) if settings else now.astimezone()
        self.clock_label.setText(f"{format_date(local.date())}  {local:%H:%M}")

    def _periodic(self) -> None:
        """Every tick: the clock, and the home page's hint for the hour (it reads only when the hour turns).
        Colleagues clocking in at this PC are announced, and the home page refreshes on that."""
        self._tick()
        self._show_sync_item()  # "synced 3 min ago" ages without a read
        from branchdesk.ui.pages.home import HomePage  # built, so imported, before it can be current

        home = self.pages.get("home")
        if isinstance(home, HomePage) and self.stack.currentWidget() is home:
            home.queue_hint.refresh()

    # --- signing out -------------------------------------------------------
    signing_out: Op | None = None  # the audited sign-out on its way to the database lane
    sign_out_error: QMessageBox | None = None

    def sign_out(self) -> Op | None:
        """Write the audited sign-out on the database lane, then go back to the sign-in screen; the button
        waits meanwhile (a double press signs out once). A refused write leaves the user signed in and says so."""
        if self.signing_out is not None:
            return None
        self.sign_out_button.setEnabled(False)
        staff, actor = self.services.staff, self.actor
        self.signing_out = Op(self, lambda: staff.sign_out(actor)).success(self._signed_out) \
            .failure(self._sign_out_refused).done(self._sign_out_settled).run()
        return self.signing_out

    def _signed_out(self, _result: object) -> None:
        self._signing_out = True
        self.signed_out.emit()
        self.close()

    def _sign_out_refused(self, err: UserError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Signing out failed"),
                          self.tr("You are still signed in: {error}").format(error=tr_error(err)),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sign_out_error = box
        box.open()

    def _sign_out_settled(self) -> None:
        self.signing_out = None
        self.sign_out_button.setEnabled(True)

    # --- closing the app ------------------------------------------------------
    leaving_question: QMessageBox | None = None
    _leaving = False  # the question was answered, or there was nothing to ask: the window closes

    def _counter(self) -> CounterPanel | None:
        from branchdesk.ui.queue.page import QueuePage  # built, so imported, before it can hold a counter

        page = self.pages.get("queue")
        return page.counter if isinstance(page, QueuePage) else None

    def asks_before_closing(self) -> bool:
        """A close now would be refused to ask first (the shell then keeps the app running)."""
        counter = self._counter()
        return (self.session and not self._signing_out and not self._leaving and counter is not None
                and counter.current is not None)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Closing the app (not signing out): a customer still at this PC's window is asked about first;
        then the window is closed properly (it would stay "open" under this clerk's name) and the sign-out
        is audited, on the database lane, which finishes its writes before the app exits."""
        if self.asks_before_closing():
            event.ignore()
            counter = self._counter()
            assert counter is not None and counter.current is not None
            self._ask_before_leaving(counter.current)
            return
        if self.session and not self._signing_out and not self._leaving:
            self._leave(hold=False)
        self._closed()
        super().closeEvent(event)

    def _ask_before_leaving(self, ticket: TicketInfo) -> None:
        if self.leaving_question is not None:
            return
        counter = self._counter()
        number = counter.window_number() if counter else None
        self.leaving_question = ask(
            self, QMessageBox.Icon.Question, self.tr("A customer is still at your window"),
            self.tr("{code} is still at window {number}. Put the ticket on hold (it can be called "
                    "back by its number), close the window and quit?").format(code=ticket.code, number=number),
            self.tr("Hold, close the window and quit"), self.tr("Stay"), self._leaving_answered)

    def _leaving_answered(self, result: int) -> None:
        self.leaving_question = None
        if result == QMessageBox.StandardButton.Yes.value:
            self._leave(hold=True)
            self.close()

    def _leave(self, hold: bool) -> Op:
        """On the lane: hold the customer (if asked), close this PC's window if it is open or paused, and
        audit the sign-out. Each step on its own: one refused (a colleague acted meanwhile) stops no other."""
        self._leaving = True
        counter = self._counter()
        number = counter.window_number() if counter is not None else None
        info = counter.window_info if counter is not None else None
        open_ = info is not None and info.state in (OPEN, PAUSED)
        queue, staff, actor = self.services.queue, self.services.staff, self.actor

        def leave() -> None:
            steps: list[Callable[[], object]] = []
            if number is not None and hold:
                steps.append(lambda: queue.hold(actor, number))
            if number is not None and open_:
                steps.append(lambda: queue.close_window(actor, number))
            steps.append(lambda: staff.sign_out(actor))
            for step in steps:
                try:
                    step()
                except UserError as err:
                    log.info("leaving: %s %s", err.code, err.params)
        return Op(self, leave).run()

    def _closed(self) -> None:
        self.timer.stop()
        self.stop_sync()
        if self._own_hall:
            self.hall.close_all()
