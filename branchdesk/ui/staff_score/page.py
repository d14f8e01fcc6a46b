"""员工积分 / Staff score (issue 11, item 7): the month's table (the ranking, for the branch head), the chosen
person's lines, each opening its source with Enter or a double-click, the head's entries and the PDF.

Everyone sees their own score; the branch head and the administrator see everyone's. Reads and writes run
on the database lane; the page re-reads when scores, checks, the queue, attendance or staff change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLayout, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.events import ATTENDANCE, CHECKS, QUEUE, STAFF, STAFF_SCORE
from branchdesk.services.roles import Actor, Permission
from branchdesk.services.staff_score.rules import month_bounds, points_text
from branchdesk.services.staff_score.views import Line, MonthScore, Ranked
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import IO, Op, on_change
from branchdesk.ui.reflow import ButtonGrid
from branchdesk.ui.staff_score.labels import counted, line_points, line_text, part_label
from branchdesk.ui.staff_score.source import open_source
from branchdesk.ui.tables import fill_row, make_table
from branchdesk.ui.messages import escaped

MONTHS_SHOWN = 12
MUTED = "#777777"
MAX_TABLE_WIDTH = 580


@dataclass(frozen=True)
class Month:
    month: str
    today: dt.date
    ranked: list[Ranked]


def _months(today: dt.date) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(MONTHS_SHOWN):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


class StaffScorePage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.head = actor.can(Permission.EVALUATE_STAFF)
        self.data: Month | None = None
        self.chosen: str | None = actor.staff_id
        self.lines: list[Line] = []
        self.reading: Op | None = None
        self._read_again = False

        title = QLabel(self.tr("Staff score"))
        title.setProperty("role", "title")
        # Two short sentences, each wrapping on its own (a longer language never widens the page).
        rules_text = [QLabel(self.tr("100 points a month: weekly evaluation 50, monthly targets 30, daily progress "
                                     "20.")),
                      QLabel(self.tr("A failed check item naming the person costs 2 points, a critical one 5."))]
        for rule in rules_text:
            rule.setWordWrap(True)
        self.month = QComboBox()
        self.month.setEnabled(False)  # until the first read gives today's month
        self.month.activated.connect(self.refresh)
        month_row = QHBoxLayout()
        month_row.addWidget(QLabel(self.tr("Month")))
        month_row.addWidget(self.month)
        self.evaluate_button = QPushButton(self.tr("Weekly evaluation…"))
        self.target_button = QPushButton(self.tr("Set target…"))
        self.figure_button = QPushButton(self.tr("Enter figure…"))
        self.pdf_button = QPushButton(self.tr("Save monthly PDF"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.target_button.clicked.connect(self.set_target)
        self.figure_button.clicked.connect(self.enter_figure)
        self.pdf_button.clicked.connect(self.save_pdf)
        head_buttons = [self.evaluate_button, self.target_button, self.figure_button, self.pdf_button]
        for button in head_buttons:
            button.setEnabled(False)
        # The head's buttons beside the month, in two rows of two where a longer language needs the room.
        self.buttons = ButtonGrid(head_buttons, most=4, fewest=2)
        # Its own minimum (two columns) holds, not that of the four it starts with.
        self.buttons.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.buttons.setVisible(self.head)
        top = QHBoxLayout()
        top.addLayout(month_row)
        top.addSpacing(24)
        top.addWidget(self.buttons, 1)  # the room left: four in a row when it takes them

        self.table = make_table([self.tr("Rank"), self.tr("Name"), self.tr("Total"), self.tr("Weekly"),
                                 self.tr("Targets"), self.tr("Daily"), self.tr("Deductions")])
        # Every column as wide as its contents: a name is never cut short.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._person_chosen)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.detail_title.setWordWrap(True)
        self.line_table = make_table([self.tr("Part"), self.tr("Source"), self.tr("Points")])
        header = self.line_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.line_table.setWordWrap(True)
        # Wrapped lines get their height again whenever the source column's width changes.
        header.sectionResized.connect(lambda *_args: self.line_table.resizeRowsToContents())
        self.line_table.cellDoubleClicked.connect(lambda row, _col: self.open_line(row))
        self.line_table.installEventFilter(self)
        # Two short sentences, each wrapping on its own: a longer language never makes the column wider.
        hints = [QLabel(self.tr("Enter or a double-click opens the line's source.")),
                 QLabel(self.tr("A correction is a new entry; nothing is changed in place."))]
        for hint in hints:
            hint.setWordWrap(True)
            hint.setStyleSheet(f"color: {MUTED};")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.line_table, 1)
        for hint in hints:
            right_layout.addWidget(hint)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        for rule in rules_text:
            layout.addWidget(rule)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        on_change(self, services, {STAFF_SCORE, CHECKS, QUEUE, ATTENDANCE, STAFF}, self.refresh)
        self.refresh()

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.reading is not None:
            self._read_again = True
            return
        score, branch, clock, actor = self.services.staff_score, self.services.branch, self.services.clock, \
            self.actor
        chosen_month = self.month.currentData()

        def read() -> Month | None:
            settings = branch.settings()
            if settings is None:
                return None
            today = clock.now().astimezone(settings.zone).date()
            month = chosen_month or f"{today:%Y-%m}"
            if actor.can(Permission.EVALUATE_STAFF):
                ranked = score.ranking(actor, month)
            else:
                ranked = [Ranked(0, score.month_score(actor, actor.staff_id, month))]
            return Month(month, today, ranked)
        self.reading = Op(self, read).success(self._display).failure(self._say).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, data: Month | None) -> None:
        if data is None:
            return
        self.data = data
        if not self.month.count():
            for month in _months(data.today):
                self.month.addItem(month, month)
            self.month.setEnabled(True)
        for button in (self.evaluate_button, self.target_button, self.figure_button, self.pdf_button):
            button.setEnabled(True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(data.ranked))
        chosen_row = 0
        for row, entry in enumerate(data.ranked):
            s = entry.score
            rank = str(entry.rank) if self.head else "—"
            items = fill_row(self.table, row, [rank, s.full_name, points_text(s.total)] + [
                points_text(s.part(code).points) for code in ("weekly", "targets", "daily", "deductions")])
            items[0].setData(Qt.ItemDataRole.UserRole, s.staff_id)
            for item in items[2:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if s.staff_id == self.chosen:
                chosen_row = row
        self.table.blockSignals(False)
        self._fit_table()
        if data.ranked:
            self.table.selectRow(chosen_row)
            self._show_person(data.ranked[chosen_row].score)

    def _fit_table(self) -> None:
        """The table at least as wide as its columns (up to MAX_TABLE_WIDTH: past that, in a language with long
        headings, it scrolls sideways; the name and the total come first); the lines take the rest."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        wanted = header.length() + 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(min(wanted, MAX_TABLE_WIDTH))

    def _person_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.data is None:
            return
        row = rows[0].row()
        if 0 <= row < len(self.data.ranked):
            score = self.data.ranked[row].score
            self.chosen = score.staff_id
            self._show_person(score)

    def _show_person(self, score: MonthScore) -> None:
        self.detail_title.setText(self.tr("{name}, {month}: {total} of 100").format(
            name=score.full_name, month=score.month, total=points_text(score.total)))
        self.lines = [line for part in score.parts for line in part.lines]
        parts = [part.code for part in score.parts for _line in part.lines]
        self.line_table.setRowCount(len(self.lines))
        for row, (code, line) in enumerate(zip(parts, self.lines, strict=True)):
            items = fill_row(self.line_table, row, [part_label(code), line_text(line), line_points(line)])
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not counted(line):
                for item in items:
                    item.setForeground(Qt.GlobalColor.gray)
        self.line_table.resizeRowsToContents()

    # -- sources --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.line_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_line(self.line_table.currentRow())
                return True
        return super().eventFilter(watched, event)

    def open_line(self, row: int) -> None:
        if not 0 <= row < len(self.lines):
            return
        source = self.lines[row].source
        if source is None:
            self.message.setText(self.tr("This week has no evaluation yet: nothing to open."))
            return
        self.message.clear()
        open_source(self, self.services, self.actor, source, self._say)

    # -- the head's entries ---------------------------------------------------------------------

    def _people(self) -> list[tuple[str, str]]:
        return [(r.score.staff_id, r.score.full_name) for r in self.data.ranked] if self.data else []

    def evaluate(self) -> None:
        if self.data is None:
            return
        from branchdesk.ui.staff_score.dialogs import EvaluationDialog
        dialog = EvaluationDialog(self.services, self.actor, self._people(), self.chosen, self.data.month,
                                  self.data.today, self)
        dialog.open()

    def set_target(self) -> None:
        if self.data is None:
            return
        from branchdesk.ui.staff_score.dialogs import TargetDialog
        TargetDialog(self.services, self.actor, self._people(), self.chosen, self.data.month, self).open()

    def enter_figure(self) -> None:
        if self.data is None:
            return
        from branchdesk.ui.staff_score.dialogs import FigureDialog
        FigureDialog(self.services, self.actor, self._people(), self.chosen, self.data.month, self).open()

    def save_pdf(self) -> None:
        if self.data is None:
            return
        from branchdesk.ui.queue_stats.export import documents_folder
        month, score, actor = self.data.month, self.services.staff_score, self.actor
        month_bounds(month)
        path = documents_folder() / self.tr("staff-score-{month}.pdf").format(month=month)

        def draw(data) -> None:
            def write() -> Path:
                from branchdesk.printing.output import save_pdf
                from branchdesk.printing.staff_score_report import staff_score_report_pdf

                return save_pdf(staff_score_report_pdf(data), path)
            Op(self, write, IO).success(self._saved).failure(self._say).run()
        Op(self, lambda: score.report_data(actor, month)).success(draw).failure(self._say).run()

    def _saved(self, path: Path) -> None:
        self.message.setText(self.tr('The monthly report is saved as <a href="{file}">{path}</a>').format(
            file=path.as_uri(), path=escaped(str(path))))

    def _say(self, err: UserError) -> None:
        self.message.setText(tr_error(err))
