"""The branch head's entries: a weekly evaluation on the form's criteria, a monthly target, a figure
achieved on an entered target. Each saves a new entry (a correction too); the earlier stay in sight."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from branchdesk.services import Services
from branchdesk.services.roles import Actor
from branchdesk.services.staff_score import rules
from branchdesk.services.staff_score.monthly import COMPUTED
from branchdesk.services.staff_score.views import EvaluationEntry, StaffTargets
from branchdesk.ui.i18n import tr_text
from branchdesk.ui.lane_dialog import LaneDialog
from branchdesk.ui.staff_score.labels import target_label, week_span

People = list[tuple[str, str]]  # (staff id, name)


class _EntryDialog(LaneDialog):
    def __init__(self, services: Services, actor: Actor, title: str, people: People, chosen: str | None,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.person = QComboBox()
        for staff_id, name in people:
            self.person.addItem(name, staff_id)
        if chosen:
            self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(QCoreApplication.translate("_EntryDialog", "Person"), self.person)
        self.note = QLineEdit()
        self.note.setMaxLength(rules.MAX_NOTE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)


class EvaluationDialog(_EntryDialog):
    """The weekly evaluation form: a score for each criterion, up to its maximum (the service refuses more
    with a message naming the criterion's number), the total shown as it is typed."""

    def __init__(self, services: Services, actor: Actor, people: People, chosen: str | None, month: str,
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, self.tr("Weekly evaluation"), people, chosen, parent)
        self.week = QComboBox()
        weeks = [w for w in rules.month_weeks(month) if w <= today]
        for monday in weeks:
            self.week.addItem(week_span(monday), monday)
        if weeks:
            self.week.setCurrentIndex(len(weeks) - 1)
        self.form.addRow(self.tr("Week"), self.week)
        self.spins: dict[str, QSpinBox] = {}
        for number, criterion in enumerate(rules.CRITERIA, start=1):
            spin = QSpinBox()
            spin.setRange(0, 99)  # a score above the maximum reaches the service, which says what is allowed
            spin.setToolTip(tr_text(criterion.guidance))
            spin.valueChanged.connect(self._total)
            self.spins[criterion.code] = spin
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(self.tr("of {top}").format(top=criterion.maximum)))
            guidance = QLabel(tr_text(criterion.guidance))
            guidance.setWordWrap(True)
            guidance.setStyleSheet("color: #555555;")
            row.addWidget(guidance, 1)
            self.form.addRow(f"{number}. {tr_text(criterion.title)}", row)
        self.total = QLabel()
        self.form.addRow(self.tr("Total"), self.total)
        self.form.addRow(self.tr("Note"), self.note)
        self.person.currentIndexChanged.connect(self._read_week)
        self.week.currentIndexChanged.connect(self._read_week)
        self._total()
        self._read_week()

    def _total(self) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        self.total.setText(self.tr("{total} of {top}").format(total=total, top=rules.WEEKLY_MAX))

    def _read_week(self) -> None:
        staff_id, monday = self.person.currentData(), self.week.currentData()
        if not staff_id or monday is None:
            return
        score, actor = self.services.staff_score, self.actor
        self.load(lambda: score.week_entries(actor, staff_id, monday), self._show_week)

    def _show_week(self, entries: list[EvaluationEntry]) -> None:
        if not entries:
            self.hint.setText(self.tr("Not evaluated yet this week."))
            for spin in self.spins.values():
                spin.setValue(0)
            return
        latest = entries[-1]
        for code, spin in self.spins.items():
            spin.setValue(latest.scores.get(code, 0))
        self.note.setText(latest.note)
        self.hint.setText(self.tr("Evaluated {total} of 50 by {who} at {when}. Saving adds a correction; the "
                                  "earlier evaluation stays listed.").format(
            total=latest.total, who=latest.evaluated_by, when=f"{latest.evaluated_at:%Y-%m-%d %H:%M}"))

    def write(self) -> Callable[[], Any] | None:
        staff_id, monday = self.person.currentData(), self.week.currentData()
        if monday is None:
            self.error.setText(self.tr("No week of this month has begun yet."))
            return None
        scores = {code: spin.value() for code, spin in self.spins.items()}
        note, score, actor = self.note.text(), self.services.staff_score, self.actor
        return lambda: score.evaluate(actor, staff_id, monday, scores, note)


class TargetDialog(_EntryDialog):
    """One monthly target: its kind, goal and points (0 withdraws it; together at most 30)."""

    def __init__(self, services: Services, actor: Actor, people: People, chosen: str | None, month: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, self.tr("Monthly target for {month}").format(month=month), people,
                         chosen, parent)
        self.month = month
        self.kind = QComboBox()
        for kind in rules.TARGET_KINDS:
            suffix = self.tr(" (counted)") if kind in COMPUTED else self.tr(" (entered)")
            self.kind.addItem(target_label(kind) + suffix, kind)
        self.goal = QSpinBox()
        self.goal.setRange(0, rules.MAX_GOAL)
        self.points = QSpinBox()
        self.points.setRange(0, 99)  # more than 30 in all reaches the service, which says so
        self.form.addRow(self.tr("Target"), self.kind)
        self.form.addRow(self.tr("Goal"), self.goal)
        self.form.addRow(self.tr("Worth (points)"), self.points)
        self.form.addRow(self.tr("Note"), self.note)
        self.targets: StaffTargets | None = None
        self.person.currentIndexChanged.connect(self._read)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._read()

    def _read(self) -> None:
        staff_id = self.person.currentData()
        if not staff_id:
            return
        score, actor, month = self.services.staff_score, self.actor, self.month
        self.load(lambda: score.targets(actor, staff_id, month), self._show)

    def _show(self, targets: StaffTargets) -> None:
        self.targets = targets
        self._show_kind()

    def _show_kind(self) -> None:
        if self.targets is None:
            return
        current = self.targets.targets.get(self.kind.currentData())
        used = sum(t.points for k, t in self.targets.targets.items() if k != self.kind.currentData())
        self.goal.setValue(current.goal if current else 0)
        self.points.setValue(current.points if current else 0)
        self.note.setText(current.note if current else "")
        self.hint.setText(self.tr("Other targets of the month are worth {used} points; all together at most "
                                  "{top}. 0 points withdraws the target.").format(used=used, top=rules.TARGETS_MAX))

    def write(self) -> Callable[[], Any] | None:
        staff_id, kind, goal, points = (self.person.currentData(), self.kind.currentData(), self.goal.value(),
                                        self.points.value())
        note, score, actor, month = self.note.text(), self.services.staff_score, self.actor, self.month
        return lambda: score.set_target(actor, staff_id, month, kind, goal, points, note)


class FigureDialog(_EntryDialog):
    """What a person achieved on an entered target (activity sign-ins, gifts issued, other)."""

    def __init__(self, services: Services, actor: Actor, people: People, chosen: str | None, month: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, actor, self.tr("Figure achieved in {month}").format(month=month), people,
                         chosen, parent)
        self.month = month
        self.kind = QComboBox()
        for kind in rules.TARGET_KINDS:
            if kind not in COMPUTED:
                self.kind.addItem(target_label(kind), kind)
        self.value = QSpinBox()
        self.value.setRange(0, rules.MAX_GOAL)
        self.form.addRow(self.tr("Target"), self.kind)
        self.form.addRow(self.tr("Achieved"), self.value)
        self.form.addRow(self.tr("Note"), self.note)
        self.targets: StaffTargets | None = None
        self.person.currentIndexChanged.connect(self._read)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._read()

    def _read(self) -> None:
        staff_id = self.person.currentData()
        if not staff_id:
            return
        score, actor, month = self.services.staff_score, self.actor, self.month
        self.load(lambda: score.targets(actor, staff_id, month), self._show)

    def _show(self, targets: StaffTargets) -> None:
        self.targets = targets
        self._show_kind()

    def _show_kind(self) -> None:
        if self.targets is None:
            return
        kind = self.kind.currentData()
        target, figure = self.targets.targets.get(kind), self.targets.figures.get(kind)
        self.value.setValue(figure.value if figure else 0)
        if target is None:
            self.hint.setText(self.tr("This target is not set for the month."))
        else:
            self.hint.setText(self.tr("Goal {goal}, worth {points} points. Saving adds an entry; the latest "
                                      "counts.").format(goal=target.goal, points=target.points))

    def write(self) -> Callable[[], Any] | None:
        staff_id, kind, value = self.person.currentData(), self.kind.currentData(), self.value.value()
        note, score, actor, month = self.note.text(), self.services.staff_score, self.actor, self.month
        return lambda: score.enter_figure(actor, staff_id, month, kind, value, note)
