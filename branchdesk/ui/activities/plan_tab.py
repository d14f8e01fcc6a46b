"""The plan tab: name, theme, poster text, target customers, event days and goals (while a draft), and
the three phases' owners and deliverables (until the activity closes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from branchdesk.services.activities.plans import GOALS, PHASES, SEGMENTS, PlanInput, parse_days
from branchdesk.ui.activities.labels import goal_label, phase_label, segment_label
from branchdesk.ui.activities.snapshot import Snapshot
from branchdesk.ui.forms import fill_with_scroll
from branchdesk.ui.i18n import format_date

if TYPE_CHECKING:
    from branchdesk.ui.activities.page import ActivitiesPage

MESSAGE_STYLE = "color: #9b0000;"


def staff_combo(combo: QComboBox, people, chosen: str | None, none_text: str) -> None:
    combo.clear()
    combo.addItem(none_text, "")
    for person in people:
        combo.addItem(person.full_name, person.id)
    combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))


class PlanTab(QWidget):
    def __init__(self, page: ActivitiesPage) -> None:
        super().__init__()
        self.page = page
        self.creating = False
        self.data: Snapshot | None = None
        inner = QWidget()
        self.name = QLineEdit()
        self.theme = QLineEdit()
        self.poster_text = QPlainTextEdit()
        self.poster_text.setTabChangesFocus(True)  # Tab moves on: keyboard users fill the form in one go
        self.poster_text.setFixedHeight(80)
        self.segments = {code: QCheckBox(segment_label(code)) for code in SEGMENTS}
        segment_row = QGridLayout()
        for i, check in enumerate(self.segments.values()):
            segment_row.addWidget(check, i // 3, i % 3)
        self.days = QLineEdit()
        self.days.setPlaceholderText(self.tr("e.g. 2026-12-05, 12-10, 12-15"))
        self.goals: dict[str, QSpinBox | QDoubleSpinBox] = {}
        goal_row = QGridLayout()  # two goals a row: four side by side overflow at 1280 px in Chinese
        for i, code in enumerate(GOALS):
            box: QSpinBox | QDoubleSpinBox
            if code == "satisfaction":
                box = QDoubleSpinBox()
                box.setRange(0, 5)
                box.setDecimals(1)
                box.setSingleStep(0.1)
            else:
                box = QSpinBox()
                box.setRange(0, 100_000)
            box.setSpecialValueText("—")  # 0: no goal of this kind
            self.goals[code] = box
            goal_row.addWidget(QLabel(goal_label(code)), i // 2, (i % 2) * 2)
            goal_row.addWidget(box, i // 2, (i % 2) * 2 + 1)
        goal_row.setColumnStretch(4, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Poster text"), self.poster_text)
        form.addRow(self.tr("Target customers"), segment_row)
        form.addRow(self.tr("Event days"), self.days)
        form.addRow(self.tr("Goals"), goal_row)
        self.save_button = QPushButton(self.tr("Save the plan"))
        self.save_button.clicked.connect(self.save)
        self.state_note = QLabel()
        self.state_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        save_row = QHBoxLayout()
        save_row.addWidget(self.state_note, 1)
        save_row.addWidget(self.save_button)

        phases_title = QLabel(self.tr("Phases: owner and deliverables"))
        phases_title.setStyleSheet("font-weight: bold;")
        phase_grid = QGridLayout()
        self.phase_owner: dict[str, QComboBox] = {}
        self.phase_text: dict[str, QLineEdit] = {}
        for row, kind in enumerate(PHASES):
            owner, text = QComboBox(), QLineEdit()
            text.setPlaceholderText(self.tr("Deliverables"))
            self.phase_owner[kind], self.phase_text[kind] = owner, text
            phase_grid.addWidget(QLabel(phase_label(kind)), row, 0)
            phase_grid.addWidget(owner, row, 1)
            phase_grid.addWidget(text, row, 2)
        phase_grid.setColumnStretch(2, 1)
        self.phases_button = QPushButton(self.tr("Save the phases"))
        self.phases_button.clicked.connect(self.save_phases)
        phases_row = QHBoxLayout()
        phases_row.addStretch(1)
        phases_row.addWidget(self.phases_button)

        layout = QVBoxLayout(inner)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addSpacing(8)
        layout.addWidget(phases_title)
        layout.addLayout(phase_grid)
        layout.addLayout(phases_row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        fill_with_scroll(self, inner)

    def show_data(self, data: Snapshot) -> None:
        self.data = data
        if self.creating:
            return
        detail = data.detail
        editable = self.page.manager and detail is not None and detail.status == "draft"
        for widget in [self.name, self.theme, self.poster_text, self.days, *self.segments.values(),
                       *self.goals.values()]:
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        running = self.page.manager and detail is not None and detail.status != "closed"
        for kind in PHASES:
            self.phase_owner[kind].setEnabled(running)
            self.phase_text[kind].setEnabled(running)
        self.phases_button.setEnabled(running)
        if detail is None:
            self._fill(None)
            self.state_note.setText("")
            return
        self._fill(detail)
        self.state_note.setText({
            "draft": self.tr("A draft: change anything, then start it."),
            "running": self.tr("Running: the name, days, goals and poster text are fixed."),
            "closed": self.tr("Closed: read-only."),
        }[detail.status])

    def _fill(self, detail) -> None:
        self.name.setText(detail.name if detail else "")
        self.theme.setText(detail.theme if detail else "")
        self.poster_text.setPlainText(detail.poster_text if detail else "")
        for code, box in self.segments.items():
            box.setChecked(bool(detail) and code in detail.target_segments)
        self.days.setText(", ".join(d.day.isoformat() for d in detail.days) if detail else "")
        for code, spin in self.goals.items():
            spin.setValue(detail.goals.get(code, 0) if detail else 0)
        people = self.data.people if self.data else []
        phases = {p.kind: p for p in detail.phases} if detail else {}
        for kind in PHASES:
            phase = phases.get(kind)
            staff_combo(self.phase_owner[kind], people, phase.owner_id if phase else None, self.tr("— owner —"))
            self.phase_text[kind].setText(phase.deliverables if phase else "")

    def start_new(self) -> None:
        self.creating = True
        self._fill(None)
        for widget in [self.name, self.theme, self.poster_text, self.days, *self.segments.values(),
                       *self.goals.values(), self.save_button]:
            widget.setEnabled(True)
        self.state_note.setText(self.tr("A new plan: it is saved as a draft."))
        self.message.clear()
        self.name.setFocus()

    def save(self) -> None:
        today = self.data.today if self.data else None
        if today is None:
            return
        plans, actor = self.page.services.activities.plans, self.page.actor
        name, theme, text, days_text = (self.name.text(), self.theme.text(), self.poster_text.toPlainText(),
                                        self.days.text())
        segments = tuple(code for code, box in self.segments.items() if box.isChecked())
        goals = {code: float(spin.value()) for code, spin in self.goals.items()}
        creating = self.creating
        detail = self.data.detail if self.data else None

        def write():
            plan = PlanInput(name, theme, text, segments, parse_days(days_text, today), goals)
            if creating or detail is None:
                return plans.create(actor, plan)
            return plans.update(actor, detail.id, plan)

        def saved(result) -> None:
            self.creating = False
            self.page.show_created(result.id)
        self.page.write(write, self.message, saved)

    def save_phases(self) -> None:
        detail = self.data.detail if self.data else None
        if detail is None:
            return
        plans, actor, activity_id = self.page.services.activities.plans, self.page.actor, detail.id
        wanted = [(kind, self.phase_owner[kind].currentData() or None, self.phase_text[kind].text())
                  for kind in PHASES]

        def write():
            for kind, owner, text in wanted:
                plans.set_phase(actor, activity_id, kind, owner, text)
        self.page.write(write, self.message)


def day_list(days) -> str:
    return ", ".join(format_date(d.day) for d in days)
