"""Staff (administrators; a branch head sees the list to unlock a locked-out colleague): list, add, edit

The list is read on the database lane when the page is shown and whenever staff change (a hidden page
only marks itself stale); the dialogs write on the lane too (hashing a PIN takes a moment)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from branchdesk.services import Services
from branchdesk.services.events import STAFF
from branchdesk.services.roles import Actor, Permission, Role
from branchdesk.services.staff import NewStaff, StaffInfo
from branchdesk.ui.forms import SecretFields
from branchdesk.ui.i18n import format_time, role_label, tr_error
from branchdesk.ui.lane_dialog import LaneDialog
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.tables import fill_row, make_table

DialogT = TypeVar("DialogT", bound=QDialog)

INACTIVE_GREY = "#888888"


class StaffDialog(LaneDialog):
    """Add a staff member (with a first PIN) or edit one (name, role, active)."""

    def __init__(self, services: Services, actor: Actor, existing: StaffInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.existing = existing
        self.result_info: StaffInfo | None = None
        self.setWindowTitle(self.tr("Edit staff member") if existing else self.tr("Add staff member"))
        self.setMinimumWidth(560)
        self.username = QLineEdit(existing.username if existing else "")
        self.username.setEnabled(existing is None)
        self.full_name = QLineEdit(existing.full_name if existing else "")
        self.role = QComboBox()
        # The branch's own roles first, the county's inspector (not branch staff) last.
        for role in sorted(Role, key=lambda r: (not r.branch_staff, r.rank)):
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData((existing.role if existing else Role.CLERK).value))
        self.active = QCheckBox(self.tr("Active (may sign in)"))
        self.active.setChecked(existing.active if existing else True)
        form = QFormLayout()
        form.addRow(self.tr("Sign-in name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.secret: SecretFields | None = None
        if existing is None:
            self.secret = SecretFields(self, form=form)
        else:
            form.addRow("", self.active)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def write(self) -> Callable[[], StaffInfo] | None:
        role = Role(self.role.currentData())
        staff, actor = self.services.staff, self.actor
        if self.existing is None:
            assert self.secret is not None, "a new member's dialog has secret fields"
            if self.secret.mismatch():
                self.error.setText(self.secret.mismatch_text())
                return None
            new = NewStaff(self.username.text().strip(), self.full_name.text().strip(), role,
                           self.secret.secret(), self.secret.kind())
            return lambda: staff.create(actor, new)
        staff_id, full_name, active = self.existing.id, self.full_name.text(), self.active.isChecked()
        return lambda: staff.update(actor, staff_id, full_name=full_name, role=role, active=active)

    def _saved(self, result: Any) -> None:
        self.result_info = result
        self.accept()


class ResetSecretDialog(LaneDialog):
    def __init__(self, services: Services, actor: Actor, staff: StaffInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.staff = staff
        self.setWindowTitle(self.tr("Reset PIN or password"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New PIN or password for {name}. This also lifts a lockout.")
                                .format(name=staff.full_name)))
        form = QFormLayout()
        self.secret = SecretFields(self, default_kind=staff.secret_kind, form=form)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def write(self) -> Callable[[], None] | None:
        if self.secret.mismatch():
            self.error.setText(self.secret.mismatch_text())
            return None
        staff, actor, staff_id, secret, kind = (self.services.staff, self.actor, self.staff.id, self.secret.secret(),
                                                self.secret.kind())
        return lambda: staff.reset_secret(actor, staff_id, secret, kind)


class StaffPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.staff: list[StaffInfo] = []
        title = QLabel(self.tr("Staff"))
        title.setProperty("role", "title")
        self.table = make_table([self.tr("Name"), self.tr("Sign-in name"), self.tr("Role"),
                                 self.tr("Status"), self.tr("Sign-in by")])
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.reset_button = QPushButton(self.tr("Reset PIN…"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr("Lift the lockout after too many wrong attempts; the PIN or "
                                              "password stays as it is"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        manages = actor.can(Permission.MANAGE_STAFF)  # a branch head sees the list to unlock, nothing more
        for button in (self.add_button, self.edit_button, self.reset_button):
            button.setVisible(manages)
        if not manages:
            self.table.doubleClicked.disconnect()
        self.unlock_button.setVisible(actor.can(Permission.UNLOCK_STAFF))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.reading: Op | None = None
        self._read_again = False
        on_change(self, services, {STAFF}, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the staff list on the database lane; a refresh asked for while reading follows it."""
        self.setProperty("stale", False)
        if self.reading is not None:
            self._read_again = True
            return
        staff, clock, branch = self.services.staff, self.services.clock, self.services.branch
        self.reading = Op(self, lambda: (staff.list_staff(), clock.now(), branch.settings())) \
            .success(self._display).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, read: tuple[list[StaffInfo], dt.datetime, Any]) -> None:
        selected = self.selected()
        self.staff, now, settings = read
        zone = settings.zone if settings else None  # lockouts end at the branch's local time
        self.table.setRowCount(len(self.staff))
        for row, info in enumerate(self.staff):
            if not info.active:
                status = self.tr("Inactive")
            elif info.locked_until and info.locked_until > now:
                status = self.tr("Locked until {time}").format(time=format_time(info.locked_until.astimezone(zone)))
            else:
                status = self.tr("Active")
            kind = self.tr("PIN") if info.secret_kind == "pin" else self.tr("Password")
            items = fill_row(self.table, row, [info.full_name, info.username, role_label(info.role), status, kind])
            if not info.active:
                for item in items:
                    item.setForeground(self.palette().placeholderText())
        if selected is not None:
            row = next((row for row, info in enumerate(self.staff) if info.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)

    def selected(self) -> StaffInfo | None:
        row = self.table.currentRow()
        return self.staff[row] if 0 <= row < len(self.staff) else None

    def _need_selection(self) -> StaffInfo | None:
        info = self.selected()
        if info is None:
            self.message.setText(self.tr("Select a staff member first."))
        return info

    def add(self) -> StaffDialog:
        return self._run(StaffDialog(self.services, self.actor, None, self))

    def edit_selected(self) -> StaffDialog | None:
        info = self._need_selection()
        return self._run(StaffDialog(self.services, self.actor, info, self)) if info else None

    def reset_selected(self) -> ResetSecretDialog | None:
        info = self._need_selection()
        return self._run(ResetSecretDialog(self.services, self.actor, info, self)) if info else None

    def unlock_selected(self) -> Op | None:
        """Lift the selected colleague's lockout on the database lane; the list reads again on the change."""
        info = self._need_selection()
        if info is None:
            return None
        staff, actor, name = self.services.staff, self.actor, info.full_name
        return Op(self, lambda: staff.unlock(actor, info.id)) \
            .success(lambda _info: self.message.setText(self.tr("{name} can sign in again.").format(name=name))) \
            .failure(lambda err: self.message.setText(tr_error(err))).run()

    def _run(self, dialog: DialogT) -> DialogT:
        dialog.finished.connect(self._after_dialog)
        dialog.open()
        return dialog

    def _after_dialog(self, result: int) -> None:
        """A saved dialog announced its change; a visible page reads the list again on that."""
        if result == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Saved."))
            if not self.isVisible():
                self.refresh()  # a visible page already reads again on the announced change
