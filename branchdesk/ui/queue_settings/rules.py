"""The duty manager's counter rules, a group of the queue settings page: how long a no-show may be called
back, and which paper tickets may be back-entered. Read and saved on the database lane; the service checks
the role again and audits every change. Its own message line, under its Save button."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QWidget

from branchdesk.services import Services
from branchdesk.services.events import QUEUE_SETTINGS
from branchdesk.services.queue.rules import MAX_BACK_ENTRY_DAYS, MAX_NO_SHOW_RETURN_MINUTES, Rules
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change


class CounterRulesGroup(QGroupBox):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("No-shows and back-entry"))
        self.settings = services.queue_settings
        self.actor = actor
        self.no_show_minutes = QSpinBox()
        self.no_show_minutes.setRange(0, MAX_NO_SHOW_RETURN_MINUTES)
        self.no_show_minutes.setSuffix(self.tr(" min"))
        self.no_show_minutes.setSpecialValueText(self.tr("never"))
        self.back_entry_days = QSpinBox()
        self.back_entry_days.setRange(0, MAX_BACK_ENTRY_DAYS)
        self.back_entry_days.setPrefix(self.tr("today and "))
        self.back_entry_days.setSuffix(self.tr(" day(s) before"))
        self.back_entry_days.setSpecialValueText(self.tr("today only"))
        self.back_entry_in_hours = QCheckBox(self.tr("Back-entered times must be within opening hours"))
        self.save_button = QPushButton(self.tr("Save these rules"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("A no-show can be called back for"), self.no_show_minutes)
        form.addRow(self.tr("Paper tickets can be back-entered for"), self.back_entry_days)
        form.addRow("", self.back_entry_in_hours)
        form.addRow("", self.save_button)
        form.addRow(self.message)
        self.shown: Rules | None = None  # as last read; a read never overwrites what is being edited
        self.busy: Op | None = None
        self._enable()
        on_change(self, services, {QUEUE_SETTINGS}, self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.property("stale"):  # a change was announced while hidden
            self.refresh()

    def _form(self) -> Rules:
        return Rules(self.no_show_minutes.value(), self.back_entry_days.value(), self.back_entry_in_hours.isChecked())

    def refresh(self) -> None:
        self.setProperty("stale", False)
        if self.busy is None:
            self.busy = Op(self, self.settings.rules).success(self._show).done(self._settled).run()
            self._enable()

    def _show(self, rules: Rules) -> None:
        if self.shown is not None and self._form() != self.shown:
            return  # being edited
        self.no_show_minutes.setValue(rules.no_show_return_minutes)
        self.back_entry_days.setValue(rules.back_entry_days)
        self.back_entry_in_hours.setChecked(rules.back_entry_in_hours)
        self.shown = rules

    def save(self) -> Op | None:
        if self.busy is not None:
            return None
        settings, actor, rules = self.settings, self.actor, self._form()
        self.busy = Op(self, lambda: settings.set_rules(actor, rules)).success(self._saved) \
            .failure(lambda err: self._say(tr_error(err), error=True)).done(self._settled).run()
        self._enable()
        return self.busy

    def _saved(self, rules: Rules) -> None:
        self.shown = rules
        self._say(self.tr("Saved."))

    def _settled(self) -> None:
        self.busy = None
        self._enable()

    def _enable(self) -> None:
        self.save_button.setEnabled(self.busy is None and self.shown is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
