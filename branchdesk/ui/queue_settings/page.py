"""Queue settings for the duty manager and above (the service checks the role again).

Services, windows, the call policy and the advice target are read on the database lane when the page is
shown and whenever the queue settings change (a hidden page only marks itself stale); a read that finds
nothing new changes nothing on screen, and what the user is typing is kept; the window form shows the selected
window as stored unless the user has edited it. Saves run on the lane, the save buttons waiting meanwhile; the
outcome shows on the line under the buttons of the form that was saved, scrolled into sight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLayout, QLineEdit, QPushButton, QScrollArea, QSpinBox, QTableWidget, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.events import QUEUE_SETTINGS
from branchdesk.services.queue import policy as call_policy
from branchdesk.services.queue.norms import Norm
from branchdesk.services.queue.settings import QueueSettingsService, BusinessEdit
from branchdesk.services.queue.setup import BusinessInfo, WindowInfo
from branchdesk.services.queue.stats import AdviceTarget
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import current_language, tr_error
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.queue_settings.rules import CounterRulesGroup
from branchdesk.ui.reflow import Reflow, table_width
from branchdesk.ui.tables import fill_row, make_table
from branchdesk.ui.wheel import wheel_scrolls_page
from branchdesk.ui.messages import say


def _spin(low: float, high: float, step: float = 0.5) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(1)
    return box


def _message_line() -> QLabel:
    line = QLabel()
    line.setWordWrap(True)
    return line


@dataclass(frozen=True)
class _Read:
    """What the page shows, read in one op."""

    businesses: list[BusinessInfo]
    windows: list[WindowInfo]
    policy: call_policy.Policy
    target: AdviceTarget

    @staticmethod
    def of(settings: QueueSettingsService) -> _Read:
        return _Read(settings.businesses(), settings.windows(), settings.policy(), settings.target())


class QueueSettingsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = services.queue_settings
        title = QLabel(self.tr("Queue settings"))
        title.setProperty("role", "title")
        # Each form's outcome on a line under its buttons, where the user is looking.
        self.business_message, self.window_message, self.policy_message = (_message_line() for _ in range(3))
        self.message = self.business_message  # the line of the last save

        # Services: a table to pick from, a form to edit (or add with a new code).
        self.business_table = make_table([self.tr("Service"), self.tr("Prefix"), self.tr("Numbers"),
                                         self.tr("Norm (min)"), self.tr("State")])
        self.business_table.setMinimumHeight(260)
        # Names are short but must be whole (English ones are longer); the state column is new to the row.
        self.business_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.business_table.itemSelectionChanged.connect(self._business_picked)
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
        self.save_business_button = QPushButton(self.tr("Save service"))
        self.save_business_button.clicked.connect(self.save_business)
        self.business_active_button = QPushButton()
        self.business_active_button.clicked.connect(self.toggle_business)
        business_buttons = QHBoxLayout()
        business_buttons.addWidget(self.save_business_button)
        business_buttons.addWidget(self.business_active_button)
        form.addRow("", business_buttons)
        form.addRow("", self.business_message)
        businesses_box = QGroupBox(self.tr("Services"))
        # The form beside the table while the table's columns fit whole beside it, below it otherwise.
        self.businesses_parts = self._table_and_form(self.business_table, form)
        QVBoxLayout(businesses_box).addWidget(self.businesses_parts)

        # Windows.
        self.window_table = make_table([self.tr("Window"), self.tr("Name"), self.tr("Serves"), self.tr("State")])
        self.window_table.setMinimumHeight(200)
        self.window_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.window_table.itemSelectionChanged.connect(self._window_picked)
        self.window_number = QSpinBox()
        self.window_number.setRange(1, 99)
        self.window_name = QLineEdit()
        self.window_businesses: dict[str, QCheckBox] = {}
        self.window_businesses_grid = QGridLayout()
        self.save_window_button = QPushButton(self.tr("Save window"))
        self.save_window_button.clicked.connect(self.save_window)
        self.add_window_button = QPushButton(self.tr("Add as a new window"))
        self.add_window_button.clicked.connect(self.add_window)
        window_form = QFormLayout()
        window_form.addRow(self.tr("Number"), self.window_number)
        window_form.addRow(self.tr("Name"), self.window_name)
        window_form.addRow(self.tr("Serves"), self.window_businesses_grid)
        self.window_active_button = QPushButton()
        self.window_active_button.clicked.connect(self.toggle_window)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_window_button)
        buttons.addWidget(self.add_window_button)
        buttons.addWidget(self.window_active_button)
        window_form.addRow("", buttons)
        window_form.addRow("", self.window_message)
        windows_box = QGroupBox(self.tr("Windows"))
        self.windows_parts = self._table_and_form(self.window_table, window_form)
        QVBoxLayout(windows_box).addWidget(self.windows_parts)

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
        # A long label and the long call-order choices: the field goes under its label when both do not fit.
        policy_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        policy_form.addRow(self.tr("Call order"), self.policy_kind)
        policy_form.addRow(self.tr("N (one priority after N others)"), self.policy_every)
        policy_form.addRow(self.tr("Priority head start, minutes"), self.policy_bonus)
        policy_form.addRow(self.tr("Advice target: share of customers"), self.target_share)
        policy_form.addRow(self.tr("… served within minutes"), self.target_minutes)
        policy_form.addRow("", self.save_policy_button)
        policy_form.addRow("", self.policy_message)
        policy_box = QGroupBox(self.tr("Call policy and window advice"))
        policy_box.setLayout(policy_form)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 4, 24, 12)
        layout.addWidget(businesses_box)
        layout.addWidget(windows_box)
        layout.addWidget(policy_box)
        layout.addWidget(CounterRulesGroup(services, actor, inner))  # its own read, save and message line
        layout.addStretch(1)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        wheel_scrolls_page(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QVBoxLayout()
        header.setContentsMargins(24, 20, 24, 0)
        header.addWidget(title)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)

        self.businesses_list: list[BusinessInfo] = []
        self.windows_list: list[WindowInfo] = []
        self.read: _Read | None = None  # the last read shown
        self.shown_policy: tuple[Any, ...] | None = None  # the policy fields as last filled from a read
        self.shown_window: tuple[Any, ...] | None = None  # the window form as last filled from a read
        self.window_to_select: int | None = None  # the number of the window just saved
        self.reading: Op | None = None
        self._read_again = False
        self.saving: Op | None = None
        self.save_buttons = [self.save_business_button, self.business_active_button, self.save_window_button,
                             self.add_window_button, self.window_active_button, self.save_policy_button]
        for button in self.save_buttons:
            button.setEnabled(False)  # until the settings are read
        on_change(self, services, {QUEUE_SETTINGS}, self.refresh)
        self.refresh()

    @staticmethod
    def _table_and_form(table: QTableWidget, form: QLayout) -> Reflow:
        """The form beside the table when there is room for all of the table's columns (they keep their
        contents' width, the table scrolling inside itself if need be) and the form; below it otherwise."""
        parts = Reflow([(table, 3), (form, 2)], wanted={0: lambda: table_width(table)})
        table.horizontalHeader().sectionResized.connect(parts.reconsider)  # the columns fit what was read
        return parts

    # --- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the settings on the database lane; a refresh asked for while reading follows it."""
        self.setProperty("stale", False)
        if self.reading is not None:
            self._read_again = True
            return
        settings = self.settings
        self.reading = Op(self, lambda: _Read.of(settings)).success(self._display).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, read: _Read) -> None:
        """Show what was read; the forms keep what the user typed (they fill when a row is picked)."""
        first = self.read is None
        if read == self.read:
            return  # the safety poll, or another area's change: nothing new here
        self.read = read
        english = current_language() == "en"
        selected = self.window_to_select or self._selected_window_number()
        self.window_to_select = None
        window_edited = self.shown_window is not None and self._window_fields() != self.shown_window
        self.businesses_list = read.businesses
        self.windows_list = read.windows
        names = {s.id: (s.name_en if english else s.name_zh) for s in self.businesses_list}
        self.business_table.setRowCount(len(self.businesses_list))
        for row, s in enumerate(self.businesses_list):
            fill_row(self.business_table, row, [s.name_en if english else s.name_zh, s.prefix,
                                               f"{s.number_from}–{s.number_to}", f"{s.norm.base_minutes:g}",
                                               self._state(s.active)])
        self.window_table.setRowCount(len(self.windows_list))
        for row, w in enumerate(self.windows_list):
            served = "、".join(names[i] for i in names if i in w.business_ids)
            fill_row(self.window_table, row, [str(w.number), w.name, served, self._state(w.active)])
        offered = [x for x in self.businesses_list if x.active]  # a window serves businesses in use
        labels = [(s.code, s.name_en if english else s.name_zh) for s in offered]
        if labels != [(code, box.text()) for code, box in self.window_businesses.items()]:
            checked = self._window_codes()
            for box in self.window_businesses.values():
                box.deleteLater()
            self.window_businesses = {}
            for index, (code, label) in enumerate(labels):
                box = QCheckBox(label)
                box.setChecked(code in checked)
                self.window_businesses[code] = box
                self.window_businesses_grid.addWidget(box, index // 2, index % 2)
        self._keep_window_selected(selected, window_edited)
        if self.shown_policy is None or self._policy_fields() == self.shown_policy:  # not edited since
            self.policy_kind.setCurrentIndex(max(0, self.policy_kind.findData(read.policy.kind)))
            self.policy_every.setValue(read.policy.every)
            self.policy_bonus.setValue(read.policy.bonus_minutes)
            self.target_share.setValue(round(read.target.share * 100))
            self.target_minutes.setValue(read.target.within_minutes)
            self.shown_policy = self._policy_fields()
        if first:
            self.business_table.selectRow(0)
            self.window_table.selectRow(0)
        self._active_texts()
        self._enable()

    def _selected_window_number(self) -> int | None:
        row = self.window_table.currentRow()
        return self.windows_list[row].number if 0 <= row < len(self.windows_list) else None

    def _keep_window_selected(self, number: int | None, edited: bool) -> None:
        """The same window stays selected after a read (rows move when a window is renumbered); its form shows
        it as stored (the ticks of a service taken out of use and back, a renamed service), unless the user
        has edited the form since it was filled: then what they typed and ticked stays."""
        row = next((i for i, w in enumerate(self.windows_list) if w.number == number), None)
        if row is None:
            return  # the first read selects the first row below
        if row != self.window_table.currentRow():
            self.window_table.blockSignals(True)  # filled below, or kept as edited
            self.window_table.selectRow(row)
            self.window_table.blockSignals(False)
        if not edited:
            self._fill_window_form(self.windows_list[row])

    def _window_fields(self) -> tuple[Any, ...]:
        return self.window_number.value(), self.window_name.text(), tuple(self._window_codes())

    def _policy_fields(self) -> tuple[Any, ...]:
        return (self.policy_kind.currentData(), self.policy_every.value(), self.policy_bonus.value(),
                self.target_share.value(), self.target_minutes.value())

    def _active_texts(self) -> None:
        """The take-out-of-use buttons follow the selected rows' state as read."""
        row = self.business_table.currentRow()
        if 0 <= row < len(self.businesses_list):
            active = self.businesses_list[row].active
            self.business_active_button.setText(self.tr("Stop offering it") if active else self.tr("Offer it again"))
        row = self.window_table.currentRow()
        if 0 <= row < len(self.windows_list):
            active = self.windows_list[row].active
            self.window_active_button.setText(self.tr("Take out of use") if active else self.tr("Put back in use"))

    def _enable(self) -> None:
        for button in self.save_buttons:
            button.setEnabled(self.read is not None and self.saving is None)

    def _business_picked(self) -> None:
        row = self.business_table.currentRow()
        if not 0 <= row < len(self.businesses_list):
            return
        s = self.businesses_list[row]
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
        self._active_texts()

    def _window_picked(self) -> None:
        row = self.window_table.currentRow()
        if not 0 <= row < len(self.windows_list):
            return
        self._fill_window_form(self.windows_list[row])
        self._active_texts()

    def _fill_window_form(self, w: WindowInfo) -> None:
        self.window_number.setValue(w.number)
        self.window_name.setText(w.name)
        for s in self.businesses_list:
            if s.code in self.window_businesses:
                self.window_businesses[s.code].setChecked(s.id in w.business_ids)
        self.shown_window = self._window_fields()

    # --- saving ----------------------------------------------------------------------
    def _attempt(self, action: Callable[[], object], line: QLabel | None = None,
                 on_saved: Callable[[], None] | None = None) -> Op | None:
        """Run one save on the lane; the save buttons wait meanwhile (None: a save is already running).
        The outcome shows on `line`, the message line of the form saved. The page reads again when the change
        is announced."""
        if self.saving is not None:
            return None
        for other in (self.business_message, self.window_message, self.policy_message):
            other.clear()  # one outcome on the page at a time: the last one
        self.message = line or self.policy_message

        def saved(result: object) -> None:
            if on_saved is not None:
                on_saved()
            self._saved(result)

        def failed(err: UserError) -> None:
            self.window_to_select = None
            self._say("error", tr_error(err))
        self.saving = Op(self, action).success(saved).failure(failed).done(self._settled).run()
        self._enable()
        return self.saving

    def _saved(self, _result: object) -> None:
        self._say("", self.tr("Saved."))
        if not self.isVisible():
            self.refresh()  # a visible page already reads again on the announced change

    def _settled(self) -> None:
        self.saving = None
        self._enable()

    def _say(self, role: str, text: str) -> None:
        say(self.message, role, text)
        self.scroll_area.ensureWidgetVisible(self.message, 0, 24)

    def save_business(self) -> Op | None:
        unit = self.norm_unit.currentData()
        edit = BusinessEdit(self.code.text(), self.name_zh.text(), self.name_en.text(), self.prefix.text(),
                           self.number_from.value(), self.number_to.value(),
                           Norm(self.norm_base.value(), self.norm_10k.value(),
                                self.norm_unit_min.value() if unit else 0.0, unit))
        settings, actor = self.settings, self.actor
        return self._attempt(lambda: settings.save_business(actor, edit), self.business_message)

    def _window_codes(self) -> list[str]:
        return [code for code, box in self.window_businesses.items() if box.isChecked()]

    def save_window(self) -> Op | None:
        row = self.window_table.currentRow()
        old = self.windows_list[row].number if 0 <= row < len(self.windows_list) else None
        return self._save_window(old)

    def add_window(self) -> Op | None:
        return self._save_window(None)

    def _save_window(self, old: int | None) -> Op | None:
        settings, actor, number, name, codes = (self.settings, self.actor, self.window_number.value(),
                                                self.window_name.text(), self._window_codes())
        self.window_to_select = number  # selected after the read, wherever its new number puts it

        def show_as_stored() -> None:
            self.shown_window = None  # the form is filled from the window as read back
        return self._attempt(lambda: settings.save_window(actor, number, name, codes, old_number=old),
                             self.window_message, show_as_stored)

    def toggle_business(self) -> Op | None:
        row = self.business_table.currentRow()
        if not 0 <= row < len(self.businesses_list):
            return None
        business, settings, actor = self.businesses_list[row], self.settings, self.actor
        return self._attempt(lambda: settings.set_business_active(actor, business.code, not business.active),
                             self.business_message)

    def toggle_window(self) -> Op | None:
        row = self.window_table.currentRow()
        if not 0 <= row < len(self.windows_list):
            return None
        window, settings, actor = self.windows_list[row], self.settings, self.actor
        return self._attempt(lambda: settings.set_window_active(actor, window.number, not window.active),
                             self.window_message)

    def _state(self, active: bool) -> str:
        return self.tr("In use") if active else self.tr("Not in use")

    def save_policy(self) -> Op | None:
        policy = call_policy.Policy(self.policy_kind.currentData(), self.policy_every.value(),
                                    self.policy_bonus.value())
        target = AdviceTarget(self.target_share.value() / 100, self.target_minutes.value())
        settings, actor = self.settings, self.actor

        def save() -> None:
            settings.set_policy(actor, policy)
            settings.set_target(actor, target)
        self.shown_policy = None  # show what was stored once it is read back
        return self._attempt(save, self.policy_message)
