"""Form pieces shared by the wizard, the settings page and the staff dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QScrollArea,
    QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from branchdesk.services import secrets
from branchdesk.services.branch import (
    DEFAULT_TIMEZONE, BranchSettings, DayHours, hours_warnings, standard_week,
)
from branchdesk.ui.i18n import warning_text, weekday_name
from branchdesk.ui.reflow import Reflow
from branchdesk.ui.wheel import wheel_scrolls_page

TIMEZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")


def fill_with_scroll(page: QWidget, inner: QWidget) -> None:
    """Make `inner` the scrollable content of `page` (long forms on small screens); its combo and spin boxes
    leave the wheel to the page unless focused."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    wheel_scrolls_page(scroll)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class HoursEditor(QWidget):
    """Opening hours for each weekday, with a "closed" box per day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Opens")), 0, 1)
        grid.addWidget(QLabel(self.tr("Closes")), 0, 2)
        self.rows: list[tuple[QTimeEdit, QTimeEdit, QCheckBox]] = []
        for day in range(7):
            opens, closes = QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
                edit.timeChanged.connect(self.changed)
            closed = QCheckBox(self.tr("closed"))
            closed.toggled.connect(self._sync_enabled)
            closed.toggled.connect(self.changed)
            grid.addWidget(QLabel(weekday_name(day)), day + 1, 0)
            grid.addWidget(opens, day + 1, 1)
            grid.addWidget(closes, day + 1, 2)
            grid.addWidget(closed, day + 1, 3)
            self.rows.append((opens, closes, closed))
        self.set_hours(standard_week())

    def _sync_enabled(self) -> None:
        for opens, closes, closed in self.rows:
            opens.setEnabled(not closed.isChecked())
            closes.setEnabled(not closed.isChecked())

    def set_hours(self, hours: list[DayHours]) -> None:
        by_day = {h.weekday: h for h in hours}
        for day, (opens, closes, closed) in enumerate(self.rows):
            h = by_day.get(day, DayHours(day))
            closed.setChecked(not h.is_open)
            if h.opens is not None and h.closes is not None:
                opens.setTime(_qtime(h.opens))
                closes.setTime(_qtime(h.closes))
        self._sync_enabled()

    def hours(self) -> list[DayHours]:
        result = []
        for day, (opens, closes, closed) in enumerate(self.rows):
            if closed.isChecked():
                result.append(DayHours(day))
            else:
                result.append(DayHours(day, _pytime(opens.time()), _pytime(closes.time())))
        return result


class BranchForm(QWidget):
    """Code, name, grade, time zone, savings business and hours, with live hours warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. QS-001"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Qingshan Town Post Office"))
        self.grade = QSpinBox()
        self.grade.setRange(1, 4)
        self.grade.setValue(3)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(TIMEZONES)
        self.timezone.setCurrentText(DEFAULT_TIMEZONE)
        self.savings = QCheckBox(self.tr("This branch offers savings business"))
        self.savings.setChecked(True)
        self.hours_editor = HoursEditor()
        self.warnings = QLabel()
        self.warnings.setProperty("role", "warning")
        self.warnings.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Branch code"), self.code)
        form.addRow(self.tr("Branch name"), self.name)
        form.addRow(self.tr("Grade (1-4)"), self.grade)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow("", self.savings)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Opening hours")))
        right.addWidget(self.hours_editor)
        right.addWidget(self.warnings)
        right.addStretch(1)
        # The hours beside the form when both fit at their natural width, below it otherwise (a longer
        # language), so the page never scrolls sideways.
        self.parts = Reflow([(form, 1), (right, 1)])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.parts)

        self.grade.valueChanged.connect(self.refresh_warnings)
        self.savings.toggled.connect(self.refresh_warnings)
        self.hours_editor.changed.connect(self.refresh_warnings)
        self.refresh_warnings()

    def set_settings(self, settings: BranchSettings) -> None:
        self._is_demo = settings.is_demo
        self.code.setText(settings.code)
        self.name.setText(settings.name)
        self.grade.setValue(settings.grade)
        self.timezone.setCurrentText(settings.timezone)
        self.savings.setChecked(settings.savings_business)
        self.hours_editor.set_hours(settings.hours)
        self.refresh_warnings()

    def settings(self) -> BranchSettings:
        return BranchSettings(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            grade=self.grade.value(),
            timezone=self.timezone.currentText().strip(),
            savings_business=self.savings.isChecked(),
            hours=self.hours_editor.hours(),
            is_demo=getattr(self, "_is_demo", False),
        )

    def warning_texts(self) -> list[str]:
        return [warning_text(w) for w in hours_warnings(self.settings())]

    def refresh_warnings(self) -> None:
        texts = self.warning_texts()
        self.warnings.setText("\n".join("⚠ " + t for t in texts))
        self.warnings.setVisible(bool(texts))


class SecretFields(QWidget):
    """PIN or password, typed twice."""

    def __init__(self, parent: QWidget | None = None, default_kind: str = secrets.PIN,
                 form: QFormLayout | None = None) -> None:
        """With `form`, the rows go into that form so its labels line up; else into this widget."""
        super().__init__(parent)
        self.pin = QRadioButton(self.tr("PIN (4-8 digits)"))
        self.password = QRadioButton(self.tr("Password (8 or more characters)"))
        group = QButtonGroup(self)
        group.addButton(self.pin)
        group.addButton(self.password)
        (self.pin if default_kind == secrets.PIN else self.password).setChecked(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        kinds = QHBoxLayout()
        kinds.addWidget(self.pin)
        kinds.addWidget(self.password)
        kinds.addStretch(1)
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        else:
            self.hide()
        form.addRow(self.tr("Kind"), kinds)
        form.addRow(self.tr("New PIN or password"), self.first)
        form.addRow(self.tr("Type it again"), self.second)

    def kind(self) -> str:
        return secrets.PIN if self.pin.isChecked() else secrets.PASSWORD

    def secret(self) -> str:
        return self.first.text()

    def mismatch(self) -> bool:
        return self.first.text() != self.second.text()

    def mismatch_text(self) -> str:
        return self.tr("The two entries do not match.")
