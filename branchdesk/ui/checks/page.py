"""检查: run a service-standard check by keyboard alone (issue 11, item 3).

The list of checklists comes first: Enter (or 开始检查) starts a check on the chosen one's latest published
version. Running a check, the item table has the focus and each pass/fail item takes one key: P (or 1) pass,
F (or 2) fail, N (or 3) not applicable; the next item is then selected. A score, a number or a text is typed
into the answer field, which takes the focus on such an item, and Enter answers it. On a failed item R
chooses the person responsible. Ctrl+Enter signs; the signed check's PDF report is then saved in the
Documents folder. Every read and write runs on the database lane; the table moves on at once, and the
answers reach the database in the order they were given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.printing.inspection_data import InspectionReport
from branchdesk.services import Services
from branchdesk.ui.checks.actions import ActionsPanel
from branchdesk.ui.checks.schedule_dialog import ScheduleDialog
from branchdesk.services.checks.inspections import AnswerInput, AnswerView, InspectionSummary, InspectionView, Line
from branchdesk.services.checks.scoring import NUMBER, PASS_FAIL, PHOTO, SCORE, TEXT, mark
from branchdesk.services.checks.inspections import given_of, rule_of
from branchdesk.services.checks.templates import TemplateSummary
from branchdesk.services.events import CHECKS, STAFF
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.i18n import format_date, format_time, tr_error
from branchdesk.ui.ops import IO, Op, on_change
from branchdesk.ui.queue_stats.export import _html, _url, documents_folder
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table

PASS_KEYS = (Qt.Key.Key_P, Qt.Key.Key_1)
FAIL_KEYS = (Qt.Key.Key_F, Qt.Key.Key_2)
NA_KEYS = (Qt.Key.Key_N, Qt.Key.Key_3)
TYPED = (SCORE, NUMBER, TEXT)


def _points(value: float) -> str:
    return f"{value:g}"


class ChecksPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.inspection: InspectionView | None = None
        self.current = 0
        self.staff: list[tuple[str, str]] = []
        title = QLabel(self.tr("Checks"))
        title.setProperty("role", "title")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_chooser())
        self.stack.addWidget(self._build_runner())
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        # Running checks, and the corrective actions their failed items opened (Ctrl+Tab between them).
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stack, self.tr("Run a check"))
        self.actions_panel = ActionsPanel(services, actor)
        self.tabs.addTab(self.actions_panel, self.tr("Corrective actions"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        self.reading: Op | None = None
        on_change(self, services, {CHECKS, STAFF}, self.refresh)
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _build_chooser(self) -> QWidget:
        self.templates = QListWidget()
        self.templates.setEnabled(False)  # until read
        self.templates.itemActivated.connect(lambda _item: self.start())
        self.start_button = QPushButton(self.tr("Start the check"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.recent = make_table([self.tr("Started"), self.tr("Checklist"), self.tr("Result"), self.tr("Score")])
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Choose a checklist, then press Enter:")))
        self.schedule_button = QPushButton(self.tr("When due…"))  # the branch head's: issue 11, item 2
        self.schedule_button.setEnabled(False)
        self.schedule_button.setVisible(self.actor.can(Permission.EDIT_CHECK_TEMPLATES))
        self.schedule_button.clicked.connect(self.edit_schedule)
        side = QVBoxLayout()
        side.addWidget(self.start_button)
        side.addWidget(self.schedule_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.templates, 1)
        row.addLayout(side)
        layout.addLayout(row, 2)
        layout.addWidget(QLabel(self.tr("Recent checks")))
        layout.addWidget(self.recent, 3)
        return box

    def _build_runner(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.progress = QLabel()
        self.keys = QLabel(self.tr("P or 1 pass · F or 2 fail · N or 3 not applicable · R person responsible · "
                                   "Ctrl+Enter sign · Esc back to the list"))
        self.keys.setWordWrap(True)
        self.table = make_table([self.tr("No."), self.tr("Section"), self.tr("Item"), self.tr("Answer"),
                                 self.tr("Points"), self.tr("Responsible")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(6):  # the item's text takes the room the others leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.currentCellChanged.connect(lambda row, *_: self._moved_to(row))
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.value = QLineEdit()
        self.value.setEnabled(False)
        self.value.returnPressed.connect(self.answer_typed)
        self.value.installEventFilter(self)
        self.photo_button = QPushButton(self.tr("Attach a photo…"))
        self.photo_button.setEnabled(False)
        self.photo_button.clicked.connect(self.attach_photo)
        self.responsible = QComboBox()
        self.responsible.setEnabled(False)
        self.responsible.activated.connect(self.name_responsible)
        self.sign_button = QPushButton(self.tr("Sign the check"))
        self.sign_button.clicked.connect(self.sign)
        back = QPushButton(self.tr("Back to the list"))
        back.clicked.connect(self.back)
        answer_row = QHBoxLayout()
        answer_row.addWidget(QLabel(self.tr("Answer")))
        answer_row.addWidget(self.value, 1)
        answer_row.addWidget(self.photo_button)
        answer_row.addSpacing(16)
        answer_row.addWidget(QLabel(self.tr("Person responsible")))
        answer_row.addWidget(self.responsible)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(back)
        buttons.addWidget(self.sign_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.keys)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.guidance)
        layout.addLayout(answer_row)
        layout.addLayout(buttons)
        return box

    # --- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.reading is not None:
            return
        checks, staff, branch = self.services.checks, self.services.staff, self.services.branch

        def read() -> tuple[list[TemplateSummary], list[InspectionSummary], list[tuple[str, str]]]:
            if not checks.templates.has_defaults():
                checks.templates.install_defaults()
            people = [(p.id, p.full_name) for p in staff.list_staff(include_inactive=False)]
            settings = branch.settings()
            zone = settings.zone if settings else dt.timezone.utc  # times in the branch's, not UTC
            recent = [replace(x, started_at=x.started_at.astimezone(zone)) for x in checks.inspections.recent()]
            return checks.templates.templates(), recent, people
        self.reading = Op(self, read).success(self._show_lists).failure(self._failed).done(self._read_done).run()

    def _read_done(self) -> None:
        self.reading = None

    def _show_lists(self, read: tuple[list[TemplateSummary], list[InspectionSummary], list[tuple[str, str]]]) -> None:
        templates, recent, self.staff = read
        chosen = self.templates.currentRow()
        self.templates.clear()
        for template in templates:
            if template.published_number is None or template.kind == "mystery":
                continue  # covert visits wait for the inspector's role (issue 11, item 5)
            label = self.tr("{title} (version {number})").format(title=template.title,
                                                                  number=template.published_number)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.templates.addItem(item)
        self.templates.setEnabled(True)
        self.start_button.setEnabled(self.templates.count() > 0)
        self.schedule_button.setEnabled(self.templates.count() > 0)
        self.templates.setCurrentRow(max(0, min(chosen, self.templates.count() - 1)))
        self.recent.setRowCount(len(recent))
        for row, summary in enumerate(recent):
            fill_row(self.recent, row, [f"{format_date(summary.started_at.date())} {format_time(summary.started_at)}",
                                        summary.title, self._result_text(summary.result),
                                        self._score_text(summary.earned, summary.possible)])
        if self.stack.currentIndex() == 0 and self.tabs.currentIndex() == 0:
            self.templates.setFocus()

    def _result_text(self, result: str | None) -> str:
        return {"pass": self.tr("Passed"), "fail": self.tr("Failed")}.get(result or "", self.tr("Not signed"))

    def _score_text(self, earned: float | None, possible: float | None) -> str:
        if earned is None or not possible:
            return "—"
        return self.tr("{earned} / {possible} ({percent}%)").format(
            earned=_points(earned), possible=_points(possible), percent=f"{100 * earned / possible:.0f}")

    def start(self) -> None:
        item = self.templates.currentItem()
        if item is None:
            return
        template_id = item.data(Qt.ItemDataRole.UserRole)
        inspections, actor = self.services.checks.inspections, self.actor
        self.start_button.setEnabled(False)
        self._clear_messages()
        Op(self, lambda: inspections.start(actor, template_id)).success(self._begin).failure(self._failed) \
            .done(lambda: self.start_button.setEnabled(True)).run()

    def edit_schedule(self) -> ScheduleDialog | None:
        item = self.templates.currentItem()
        if item is None:
            return None
        dialog = ScheduleDialog(self.services, self.actor, item.data(Qt.ItemDataRole.UserRole), self)
        dialog.open()
        return dialog

    def open_check(self, template_id: str, inspection_id: str = "") -> None:
        """From the home page's due list: carry on with the check started, or start one on the template."""
        self.tabs.setCurrentIndex(0)
        inspections, actor = self.services.checks.inspections, self.actor
        self._clear_messages()
        if inspection_id:
            Op(self, lambda: inspections.view(inspection_id)).success(self._begin).failure(self._failed).run()
        else:
            Op(self, lambda: inspections.start(actor, template_id)).success(self._begin).failure(self._failed).run()

    def show_action(self, action_id: str) -> None:
        """From the home page's due list: the corrective actions' tab, this one chosen."""
        self.tabs.setCurrentWidget(self.actions_panel)
        self.actions_panel.select(action_id)

    def _begin(self, inspection: InspectionView) -> None:
        self.inspection = None
        self.current = 0
        self._show(inspection)
        self.stack.setCurrentIndex(1)
        self._select(next((i for i, line in enumerate(inspection.lines) if line.answer is None), 0))

    def back(self) -> None:
        self.inspection = None
        self.stack.setCurrentIndex(0)
        self.templates.setFocus()
        self.refresh()

    # --- running a check ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        return super().eventFilter(watched, event)

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.sign()
            return True
        if key == Qt.Key.Key_Escape:
            if watched is self.value:
                self.table.setFocus()
            else:
                self.back()
            return True
        if watched is self.value:
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._select(self.current + (1 if key == Qt.Key.Key_Down else -1))
                return True
            return False
        if modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        line = self._line()
        if line is None:
            return False
        kind = line.item.spec.answer_type
        if key in NA_KEYS:
            self.answer(AnswerInput(not_applicable=True))
            return True
        if kind == PASS_FAIL and key in PASS_KEYS + FAIL_KEYS:
            self.answer(AnswerInput(outcome="pass" if key in PASS_KEYS else "fail"))
            return True
        if key == Qt.Key.Key_R and self.responsible.isEnabled():
            self.responsible.setFocus()
            self.responsible.showPopup()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._select(self.current + 1)
            return True
        if kind in TYPED and event.text().strip():
            self.value.setFocus()
            self.value.setText(event.text())
            return True
        return False

    def _line(self) -> Line | None:
        if self.inspection is None or not 0 <= self.current < len(self.inspection.lines):
            return None
        return self.inspection.lines[self.current]

    def answer(self, given: AnswerInput, advance: bool = True) -> None:
        """Send the answer to the database lane and move on at once (the lane keeps the order)."""
        line = self._line()
        if self.inspection is None or line is None:
            return
        inspections, actor = self.services.checks.inspections, self.actor
        inspection_id, item_id, row = self.inspection.id, line.item.id, self.current
        self._clear_messages()

        def refused(err: UserError) -> None:
            self._failed(err)
            self._select(row)  # back to the item refused, its message in view
        Op(self, lambda: inspections.answer(actor, inspection_id, item_id, given)) \
            .success(self._show).failure(refused).run()
        if advance:
            self._select(self.current + 1)

    def answer_typed(self) -> None:
        line = self._line()
        if line is None:
            return
        text = self.value.text().strip()
        kind = line.item.spec.answer_type
        if kind == TEXT:
            given = AnswerInput(text=text)
        else:
            try:
                given = AnswerInput(score=int(text)) if kind == SCORE else AnswerInput(number=float(text))
            except ValueError:
                given = AnswerInput(text=text)  # refused by the service with the item's own message
        self.answer(given)
        self.value.clear()

    def attach_photo(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach a photo"), str(documents_folder()),
                             self.tr("Photos (*.jpg *.jpeg *.png)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.resize(860, 540)
        for label, text in ((QFileDialog.DialogLabel.LookIn, self.tr("Look in:")),
                            (QFileDialog.DialogLabel.FileName, self.tr("File name:")),
                            (QFileDialog.DialogLabel.FileType, self.tr("Files of type:")),
                            (QFileDialog.DialogLabel.Accept, self.tr("Attach")),
                            (QFileDialog.DialogLabel.Reject, self.tr("Cancel"))):
            dialog.setLabelText(label, text)
        if dialog.exec() and dialog.selectedFiles():
            self.answer(AnswerInput(photo=Path(dialog.selectedFiles()[0])))

    def name_responsible(self, index: int) -> None:
        line = self._line()
        if self.inspection is None or line is None:
            return
        staff_id = self.responsible.itemData(index)
        inspections, actor, inspection_id = self.services.checks.inspections, self.actor, self.inspection.id
        Op(self, lambda: inspections.name_responsible(actor, inspection_id, line.item.id, staff_id)) \
            .success(self._show).failure(self._failed).run()
        self.table.setFocus()

    def sign(self) -> None:
        if self.inspection is None or self.inspection.signed:
            return
        inspections, actor, inspection_id = self.services.checks.inspections, self.actor, self.inspection.id
        self._clear_messages()
        Op(self, lambda: inspections.sign(actor, inspection_id)).success(self._signed).failure(self._failed).run()

    def _signed(self, inspection: InspectionView) -> None:
        """Signed: read the report's data on the database lane, then draw and save it on the printing lane."""
        self._show(inspection)
        inspections = self.services.checks.inspections

        def save(data: InspectionReport) -> None:
            name = self.tr("check-{title}-{day}").format(title=data.title, day=f"{data.signed_at:%Y%m%d-%H%M}")
            path = documents_folder() / f"{name}.pdf"

            def write() -> Path:
                from branchdesk.printing.inspection_report import inspection_report_pdf
                from branchdesk.printing.output import save_pdf

                return save_pdf(inspection_report_pdf(data), path)
            Op(self, write, IO).success(self._report_saved).failure(self._failed).run()
        Op(self, lambda: inspections.report_data(inspection.id)).success(save).failure(self._failed).run()

    def _report_saved(self, path: Path) -> None:
        text = self.tr('Signed. The report is saved as <a href="{file}">{path}</a>').format(
            file=_url(path), path=_html(str(path)))
        failed = self.inspection.score.failed_items if self.inspection is not None else 0
        if failed:  # signing opened one corrective action for each (services/checks/actions.py)
            text += "<br/>" + self.tr("Corrective actions opened for the failed items: {count}. They are on the "
                                      "Corrective actions tab.").format(count=failed)
        self.message.setText(text)

    # --- showing -----------------------------------------------------------------------------

    def _show(self, inspection: InspectionView) -> None:
        if self.inspection is not None and inspection.id != self.inspection.id:
            return  # an answer to a check left meanwhile
        self.inspection = inspection
        self.heading.setText(self.tr("{title} · version {number}").format(title=inspection.title,
                                                                         number=inspection.version_number))
        self.table.setRowCount(len(inspection.lines))
        for row, line in enumerate(inspection.lines):
            spec, answer = line.item.spec, line.answer
            item = spec.text + (self.tr(" (critical)") if spec.critical else "")
            points = "" if answer is None else self._line_points(line)
            failed = answer is not None and answer.failed
            fill_row(self.table, row, [str(line.item.position), spec.section, item, self._answer_text(line),
                                       points, (answer.responsible_name or "") if answer else ""],
                     LATE_BACKGROUND if failed else None, LATE_FOREGROUND if failed else None)
        score = inspection.score
        status = self.tr("{answered} of {total} answered · {points} · {result}").format(
            answered=len(inspection.lines) - inspection.unanswered, total=len(inspection.lines),
            points=self._score_text(score.earned, score.possible),
            result=self.tr("a critical item failed") if score.critical_failed else self.tr("no critical failure"))
        if inspection.signed:
            status = self.tr("Signed by {name}: {result}").format(name=inspection.signed_by or "",
                                                                 result=self._result_text(inspection.result)) \
                + " · " + status
        self.progress.setText(status)
        self.sign_button.setEnabled(not inspection.signed)
        self._select(self.current, focus=False)

    def _line_points(self, line: Line) -> str:
        assert line.answer is not None
        fraction = mark(rule_of(line.item.spec), given_of(line.answer)).fraction
        if fraction is None:
            return "—"
        return f"{_points(float(fraction) * line.item.spec.weight)} / {_points(line.item.spec.weight)}"

    def _answer_text(self, line: Line) -> str:
        answer: AnswerView | None = line.answer
        spec = line.item.spec
        if answer is None:
            return ""
        if answer.not_applicable:
            return self.tr("Not applicable")
        if spec.answer_type == PASS_FAIL:
            text = self.tr("Fail") if answer.outcome == "fail" else self.tr("Pass")
            return text + (self.tr(" (from attendance)") if answer.from_attendance else "")
        if spec.answer_type == SCORE:
            return f"{answer.score} / {spec.max_score}"
        if spec.answer_type == NUMBER:
            return f"{_points(answer.number or 0)} {spec.unit or ''}".strip()
        if spec.answer_type == PHOTO:
            return self.tr("Photo attached")
        return answer.text or ""

    def _select(self, row: int, focus: bool = True) -> None:
        if self.inspection is None or not self.inspection.lines:
            return
        row = max(0, min(row, len(self.inspection.lines) - 1))
        self.current = row
        self.table.setCurrentCell(row, 2)
        self._moved_to(row)
        if focus:
            line = self.inspection.lines[row]
            (self.value if line.item.spec.answer_type in TYPED else self.table).setFocus()

    def _moved_to(self, row: int) -> None:
        if self.inspection is None or not 0 <= row < len(self.inspection.lines):
            return
        self.current = row
        line = self.inspection.lines[row]
        spec = line.item.spec
        hints = {
            PASS_FAIL: self.tr("Pass, fail or not applicable."),
            SCORE: self.tr("A score from 0 to {top}, then Enter.").format(top=spec.max_score),
            NUMBER: self.tr("A number from {low} to {high} {unit}, then Enter.").format(
                low="" if spec.min_value is None else _points(spec.min_value),
                high="" if spec.max_value is None else _points(spec.max_value), unit=spec.unit or ""),
            TEXT: self.tr("Type the text, then Enter."),
            PHOTO: self.tr("Attach a photo file, or N if there is none to take."),
        }
        self.guidance.setText(f"<b>{_html(spec.text)}</b>　{_html(spec.guidance)}<br/>{hints[spec.answer_type]}")
        signed = self.inspection.signed
        self.value.setEnabled(spec.answer_type in TYPED and not signed)
        self.photo_button.setEnabled(spec.answer_type == PHOTO and not signed)
        failed = line.answer is not None and line.answer.failed and not signed
        self.responsible.blockSignals(True)
        self.responsible.clear()
        if failed:
            self.responsible.addItem(self.tr("(nobody named)"), None)
            for staff_id, name in self.staff:
                self.responsible.addItem(name, staff_id)
            named = line.answer.responsible_id if line.answer else None
            self.responsible.setCurrentIndex(max(0, self.responsible.findData(named)) if named else 0)
        self.responsible.setEnabled(failed)
        self.responsible.blockSignals(False)

    def _failed(self, err: UserError) -> None:
        self.error.setText(tr_error(err))

    def _clear_messages(self) -> None:
        self.error.clear()
        self.message.clear()
