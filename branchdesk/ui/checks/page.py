"""检查: run a service-standard check by keyboard alone (issue 11, item 3).

The list of checklists comes first: Enter (or 开始检查) starts a check on the chosen one's latest published
version. Running a check, the item table has the focus and each pass/fail item takes one key: P (or 1) pass,
F (or 2) fail, N (or 3) not applicable; the next item is then selected. A score, a number or a text is typed
into the answer field, which takes the focus on such an item, and Enter answers it. On a failed item R
chooses the person responsible. Ctrl+Enter signs; the signed check's PDF report is then saved in the
Documents folder. Every read and write runs on the database lane; the table moves on at once, and the
answers reach the database in the order they were given. Enter on a recent check opens it.

The inspector (issue 11, item 5) sees the mystery-shopper checklist only: Enter asks the visit's particulars
(visits.py), the items are answered and signed the same way, and Ctrl+R (or 发布给支局) releases a signed
visit. An unreleased visit's report is never saved on this PC: the branch shares it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.printing.inspection_data import InspectionReport
from branchdesk.services import Services
from branchdesk.ui.checks.actions import ActionsPanel
from branchdesk.ui.checks.schedule_dialog import ScheduleDialog
from branchdesk.services.checks.inspections import AnswerInput, AnswerView, InspectionSummary, InspectionView, Line
from branchdesk.services.checks.scoring import NUMBER, PASS_FAIL, PHOTO, SCORE, TEXT, mark
from branchdesk.services.checks.inspections import given_of, rule_of
from branchdesk.services.checks.templates import TemplateSummary, VersionView
from branchdesk.services.events import CHECKS, STAFF
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.checks.template_editor import NewChecklistDialog, TemplateEditor
from branchdesk.ui.i18n import format_date, format_time, tr_error
from branchdesk.ui.ops import IO, Op, on_change
from branchdesk.ui.questions import ask
from branchdesk.ui.messages import escaped, file_url
from branchdesk.ui.queue_stats.export import documents_folder
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table

PASS_KEYS = (Qt.Key.Key_P, Qt.Key.Key_1)
FAIL_KEYS = (Qt.Key.Key_F, Qt.Key.Key_2)
NA_KEYS = (Qt.Key.Key_N, Qt.Key.Key_3)
TYPED = (SCORE, NUMBER, TEXT)
ANSWER_CELL = 16  # characters of an answer the table shows


# What the page reads: the checklists, the recent checks, the staff to name, the branch's time zone.
Lists = tuple[list[TemplateSummary], list[InspectionSummary], list[tuple[str, str]], dt.tzinfo]


def _releasable(inspection: InspectionView) -> bool:
    """A signed visit not released yet."""
    return inspection.visit is not None and inspection.signed and inspection.visit.released_at is None


def _points(value: float) -> str:
    return f"{value:g}"


class ChecksPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.inspector = actor.can(Permission.RECORD_VISITS)
        self.zone: dt.tzinfo = dt.timezone.utc  # the branch's, once read
        self.summaries: list[InspectionSummary] = []
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
        self.tabs.setTabVisible(1, not self.inspector)  # the branch's own work, not the county inspector's
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.recent, self.release_button)  # the list, then what acts on its row
        self.reading: Op | None = None
        if self.inspector:  # anywhere on the page: the list's chosen visit, or the one open
            release = QShortcut(QKeySequence("Ctrl+R"), self, self.release)
            release.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        on_change(self, services, {CHECKS, STAFF}, self.refresh)
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _build_chooser(self) -> QWidget:
        self.templates = QListWidget()
        self.templates.setEnabled(False)  # until read
        self.templates.itemActivated.connect(lambda _item: self.start())
        self.start_button = QPushButton(self.tr("Record a visit…") if self.inspector else self.tr("Start the check"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.edit_button = QPushButton(self.tr("Edit the checklist…"))
        self.edit_button.clicked.connect(self.edit_template)
        self.new_button = QPushButton(self.tr("New checklist…"))
        self.new_button.clicked.connect(self.new_template)
        for button in (self.edit_button, self.new_button):
            button.setVisible(self.actor.can(Permission.EDIT_CHECK_TEMPLATES))
            button.setEnabled(False)  # until read
        self.recent = make_table([self.tr("Started"), self.tr("Checklist"), self.tr("Result"), self.tr("Score")])
        # The date and time in full: the other columns share what is left.
        self.recent.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.recent.cellActivated.connect(lambda row, _col: self.open(row))
        self.recent.currentCellChanged.connect(lambda *_: self._enable_release())
        self.release_button = QPushButton(self.tr("Release to the branch…"))
        self.release_button.setVisible(self.inspector)
        self.release_button.setEnabled(False)
        self.release_button.clicked.connect(self.release)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Choose the mystery-shopper checklist, then press Enter:") if self.inspector
                                else self.tr("Choose a checklist, then press Enter:")))
        row = QHBoxLayout()
        row.addWidget(self.templates, 1)
        side = QVBoxLayout()
        self.schedule_button = QPushButton(self.tr("When due…"))  # the branch head's: issue 11, item 2
        self.schedule_button.setEnabled(False)
        self.schedule_button.setVisible(self.actor.can(Permission.EDIT_CHECK_TEMPLATES))
        self.schedule_button.clicked.connect(self.edit_schedule)
        for button in (self.start_button, self.edit_button, self.new_button, self.schedule_button):
            side.addWidget(button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row, 2)
        recent_row = QHBoxLayout()
        recent_row.addWidget(QLabel(self.tr("Recent visits: Enter opens one") if self.inspector
                                    else self.tr("Recent checks: Enter opens one")), 1)
        recent_row.addWidget(self.release_button)
        layout.addLayout(recent_row)
        layout.addWidget(self.recent, 3)
        return box

    def _build_runner(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.progress = QLabel()
        self.progress.setWordWrap(True)  # a signed visit has four buttons beside it
        self.keys = QLabel(self.tr("P or 1 pass · F or 2 fail · N or 3 not applicable · R person responsible · "
                                   "Ctrl+Enter sign · Esc back to the list")
                           + (self.tr(" · Ctrl+R release") if self.inspector else ""))
        self.particulars = QLabel()
        self.particulars.setWordWrap(True)
        self.particulars.hide()
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
        self.correct_button = QPushButton(self.tr("Correct the visit…"))
        self.correct_button.clicked.connect(self.correct_visit)
        self.correct_button.hide()
        self.runner_release = QPushButton(self.tr("Release to the branch…"))
        self.runner_release.clicked.connect(self.release)
        self.runner_release.hide()
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
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.runner_release)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.particulars)
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
        checks, staff, actor = self.services.checks, self.services.staff, self.actor

        branch = self.services.branch

        def read() -> Lists:
            if not checks.templates.has_defaults():
                checks.templates.install_defaults()
            people = [(p.id, p.full_name) for p in staff.list_staff(include_inactive=False) if p.role.branch_staff]
            settings = branch.settings()
            zone = settings.zone if settings else dt.timezone.utc
            return checks.templates.templates(), checks.inspections.recent(actor), people, zone
        self.reading = Op(self, read).success(self._show_lists).failure(self._failed).done(self._read_done).run()

    def _read_done(self) -> None:
        self.reading = None

    def _show_lists(self, read: Lists) -> None:
        templates, recent, self.staff, self.zone = read
        chosen = self.templates.currentRow()
        self.templates.clear()
        for template in templates:
            if (template.kind == "mystery") != self.inspector:
                continue  # covert visits are the inspector's, and the inspector records nothing else
            if template.published_number is None:
                if not self.actor.can(Permission.EDIT_CHECK_TEMPLATES):
                    continue
                label = self.tr("{title} (draft, not published yet)").format(title=template.title)
            else:
                label = self.tr("{title} (version {number})").format(title=template.title,
                                                                      number=template.published_number)
            if template.draft_version_id and template.published_number is not None \
                    and self.actor.can(Permission.EDIT_CHECK_TEMPLATES):
                label += self.tr(" · a draft is open")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.templates.addItem(item)
        self.templates.setEnabled(True)
        self.start_button.setEnabled(self.templates.count() > 0)
        self.schedule_button.setEnabled(self.templates.count() > 0)
        self.edit_button.setEnabled(self.templates.count() > 0)
        self.new_button.setEnabled(True)
        self.templates.setCurrentRow(max(0, min(chosen, self.templates.count() - 1)))
        self.summaries = recent
        self.recent.setRowCount(len(recent))
        for row, summary in enumerate(recent):
            result = self._result_text(summary.result)
            if summary.pending_release:
                result += self.tr(" · not released")
            started = summary.started_at.astimezone(self.zone)  # stored in UTC: shown in the branch's time
            fill_row(self.recent, row, [f"{format_date(started.date())} {format_time(started)}",
                                        summary.title, result, self._score_text(summary.earned, summary.possible)])
        self._enable_release()
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
        self._clear_messages()
        if self.inspector:
            self._ask_particulars(template_id=template_id)
            return
        self.start_button.setEnabled(False)
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
            Op(self, lambda: inspections.view(actor, inspection_id)).success(self._begin).failure(self._failed).run()
        else:
            Op(self, lambda: inspections.start(actor, template_id)).success(self._begin).failure(self._failed).run()

    def show_action(self, action_id: str) -> None:
        """From the home page's due list: the corrective actions' tab, this one chosen."""
        self.tabs.setCurrentWidget(self.actions_panel)
        self.actions_panel.select(action_id)

    def edit_template(self) -> None:
        """Open the chosen checklist's draft (a copy of its published version when none is open)."""
        item = self.templates.currentItem()
        if item is None:
            return
        template_id = item.data(Qt.ItemDataRole.UserRole)
        templates, actor = self.services.checks.templates, self.actor
        self._clear_messages()
        self.edit_button.setEnabled(False)
        Op(self, lambda: templates.new_draft(actor, template_id)).success(self._open_editor) \
            .failure(self._failed).done(lambda: self.edit_button.setEnabled(True)).run()

    def new_template(self) -> None:
        self._clear_messages()
        dialog = NewChecklistDialog(self.services, self.actor, self)
        dialog.created.connect(self._open_editor)
        dialog.open()

    def _open_editor(self, draft: VersionView) -> None:
        editor = TemplateEditor(self.services, self.actor, draft, self)
        editor.published.connect(lambda number: self.message.setText(
            self.tr("Version {number} of {title} is published: new checks use it.").format(
                number=number, title=editor.title.text().strip())))
        editor.finished.connect(lambda _result: self.refresh())
        editor.open()

    def _begin(self, inspection: InspectionView) -> None:
        self.inspection = None
        self.current = 0
        self._show(inspection)
        self.stack.setCurrentIndex(1)
        self._select(next((i for i, line in enumerate(inspection.lines) if line.answer is None), 0))

    def open(self, row: int) -> None:
        """Open a recent check (an unsigned one to go on with it)."""
        if not 0 <= row < len(self.summaries):
            return
        inspections, actor, inspection_id = self.services.checks.inspections, self.actor, self.summaries[row].id
        self._clear_messages()
        Op(self, lambda: inspections.view(actor, inspection_id)).success(self._begin).failure(self._failed).run()

    # --- the inspector's visits --------------------------------------------------------------

    def _ask_particulars(self, template_id: str | None = None, visit: InspectionView | None = None) -> None:
        from branchdesk.ui.checks.visits import VisitDialog

        dialog = VisitDialog(self.services, self.actor, self, template_id=template_id, visit=visit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._begin(dialog.result_view) if dialog.result_view else None)
        dialog.open()

    def correct_visit(self) -> None:
        if self.inspection is not None and self.inspection.visit is not None and not self.inspection.signed:
            self._ask_particulars(visit=self.inspection)

    def _release_target(self) -> str | None:
        """The signed, unreleased visit the release button acts on: the open one, or the recent row chosen."""
        if self.stack.currentIndex() == 1:
            shown = self.inspection
            return shown.id if shown is not None and _releasable(shown) else None
        row = self.recent.currentRow()
        if 0 <= row < len(self.summaries):
            summary = self.summaries[row]
            return summary.id if summary.pending_release and summary.signed_at is not None else None
        return None

    def _enable_release(self) -> None:
        self.release_button.setEnabled(self.inspector and self._release_target() is not None)

    def release(self) -> None:
        inspection_id = self._release_target()
        if not self.inspector or inspection_id is None:
            return
        visits, actor = self.services.checks.visits, self.actor

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes.value:
                Op(self, lambda: visits.release(actor, inspection_id)).success(self._released) \
                    .failure(self._failed).run()
        ask(self, QMessageBox.Icon.Question, self.tr("Release the visit"),
            self.tr("Release this visit to the branch? From then on everyone at the branch sees its results, "
                    "and the failed items are followed up. This cannot be undone."),
            self.tr("Release"), self.tr("Cancel"), answered)

    def _released(self, inspection: InspectionView) -> None:
        if self.stack.currentIndex() == 1:
            self._show(inspection)
        self._save_report(inspection, self.tr("Released. The report is saved as <a href=\"{file}\">{path}</a>"))

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
        """Signed: read the report's data on the database lane, then draw and save it on the printing lane.
        Not an unreleased visit's: a file in this PC's Documents folder is the branch's to read."""
        self._show(inspection)
        self.table.setFocus()  # the sign button it may have had is disabled now
        if inspection.visit is not None and inspection.visit.released_at is None:
            self.message.setText(self.tr("Signed. Only inspectors see this visit until you release it "
                                         "(Ctrl+R); its report is saved then."))
            return
        saved = self.tr('Signed. The report is saved as <a href="{file}">{path}</a>')
        if inspection.visit is None and inspection.score.failed_items:  # one action each (checks/actions.py)
            saved += "<br/>" + self.tr("Corrective actions opened for the failed items: {count}. They are on the "
                                       "Corrective actions tab.").format(count=inspection.score.failed_items)
        self._save_report(inspection, saved)

    def _save_report(self, inspection: InspectionView, saved_text: str) -> None:
        inspections, actor = self.services.checks.inspections, self.actor

        def save(data: InspectionReport) -> None:
            name = self.tr("check-{title}-{day}").format(title=data.title, day=f"{data.signed_at:%Y%m%d-%H%M}")
            path = documents_folder() / f"{name}.pdf"

            def write() -> Path:
                from branchdesk.printing.inspection_report import inspection_report_pdf
                from branchdesk.printing.output import save_pdf

                return save_pdf(inspection_report_pdf(data), path)
            Op(self, write, IO).success(lambda path: self._report_saved(saved_text, path)) \
                .failure(self._failed).run()
        Op(self, lambda: inspections.report_data(actor, inspection.id)).success(save).failure(self._failed).run()

    def _report_saved(self, text: str, path: Path) -> None:
        self.message.setText(text.format(file=file_url(path), path=escaped(str(path))))

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
            answer_text = self._answer_text(line)
            # A long text answer (a visit's account) would push the item's own text out of sight: shortened
            # here, whole below the table when the item is chosen.
            short = answer_text if len(answer_text) <= ANSWER_CELL else answer_text[:ANSWER_CELL - 1] + "…"
            fill_row(self.table, row, [str(line.item.position), spec.section, item, short,
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
        self._show_particulars(inspection)
        self._select(self.current, focus=False)

    def _show_particulars(self, inspection: InspectionView) -> None:
        visit = inspection.visit
        self.particulars.setVisible(visit is not None)
        self.correct_button.setVisible(visit is not None and self.inspector and not inspection.signed)
        self.runner_release.setVisible(visit is not None and self.inspector)
        self.runner_release.setEnabled(_releasable(inspection))
        if visit is None:
            return
        at = visit.visited_at.astimezone(self.zone)
        parts = [self.tr("Visit: {day} {time}").format(day=format_date(at.date()), time=format_time(at)),
                 self.tr("window: {window}").format(window=visit.window_label or "—"),
                 self.tr("served by: {name}").format(name=visit.observed_name or self.tr("not known"))]
        if visit.released_at is None:
            parts.append(self.tr("not released: only inspectors see it"))
        else:
            parts.append(self.tr("released {day} by {name}").format(
                day=format_date(visit.released_at.astimezone(self.zone).date()), name=visit.released_by or self.tr("HQ")))
        self.particulars.setText(" · ".join(parts))

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
        given = self._answer_text(line)
        shown = escaped(given) if len(given) > ANSWER_CELL else hints[spec.answer_type]
        self.guidance.setText(f"<b>{escaped(spec.text)}</b>　{escaped(spec.guidance)}<br/>{shown}")
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
