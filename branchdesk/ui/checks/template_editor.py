"""Editing a checklist (issue 11, item 1): a draft version is changed here and then published.

The dialog works on a copy of the draft's items. 保存草稿 replaces the draft's items in one write;
发布 saves and then publishes, both on the database lane in that order, so the published version is
exactly what is on screen. A published version is never opened here: the page asks the service for the
template's draft (a copy of the latest published version when none is open) first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.checks.defaults import ItemSpec
from branchdesk.services.checks.scoring import NUMBER, PASS_FAIL, PHOTO, SCORE, TEXT
from branchdesk.services.checks.templates import VersionView
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op
from branchdesk.ui.tables import fill_row, make_table

ANSWER_TYPES = (PASS_FAIL, SCORE, NUMBER, TEXT, PHOTO)


def _limit(text: str) -> float | None:
    """A limit as typed; empty is no limit. Full-width digits from an input method count."""
    cleaned = text.strip().replace("，", ".").replace("．", ".")
    if not cleaned:
        return None
    return float(cleaned.translate({0xFF10 + d: ord("0") + d for d in range(10)}))


def _shown(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class TemplateEditor(QDialog):
    """One draft's title and items; emits `published` with the new version's number."""

    published = Signal(int)

    def __init__(self, services: Services, actor: Actor, draft: VersionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.draft = draft
        self.items: list[ItemSpec] = [item.spec for item in draft.items]
        self.current = -1
        self.setWindowTitle(self.tr("Edit checklist: {title} (draft version {number})").format(
            title=draft.title, number=draft.number))
        self.resize(1100, 640)
        self.title = QLineEdit(draft.title)
        self.title.setMaxLength(100)
        self.table = make_table([self.tr("No."), self.tr("Section"), self.tr("Item"), self.tr("Answer type"),
                                 self.tr("Weight"), self.tr("Critical")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 2
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("Title")))
        title_row.addWidget(self.title, 1)
        layout.addLayout(title_row)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self._build_form())
        layout.addLayout(body, 1)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.message = QLabel()
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_item)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save())
        self._show_items(0 if self.items else -1)

    # --- building ----------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        self.section = QLineEdit()
        self.section.setMaxLength(60)
        self.text = QLineEdit()
        self.text.setMaxLength(200)
        self.guidance = QPlainTextEdit()
        self.guidance.setTabChangesFocus(True)
        self.answer_type = QComboBox()
        labels = {PASS_FAIL: self.tr("Pass / fail / not applicable"), SCORE: self.tr("A score"),
                  NUMBER: self.tr("A number within limits"), TEXT: self.tr("Text"), PHOTO: self.tr("A photo")}
        for kind in ANSWER_TYPES:
            self.answer_type.addItem(labels[kind], kind)
        # The table's column is narrow: a word each.
        self.short_labels = {PASS_FAIL: self.tr("Pass/fail"), SCORE: self.tr("Score"), NUMBER: self.tr("Number"),
                             TEXT: self.tr("Text"), PHOTO: self.tr("Photo")}
        self.answer_type.currentIndexChanged.connect(lambda _index: self._enable_type_fields())
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.5, 100)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.critical = QCheckBox(self.tr("Critical: a fail fails the check"))
        self.max_score = QSpinBox()
        self.max_score.setRange(1, 100)
        self.min_value = QLineEdit()
        self.max_value = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setMaxLength(20)
        for field in (self.section, self.text):  # the table shows what is typed, not only once the row is left
            field.textEdited.connect(self._show_typed)
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Section"), self.section)
        form.addRow(self.tr("Item"), self.text)
        form.addRow(self.tr("Guidance"), self.guidance)
        form.addRow(self.tr("Answer type"), self.answer_type)
        form.addRow(self.tr("Weight"), self.weight)
        form.addRow("", self.critical)
        form.addRow(self.tr("Top score"), self.max_score)
        form.addRow(self.tr("Lowest allowed"), self.min_value)
        form.addRow(self.tr("Highest allowed"), self.max_value)
        form.addRow(self.tr("Unit"), self.unit)
        box.setMaximumWidth(440)
        self.form_box = box
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add item (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove item"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.save_button = QPushButton(self.tr("Save draft (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.clicked.connect(self.publish)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.save_button, self.publish_button, close):
            row.addWidget(button)
        return row

    # --- the items, in memory until saved ------------------------------------------------------

    def _show_items(self, select: int) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, spec in enumerate(self.items):
            fill_row(self.table, row, [str(row + 1), spec.section, spec.text, self.short_labels[spec.answer_type],
                                       f"{spec.weight:g}", self.tr("Yes") if spec.critical else ""])
        self.table.blockSignals(False)
        self.current = -1
        self._select(select)
        if 0 <= select < len(self.items):
            self.table.selectRow(select)

    def _select(self, row: int) -> None:
        """Keep what was typed for the item left, then show the one chosen."""
        if row == self.current:
            return
        self._take_form()
        self.current = row if 0 <= row < len(self.items) else -1
        self.form_box.setEnabled(self.current >= 0)
        spec = self.items[self.current] if self.current >= 0 else ItemSpec("", "")
        self.section.setText(spec.section)
        self.text.setText(spec.text)
        self.guidance.setPlainText(spec.guidance)
        self.answer_type.setCurrentIndex(ANSWER_TYPES.index(spec.answer_type))
        self.weight.setValue(spec.weight)
        self.critical.setChecked(spec.critical)
        self.max_score.setValue(spec.max_score or 5)
        self.min_value.setText(_shown(spec.min_value))
        self.max_value.setText(_shown(spec.max_value))
        self.unit.setText(spec.unit or "")
        self._enable_type_fields()
        self.remove_button.setEnabled(self.current >= 0)

    def _show_typed(self) -> None:
        for column, typed in ((1, self.section.text()), (2, self.text.text())):
            cell = self.table.item(self.current, column) if self.current >= 0 else None
            if cell is not None:
                cell.setText(typed.strip())

    def _enable_type_fields(self) -> None:
        kind = self.answer_type.currentData()
        self.max_score.setEnabled(kind == SCORE)
        for field in (self.min_value, self.max_value, self.unit):
            field.setEnabled(kind == NUMBER)
        self.critical.setEnabled(kind in (PASS_FAIL, SCORE, NUMBER))

    def _take_form(self) -> bool:
        """Write the form back into the item shown; False (and a message) if a limit is not a number."""
        if not 0 <= self.current < len(self.items):
            return True
        kind = self.answer_type.currentData()
        try:
            low, high = _limit(self.min_value.text()), _limit(self.max_value.text())
        except ValueError:
            self.error.setText(self.tr("Item {number}: the limits must be numbers, such as 18 or 0.5.").format(
                number=self.current + 1))
            return False
        self.items[self.current] = replace(
            self.items[self.current], section=self.section.text().strip(), text=self.text.text().strip(),
            guidance=self.guidance.toPlainText().strip(), answer_type=kind, weight=self.weight.value(),
            critical=self.critical.isChecked() and kind in (PASS_FAIL, SCORE, NUMBER),
            max_score=self.max_score.value() if kind == SCORE else None,
            min_value=low if kind == NUMBER else None, max_value=high if kind == NUMBER else None,
            unit=(self.unit.text().strip() or None) if kind == NUMBER else None,
        )
        fill_row(self.table, self.current, [str(self.current + 1), self.items[self.current].section,
                                            self.items[self.current].text, self.short_labels[kind],
                                            f"{self.weight.value():g}",
                                            self.tr("Yes") if self.items[self.current].critical else ""])
        return True

    def add_item(self) -> None:
        self._take_form()
        section = self.items[self.current].section if self.current >= 0 else ""
        at = self.current + 1 if self.current >= 0 else len(self.items)
        self.items.insert(at, ItemSpec(section, ""))
        self._show_items(at)
        self.text.setFocus()

    def remove_item(self) -> None:
        if self.current < 0:
            return
        at = self.current
        del self.items[at]
        self.current = -1  # the removed item's form is not written back
        self._show_items(min(at, len(self.items) - 1))

    def move_item(self, step: int) -> None:
        to = self.current + step
        if self.current < 0 or not 0 <= to < len(self.items) or not self._take_form():
            return
        self.items[self.current], self.items[to] = self.items[to], self.items[self.current]
        self._show_items(to)

    # --- saving and publishing ------------------------------------------------------------------

    def save(self, then_publish: bool = False) -> None:
        self.error.clear()
        self.message.clear()
        if not self._take_form():
            return
        templates, actor, version_id = self.services.checks.templates, self.actor, self.draft.id
        title, items = self.title.text(), list(self.items)

        def write() -> VersionView:
            saved = templates.edit_draft(actor, version_id, title, items)
            return templates.publish(actor, version_id) if then_publish else saved
        self._busy(True)
        Op(self, write).success(self._saved).failure(self._refused).done(lambda: self._busy(False)).run()

    def publish(self) -> None:
        self.save(then_publish=True)

    def _saved(self, version: VersionView) -> None:
        self.draft = version
        if version.published:
            self.published.emit(version.number)
            self.accept()
        else:
            self.message.setText(self.tr("Draft saved: {count} items.").format(count=len(version.items)))

    def _refused(self, err: UserError) -> None:
        self.error.setText(tr_error(err))

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.publish_button):
            button.setEnabled(not busy)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Enter in a field must not close the dialog (QDialog's default button behaviour) and lose the edits.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)


class NewChecklistDialog(QDialog):
    """The kind and title of a checklist of the branch's own; emits `created` with its empty draft."""

    created = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("New checklist"))
        self.kind = QComboBox()
        for kind, label in (("opening", self.tr("Opening check")), ("closing", self.tr("Closing check")),
                            ("weekly", self.tr("Weekly inspection"))):
            self.kind.addItem(label, kind)
        self.title = QLineEdit()
        self.title.setMaxLength(100)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_checklist)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.title.setFocus()

    def create_checklist(self) -> None:
        templates, actor = self.services.checks.templates, self.actor
        kind, title = self.kind.currentData(), self.title.text()
        self.create_button.setEnabled(False)
        Op(self, lambda: templates.create(actor, kind, title)).success(self._created) \
            .failure(lambda err: self.error.setText(tr_error(err))) \
            .done(lambda: self.create_button.setEnabled(True)).run()

    def _created(self, draft: VersionView) -> None:
        self.created.emit(draft)
        self.accept()
