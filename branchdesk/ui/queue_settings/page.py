"""Queue settings for the duty manager and above (the service checks the role again)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.queue import policy as call_policy
from branchdesk.services.queue.norms import Norm
from branchdesk.services.queue.settings import ServiceEdit
from branchdesk.services.queue.stats import AdviceTarget
from branchdesk.services.roles import Actor
from branchdesk.ui.forms import fill_with_scroll
from branchdesk.ui.i18n import current_language, tr_error
from branchdesk.ui.tables import fill_row, make_table


def _spin(low: float, high: float, step: float = 0.5) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(1)
    return box


class QueueSettingsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = services.queue_settings
        title = QLabel(self.tr("Queue settings"))
        title.setProperty("role", "title")
        self.message = QLabel()
        self.message.setWordWrap(True)

        # Services: a table to pick from, a form to edit (or add with a new code).
        self.service_table = make_table([self.tr("Service"), self.tr("Prefix"), self.tr("Numbers"),
                                         self.tr("Norm (min)"), self.tr("State")])
        self.service_table.setMinimumHeight(260)
        # Names are short but must be whole (English ones are longer); the state column is new to the row.
        self.service_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.service_table.itemSelectionChanged.connect(self._service_picked)
        self.code, self.name_zh, self.name_en, self.prefix = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.number_from, self.number_to = QSpinBox(), QSpinBox()
        for box in (self.number_from, self.number_to):
            box.setRange(1, 999)
        self.norm_base, self.norm_10k, self.norm_unit_min = _spin(0.5, 120), _spin(0, 60), _spin(0, 60)
        self.norm_unit = QComboBox()
        for label, value in ((self.tr("none"), None), (self.tr("per item"), "item"), (self.tr("per title"), "title")):
            self.norm_unit.addItem(label, value)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Chinese name"), self.name_zh)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Ticket prefix"), self.prefix)
        numbers = QHBoxLayout()
        numbers.addWidget(self.number_from)
        numbers.addWidget(QLabel("–"))
        numbers.addWidget(self.number_to)
        form.addRow(self.tr("Daily numbers"), numbers)
        form.addRow(self.tr("Norm, minutes"), self.norm_base)
        form.addRow(self.tr("+ minutes per ¥10,000 over the first"), self.norm_10k)
        unit = QHBoxLayout()
        unit.addWidget(self.norm_unit_min)
        unit.addWidget(self.norm_unit)
        form.addRow(self.tr("+ minutes per further unit"), unit)
        self.save_service_button = QPushButton(self.tr("Save service"))
        self.save_service_button.clicked.connect(self.save_service)
        self.service_active_button = QPushButton()
        self.service_active_button.clicked.connect(self.toggle_service)
        service_buttons = QHBoxLayout()
        service_buttons.addWidget(self.save_service_button)
        service_buttons.addWidget(self.service_active_button)
        form.addRow("", service_buttons)
        services_box = QGroupBox(self.tr("Services"))
        services_layout = QHBoxLayout(services_box)
        services_layout.addWidget(self.service_table, 3)
        services_layout.addLayout(form, 2)

        # Windows.
        self.window_table = make_table([self.tr("Window"), self.tr("Name"), self.tr("Serves"), self.tr("State")])
        self.window_table.setMinimumHeight(200)
        self.window_table.itemSelectionChanged.connect(self._window_picked)
        self.window_number = QSpinBox()
        self.window_number.setRange(1, 99)
        self.window_name = QLineEdit()
        self.window_services: dict[str, QCheckBox] = {}
        self.window_services_grid = QGridLayout()
        self.save_window_button = QPushButton(self.tr("Save window"))
        self.save_window_button.clicked.connect(self.save_window)
        self.add_window_button = QPushButton(self.tr("Add as a new window"))
        self.add_window_button.clicked.connect(self.add_window)
        window_form = QFormLayout()
        window_form.addRow(self.tr("Number"), self.window_number)
        window_form.addRow(self.tr("Name"), self.window_name)
        window_form.addRow(self.tr("Serves"), self.window_services_grid)
        self.window_active_button = QPushButton()
        self.window_active_button.clicked.connect(self.toggle_window)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_window_button)
        buttons.addWidget(self.add_window_button)
        buttons.addWidget(self.window_active_button)
        window_form.addRow("", buttons)
        windows_box = QGroupBox(self.tr("Windows"))
        windows_layout = QHBoxLayout(windows_box)
        windows_layout.addWidget(self.window_table, 3)
        windows_layout.addLayout(window_form, 2)

        # Call policy and advice target.
        self.policy_kind = QComboBox()
        for label, kind in ((self.tr("Strict: priority tickets always first"), call_policy.STRICT),
                            (self.tr("One priority ticket after every N others"), call_policy.INTERLEAVE),
                            (self.tr("By waiting time, priority with a head start"), call_policy.AGING)):
            self.policy_kind.addItem(label, kind)
        self.policy_every = QSpinBox()
        self.policy_every.setRange(1, 20)
        self.policy_bonus = _spin(0, 120, 1)
        self.target_share = QSpinBox()
        self.target_share.setRange(50, 99)
        self.target_share.setSuffix(" %")
        self.target_minutes = _spin(1, 60, 1)
        self.save_policy_button = QPushButton(self.tr("Save policy and target"))
        self.save_policy_button.clicked.connect(self.save_policy)
        policy_form = QFormLayout()
        policy_form.addRow(self.tr("Call order"), self.policy_kind)
        policy_form.addRow(self.tr("N (one priority after N others)"), self.policy_every)
        policy_form.addRow(self.tr("Priority head start, minutes"), self.policy_bonus)
        policy_form.addRow(self.tr("Advice target: share of customers"), self.target_share)
        policy_form.addRow(self.tr("… served within minutes"), self.target_minutes)
        policy_form.addRow("", self.save_policy_button)
        policy_box = QGroupBox(self.tr("Call policy and window advice"))
        policy_box.setLayout(policy_form)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(services_box)
        layout.addWidget(windows_box)
        layout.addWidget(policy_box)
        layout.addStretch(1)
        fill_with_scroll(self, inner)
        self.refresh()
        self.service_table.selectRow(0)
        self.window_table.selectRow(0)

    # --- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        english = current_language() == "en"
        self.services_list = self.settings.services()
        self.windows_list = self.settings.windows()
        names = {s.id: (s.name_en if english else s.name_zh) for s in self.services_list}
        self.service_table.setRowCount(len(self.services_list))
        for row, s in enumerate(self.services_list):
            fill_row(self.service_table, row, [s.name_en if english else s.name_zh, s.prefix,
                                               f"{s.number_from}–{s.number_to}", f"{s.norm.base_minutes:g}",
                                               self._state(s.active)])
        self.window_table.setRowCount(len(self.windows_list))
        for row, w in enumerate(self.windows_list):
            served = "、".join(names[i] for i in names if i in w.service_ids)
            fill_row(self.window_table, row, [str(w.number), w.name, served, self._state(w.active)])
        for box in self.window_services.values():
            box.deleteLater()
        self.window_services = {}
        for index, s in enumerate(x for x in self.services_list if x.active):  # a window serves services in use
            box = QCheckBox(s.name_en if english else s.name_zh)
            self.window_services[s.code] = box
            self.window_services_grid.addWidget(box, index // 2, index % 2)
        policy = self.settings.policy()
        self.policy_kind.setCurrentIndex(max(0, self.policy_kind.findData(policy.kind)))
        self.policy_every.setValue(policy.every)
        self.policy_bonus.setValue(policy.bonus_minutes)
        target = self.settings.target()
        self.target_share.setValue(round(target.share * 100))
        self.target_minutes.setValue(target.within_minutes)

    def _service_picked(self) -> None:
        row = self.service_table.currentRow()
        if not 0 <= row < len(self.services_list):
            return
        s = self.services_list[row]
        self.code.setText(s.code)
        self.name_zh.setText(s.name_zh)
        self.name_en.setText(s.name_en)
        self.prefix.setText(s.prefix)
        self.number_from.setValue(s.number_from)
        self.number_to.setValue(s.number_to)
        self.norm_base.setValue(s.norm.base_minutes)
        self.norm_10k.setValue(s.norm.per_10k_minutes)
        self.norm_unit_min.setValue(s.norm.per_unit_minutes)
        self.norm_unit.setCurrentIndex(max(0, self.norm_unit.findData(s.norm.unit)))
        self.service_active_button.setText(self.tr("Stop offering it") if s.active else self.tr("Offer it again"))

    def _window_picked(self) -> None:
        row = self.window_table.currentRow()
        if not 0 <= row < len(self.windows_list):
            return
        w = self.windows_list[row]
        self.window_number.setValue(w.number)
        self.window_name.setText(w.name)
        for s in self.services_list:
            if s.code in self.window_services:
                self.window_services[s.code].setChecked(s.id in w.service_ids)
        self.window_active_button.setText(self.tr("Take out of use") if w.active else self.tr("Put back in use"))

    # --- saving ----------------------------------------------------------------------
    def _attempt(self, action) -> bool:
        try:
            action()
        except UserError as err:
            self.message.setProperty("role", "error")
            self.message.setText(tr_error(err))
            ok = False
        else:
            self.message.setProperty("role", "")
            self.message.setText(self.tr("Saved."))
            self.refresh()
            ok = True
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        return ok

    def save_service(self) -> bool:
        unit = self.norm_unit.currentData()
        edit = ServiceEdit(self.code.text(), self.name_zh.text(), self.name_en.text(), self.prefix.text(),
                           self.number_from.value(), self.number_to.value(),
                           Norm(self.norm_base.value(), self.norm_10k.value(),
                                self.norm_unit_min.value() if unit else 0.0, unit))
        return self._attempt(lambda: self.settings.save_service(self.actor, edit))

    def _window_codes(self) -> list[str]:
        return [code for code, box in self.window_services.items() if box.isChecked()]

    def save_window(self) -> bool:
        row = self.window_table.currentRow()
        old = self.windows_list[row].number if 0 <= row < len(self.windows_list) else None
        return self._attempt(lambda: self.settings.save_window(
            self.actor, self.window_number.value(), self.window_name.text(), self._window_codes(), old_number=old))

    def add_window(self) -> bool:
        return self._attempt(lambda: self.settings.save_window(
            self.actor, self.window_number.value(), self.window_name.text(), self._window_codes()))

    def toggle_service(self) -> bool:
        row = self.service_table.currentRow()
        if not 0 <= row < len(self.services_list):
            return False
        service = self.services_list[row]
        done = self._attempt(lambda: self.settings.set_service_active(self.actor, service.code, not service.active))
        self.service_table.selectRow(row)
        self._service_picked()  # the same row stays selected, so Qt sends no selection change
        return done

    def toggle_window(self) -> bool:
        row = self.window_table.currentRow()
        if not 0 <= row < len(self.windows_list):
            return False
        window = self.windows_list[row]
        done = self._attempt(lambda: self.settings.set_window_active(self.actor, window.number, not window.active))
        self.window_table.selectRow(row)
        self._window_picked()
        return done

    def _state(self, active: bool) -> str:
        return self.tr("In use") if active else self.tr("Not in use")

    def save_policy(self) -> bool:
        policy = call_policy.Policy(self.policy_kind.currentData(), self.policy_every.value(),
                                    self.policy_bonus.value())
        target = AdviceTarget(self.target_share.value() / 100, self.target_minutes.value())

        def save() -> None:
            self.settings.set_policy(self.actor, policy)
            self.settings.set_target(self.actor, target)

        return self._attempt(save)
