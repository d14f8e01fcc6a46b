"""Queue statistics by hour, business, clerk and day; window advice; the display board button; 导出日报."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableWidget, QTabWidget,
    QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.events import QUEUE, QUEUE_SETTINGS, SETTINGS
from branchdesk.printing.report_data import ReportRow as Row
from branchdesk.services.queue.reports import PeriodReport
from branchdesk.services.roles import Actor
from branchdesk.ui.board.window import SCREEN_KEY, DisplayBoard
from branchdesk.ui.hall import HallDevices, screen_label
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.queue_stats.advice import AdviceMap, read_advice, shortfall_notes
from branchdesk.ui.queue_stats.export import ReportExport
from branchdesk.ui.reflow import fill_with_last_column
from branchdesk.ui.tables import fill_row, make_table

PERIODS = (1, 7, 28, 365)  # the day, or the last 7, 28 or 365 days up to it (closed days are stored figures)


def _minutes(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class QueueStatsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, hall: HallDevices | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.counting: Op | None = None  # the statistics being read, if any
        self.hall = hall or HallDevices(services, self)
        self.report: PeriodReport | None = None

        title = QLabel(self.tr("Board & statistics"))
        title.setProperty("role", "title")
        self.open_board_button = QPushButton(self.tr("Open display board"))
        self.open_board_button.setProperty("big", True)
        self.open_board_button.clicked.connect(self.open_board)
        self.screen_choice = QComboBox()
        for index, screen in enumerate(QGuiApplication.screens()):
            self.screen_choice.addItem(screen_label(index, screen), screen.name())
        self.screen_choice.activated.connect(self._choose_screen)
        board_row = QHBoxLayout()
        board_row.addWidget(self.open_board_button)
        board_row.addWidget(QLabel(self.tr("on screen")))
        board_row.addWidget(self.screen_choice)
        board_row.addStretch(1)

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.period = QComboBox()
        for days, label in zip(PERIODS, (self.tr("That day"), self.tr("Last 7 days"), self.tr("Last 28 days"),
                                             self.tr("Last 365 days")), strict=True):
            self.period.addItem(label, days)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.period.activated.connect(self.refresh)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Day")))
        picker.addWidget(self.day)
        picker.addWidget(self.period)
        picker.addWidget(self.show_button)
        picker.addSpacing(16)
        # The daily report of the day shown; its outcome on the line under the picker.
        self.export = ReportExport(services, self)
        self.export.button.clicked.connect(lambda: self.export.export(self.chosen_period()[1]))
        picker.addWidget(self.export.button)
        picker.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14pt;")
        # A year of a branch that never had its figures stored takes a while the first time.
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("Storing the figures of closed days: %v of %m"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()
        headers = [self.tr("Arrivals"), self.tr("Served"), self.tr("No-shows"), self.tr("Mean wait (min)"),
                   self.tr("P90 wait"), self.tr("Max wait"), self.tr("Mean service (min)"),
                   self.tr("Within norm")]
        self.hour_table = make_table([self.tr("Hour")] + headers)
        self.business_table = make_table([self.tr("Service")] + headers)
        self.clerk_table = make_table([self.tr("Clerk")] + headers + [self.tr("Paused (min)")])
        self.day_table = make_table([self.tr("Date")] + headers + [self.tr("Paused (min)")])
        for table in (self.hour_table, self.business_table, self.clerk_table, self.day_table):
            # Columns as wide as their headings, so no heading is cut in any language, the last one over the
            # room left while it holds it; when they no longer fit, the table scrolls sideways inside itself.
            fill_with_last_column(table)
        self.advice_map = AdviceMap()
        self.advice_note = QLabel()
        self.advice_note.setWordWrap(True)
        advice = QWidget()
        advice_layout = QVBoxLayout(advice)
        advice_layout.addWidget(self.advice_note)
        advice_layout.addWidget(self.advice_map.table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.hour_table, self.tr("By hour"))
        self.tabs.addTab(self.business_table, self.tr("By service"))
        self.tabs.addTab(self.clerk_table, self.tr("By clerk"))
        self.tabs.addTab(self.day_table, self.tr("By day"))
        self.tabs.addTab(advice, self.tr("Window advice"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addLayout(board_row)
        layout.addSpacing(8)
        layout.addLayout(picker)
        layout.addWidget(self.export.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.tabs, 1)
        # Neutral until the branch's day and this PC's board screen are read on the database lane.
        self.loaded = False
        self.today: dt.date | None = None
        for widget in (self.open_board_button, self.screen_choice, self.day, self.period, self.show_button,
                       self.export.button):
            widget.setEnabled(False)
        self.summary.setText(self.tr("Counting…"))
        self.load()
        self.refresh_advice()
        on_change(self, services, {QUEUE}, self._queue_changed)
        on_change(self, services, {QUEUE_SETTINGS, SETTINGS}, self.refresh_advice)

    # --- display board ----------------------------------------------------------
    @property
    def board(self) -> DisplayBoard | None:
        return self.hall.board

    def open_board(self) -> DisplayBoard:
        """On the screen chosen below (read from this PC's settings with the page), else the last one."""
        screens = QGuiApplication.screens()
        name = self.screen_choice.currentData()
        return self.hall.open_board(next((s for s in screens if s.name() == name), screens[-1]))

    def _choose_screen(self, index: int) -> None:
        local, name = self.services.local, self.screen_choice.itemData(index)
        Op(self, lambda: local.set(SCREEN_KEY, name)).run()

    # --- the first read -------------------------------------------------------------
    def load(self) -> Op:
        """The branch's day and this PC's board screen, on the database lane; then the first count."""
        services = self.services
        return Op(self, lambda: (services.branch.today(), services.local.get(SCREEN_KEY))) \
            .success(self._loaded).run()

    def _loaded(self, read: tuple[dt.date, str | None]) -> None:
        today, screen = read
        self.today = today
        self.day.blockSignals(True)  # one count below, not one for the date as well
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.blockSignals(False)
        index = self.screen_choice.findData(screen)  # as chosen_screen: the named screen, else the last
        self.screen_choice.setCurrentIndex(index if index >= 0 else self.screen_choice.count() - 1)
        for widget in (self.open_board_button, self.screen_choice, self.day, self.period, self.show_button,
                       self.export.button):
            widget.setEnabled(True)
        self.loaded = True
        self.refresh()

    def _queue_changed(self) -> None:
        """Tickets moved: count again, unless a count is still running (it will include them or be redone)."""
        if self.counting is None:
            self.refresh()

    # --- statistics ---------------------------------------------------------------
    def chosen_period(self) -> tuple[dt.date, dt.date]:
        last = self.day.date().toPython()
        assert isinstance(last, dt.date), "QDate.toPython gives a date"  # its stub says object
        return last - dt.timedelta(days=self.period.currentData() - 1), last

    def refresh(self) -> None:
        """Count the chosen period on the database lane; a count still running for another period stops.
        Nothing before the branch's day is read (the first read counts when it lands)."""
        if not self.loaded:
            return
        if self.counting is not None:
            self.counting.cancel()
        first, last = self.chosen_period()
        self.summary.setText(self.tr("Counting…"))
        reports = self.services.queue_reports
        self.counting = Op(self, lambda ctx: reports.period(first, last, ctx.report), context=True) \
            .success(self.show_report).failure(self.show_error).progress(self._progress).done(self._counted).run()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_row.setVisible(done < total)

    def _counted(self) -> None:
        self.counting = None
        self.progress_row.hide()

    def cancel(self) -> None:
        """Stop counting (figures already stored stay stored, so the next count goes on from there)."""
        if self.counting is not None:
            self.counting.cancel()
            self.counting = None
        self.progress_row.hide()
        self.summary.setText(self.tr("Counting cancelled."))

    def show_error(self, exc: UserError) -> None:
        self.summary.setText(tr_error(exc))

    def show_report(self, report: PeriodReport) -> None:
        if (report.first, report.last) != self.chosen_period():
            return  # an older request that finished late
        self.report = report
        total = report.total
        self.summary.setText(self.tr(
            "{first} to {last}: {arrivals} arrivals, {served} served, {no_shows} no-shows; mean wait {wait} min, "
            "within norm {share}; windows paused {pause:.0f} min").format(
            first=report.first.isoformat(), last=report.last.isoformat(), arrivals=total.arrivals,
            served=total.served, no_shows=total.no_shows, wait=_minutes(total.mean_wait),
            share=_share(total.share_within_norm), pause=report.pause_minutes))
        if self.today is not None and report.last > self.today:
            self.summary.setText(self.tr("{day} is in the future: there is no queue data for it yet.").format(
                day=report.last.isoformat()) + " " + self.summary.text())
        self._fill(self.hour_table, report.by_hour)
        self._fill(self.business_table, report.by_business)
        self._fill(self.clerk_table, report.by_clerk, report.pause_by_clerk)
        self._fill(self.day_table, report.by_day, report.pause_by_day)

    def _fill(self, table: QTableWidget, rows: list[Row], pauses: dict[str, float] | None = None) -> None:
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            texts = [row.label, str(row.arrivals), str(row.served), str(row.no_shows), _minutes(row.mean_wait),
                     _minutes(row.p90_wait), _minutes(row.max_wait), _minutes(row.mean_service),
                     _share(row.share_within_norm)]
            if pauses is not None:
                texts.append(f"{pauses.get(row.label, 0.0):.0f}")
            for item in fill_row(table, index, texts)[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # --- window advice --------------------------------------------------------------
    def refresh_advice(self) -> None:
        """The target, the windows, the opening hours and the advice, all read on the database lane."""
        self.advice_note.setText(self.tr("Counting…"))
        Op(self, lambda: read_advice(self.services)).success(lambda read: self.show_advice(*read)) \
            .failure(self.show_error).run()

    def show_advice(self, advice, target, windows: int, hours: range) -> None:
        short = self.advice_map.fill(advice, hours, target, windows)
        note = self.tr("Windows to open for {share:.0f}% of customers to wait at most {minutes:g} min, "
                       "from the branch's own last weeks (hover over a cell for details).").format(
            share=target.share * 100, minutes=target.within_minutes)
        if not advice:
            note += " " + self.tr("No queue history yet.")
        if short:
            note += "\n" + "\n".join(shortfall_notes(advice, target, windows))
        self.advice_note.setText(note)
