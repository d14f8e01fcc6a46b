"""整改: the corrective actions that failed check items opened (issue 11, item 4), on a tab of the 检查 page.

Keys on the list: D marks the chosen action done (evidence: a text and/or a photo), E finds it effective
(closes it), X not effective (back to open, with a note), A reassigns it (owner, due date), N adds a note.
The service checks who may do what; a refusal shows on the error line. All reads and writes run on the
database lane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.checks.actions import CLOSED, DONE, OPEN, ActionDetail, ActionView
from branchdesk.services.events import CHECKS, STAFF
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import format_date, tr_error
from branchdesk.ui.lane_dialog import LaneDialog
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.queue_stats.export import documents_folder
from branchdesk.ui.tables import LATE_BACKGROUND, LATE_FOREGROUND, fill_row, make_table


class DoneDialog(LaneDialog):
    """Mark an action done, with evidence: what was done, a photo, or both."""

    def __init__(self, services: Services, actor: Actor, action_id: str, item_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.action_id = services, actor, action_id
        self.photo: Path | None = None
        self.setWindowTitle(self.tr("Mark the action done"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        item = QLabel(item_text)
        item.setWordWrap(True)
        item.setStyleSheet("font-weight: bold;")
        layout.addWidget(item)
        layout.addWidget(QLabel(self.tr("What was done (the evidence):")))
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        layout.addWidget(self.evidence)
        row = QHBoxLayout()
        self.photo_button = QPushButton(self.tr("Attach a photo…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_label = QLabel(self.tr("No photo"))
        row.addWidget(self.photo_button)
        row.addWidget(self.photo_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.evidence.setFocus()

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a photo"), str(documents_folder()),
                                              self.tr("Photos (*.jpg *.jpeg *.png)"))
        if name:
            self.photo = Path(name)
            self.photo_label.setText(self.photo.name)

    def write(self) -> Callable[[], ActionDetail]:
        actions, actor, action_id = self.services.checks.actions, self.actor, self.action_id
        text, photo = self.evidence.toPlainText(), self.photo
        return lambda: actions.mark_done(actor, action_id, text, photo)


class NoteDialog(LaneDialog):
    """A text for the action: a note, or what is still wrong when the effect was not there."""

    def __init__(self, title: str, prompt: str, call: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.setFocus()

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def write(self) -> Callable[[], Any]:
        call, text = self.call, self.text.toPlainText()
        return lambda: call(text)


class ReassignDialog(LaneDialog):
    def __init__(self, services: Services, actor: Actor, action: ActionView, staff: list[tuple[str, str]],
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.action = services, actor, action
        self.setWindowTitle(self.tr("Reassign the action"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.owner = QComboBox()
        for staff_id, name in staff:
            self.owner.addItem(name, staff_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(action.owner_id)))
        self.due = QDateEdit(QDate(action.due_on.year, action.due_on.month, action.due_on.day))
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due by"), self.due)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def write(self) -> Callable[[], ActionDetail]:
        actions, actor, action_id = self.services.checks.actions, self.actor, self.action.id
        owner, reason = self.owner.currentData(), self.reason.text()
        due = self.due.date().toPython()
        assert isinstance(due, dt.date)
        return lambda: actions.reassign(actor, action_id, owner, due, reason)


class ActionsPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.rows: list[ActionView] = []
        self.staff: list[tuple[str, str]] = []
        self.zone: dt.tzinfo = dt.timezone.utc
        self.today = dt.date.today()
        self.wanted: str | None = None  # the action to select when the list lands
        self.reading: Op | None = None
        self.show_closed = QCheckBox(self.tr("Show closed actions"))
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        self.table = make_table([self.tr("Status"), self.tr("Check"), self.tr("Failed item"), self.tr("Owner"),
                                 self.tr("Due by")])
        header = self.table.horizontalHeader()
        for column in range(5):  # the failed item takes the room the others leave
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.table.doubleClicked.connect(lambda _index: self.mark_done())
        self.keys = QLabel(self.tr("D done · E effective · X not effective · A reassign · N note"))
        self.keys.setWordWrap(True)
        self.steps = QPlainTextEdit()  # read-only, wrapped: evidence may run to paragraphs
        self.steps.setReadOnly(True)
        self.steps.setTabChangesFocus(True)
        self.done_button = QPushButton(self.tr("Done…"))
        self.effective_button = QPushButton(self.tr("Effective"))
        self.not_effective_button = QPushButton(self.tr("Not effective…"))
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.note_button = QPushButton(self.tr("Note…"))
        for button, slot in ((self.done_button, self.mark_done), (self.effective_button, self.effective),
                             (self.not_effective_button, self.not_effective), (self.reassign_button, self.reassign),
                             (self.note_button, self.note)):
            button.clicked.connect(slot)
            button.setEnabled(False)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.keys, 1)
        top.addWidget(self.show_closed)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.effective_button, self.not_effective_button, self.reassign_button,
                       self.note_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Steps")))
        layout.addWidget(self.steps, 2)
        layout.addWidget(self.error)
        on_change(self, services, {CHECKS, STAFF}, self.refresh)
        self.refresh()

    def status_text(self, action: ActionView) -> str:
        if action.status == CLOSED:
            return self.tr("Closed")
        if action.status == DONE:
            return self.tr("Done, effect to check")
        if action.overdue(self.today):
            return self.tr("Overdue by {days} d").format(days=(self.today - action.due_on).days)
        return self.tr("Open")

    # --- reading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.property("stale"):  # a change was announced while the tab was hidden
            self.refresh()

    def refresh(self) -> None:
        self.setProperty("stale", False)
        if self.reading is not None:
            return
        actions, staff, branch = self.services.checks.actions, self.services.staff, self.services.branch
        closed = self.show_closed.isChecked()

        def read() -> tuple[list[ActionView], list[tuple[str, str]], dt.tzinfo, dt.date]:
            settings = branch.settings()
            zone: dt.tzinfo = settings.zone if settings else dt.timezone.utc
            people = [(p.id, p.full_name) for p in staff.list_staff(include_inactive=False)]
            return actions.listing(include_closed=closed), people, zone, actions.today()
        self.reading = Op(self, read).success(self._show).failure(self._failed) \
            .done(self._read_done).run()

    def _read_done(self) -> None:
        self.reading = None

    def _show(self, read: tuple[list[ActionView], list[tuple[str, str]], dt.tzinfo, dt.date]) -> None:
        chosen = self.current()
        self.rows, self.staff, self.zone, self.today = read
        self.table.setRowCount(len(self.rows))
        for row, action in enumerate(self.rows):
            signed = action.check_signed_at.astimezone(self.zone) if action.check_signed_at else None
            check = action.check_title + (f" {signed:%m-%d}" if signed else "")
            overdue = action.overdue(self.today)
            fill_row(self.table, row, [self.status_text(action), check, action.item_text,
                                       action.owner_name, format_date(action.due_on)],
                     LATE_BACKGROUND if overdue else None, LATE_FOREGROUND if overdue else None)
        wanted = self.wanted or (chosen.id if chosen else None)
        if self.wanted is not None:
            self.table.setFocus()  # asked for from the home page: the keys work at once
        self.wanted = None
        ids = [a.id for a in self.rows]
        row = ids.index(wanted) if wanted in ids else (0 if ids else -1)
        if row >= 0:
            self.table.setCurrentCell(row, 2)
        self._chosen(row)

    def select(self, action_id: str) -> None:
        """Choose this action once the list has landed (from the home page's due list)."""
        ids = [a.id for a in self.rows]
        if action_id in ids:
            self.table.setCurrentCell(ids.index(action_id), 2)
        else:
            self.wanted = action_id
            self.refresh()
        self.table.setFocus()

    def current(self) -> ActionView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _chosen(self, row: int) -> None:
        action = self.rows[row] if 0 <= row < len(self.rows) else None
        self.done_button.setEnabled(action is not None and action.status == OPEN)
        for button in (self.effective_button, self.not_effective_button):
            button.setEnabled(action is not None and action.status == DONE)
        self.reassign_button.setEnabled(action is not None and action.status != CLOSED)
        self.note_button.setEnabled(action is not None)
        if action is None:
            self.steps.clear()
            return
        actions, action_id = self.services.checks.actions, action.id
        Op(self, lambda: actions.get(action_id)).success(self._show_steps).failure(self._failed).run()

    def _show_steps(self, detail: ActionDetail) -> None:
        current = self.current()
        if current is None or current.id != detail.action.id:
            return
        self.steps.setPlainText("\n".join(f"{step.at.astimezone(self.zone):%Y-%m-%d %H:%M}  {self._step_text(step)}"
                                           for step in detail.steps))

    def _step_text(self, step: Any) -> str:
        who = step.staff_name or self.tr("the check's signing")
        if step.kind == "open":
            return self.tr("Opened by {who}; owner {owner}, due by {due}").format(
                who=who, owner=step.owner_name or "", due=format_date(step.due_on) if step.due_on else "")
        if step.kind == "reassign":
            text = self.tr("{who} reassigned it to {owner}, due by {due}").format(
                who=who, owner=step.owner_name or "", due=format_date(step.due_on) if step.due_on else "")
        elif step.kind == "done":
            text = self.tr("{who} marked it done").format(who=who)
        elif step.kind == "effective":
            text = self.tr("{who} found it effective: closed").format(who=who)
        elif step.kind == "not_effective":
            text = self.tr("{who} found it not effective: open again").format(who=who)
        else:
            text = self.tr("{who} noted").format(who=who)
        if step.text:
            text = self.tr("{step}: {text}").format(step=text, text=step.text)
        if step.photo_sha256:
            text += " " + self.tr("(photo, SHA-256 {digest}…)").format(digest=step.photo_sha256[:16])
        return str(text)

    # --- writing ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            keys = {Qt.Key.Key_D: self.done_button, Qt.Key.Key_E: self.effective_button,
                    Qt.Key.Key_X: self.not_effective_button, Qt.Key.Key_A: self.reassign_button,
                    Qt.Key.Key_N: self.note_button}
            button = keys.get(Qt.Key(event.key()))
            if button is not None:
                if button.isEnabled():
                    button.click()
                return True
        return super().eventFilter(watched, event)

    def mark_done(self) -> DoneDialog | None:
        action = self.current()
        if action is None or action.status != OPEN:
            return None
        self.error.clear()
        dialog = DoneDialog(self.services, self.actor, action.id, action.item_text, self)
        dialog.open()
        return dialog

    def effective(self) -> None:
        action = self.current()
        if action is None:
            return
        actions, actor, action_id = self.services.checks.actions, self.actor, action.id
        self.error.clear()
        Op(self, lambda: actions.check_effect(actor, action_id, True)).failure(self._failed).run()

    def not_effective(self) -> NoteDialog | None:
        action = self.current()
        if action is None:
            return None
        actions, actor, action_id = self.services.checks.actions, self.actor, action.id
        dialog = NoteDialog(self.tr("Not effective"), self.tr("What is still wrong?"),
                            lambda text: actions.check_effect(actor, action_id, False, text), self)
        dialog.open()
        return dialog

    def note(self) -> NoteDialog | None:
        action = self.current()
        if action is None:
            return None
        actions, actor, action_id = self.services.checks.actions, self.actor, action.id
        dialog = NoteDialog(self.tr("Add a note"), self.tr("The note (a correction of an earlier step is a note "
                                                           "too; the step itself stays):"),
                            lambda text: actions.add_note(actor, action_id, text), self)
        dialog.open()
        return dialog

    def reassign(self) -> ReassignDialog | None:
        action = self.current()
        if action is None:
            return None
        dialog = ReassignDialog(self.services, self.actor, action, self.staff, self.today, self)
        dialog.open()
        return dialog

    def _failed(self, err: UserError) -> None:
        self.error.setText(tr_error(err))
