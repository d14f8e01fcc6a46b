"""Settings: the branch and its activities' printing and customer-data settings (for roles that may edit the
branch), the language, and one's own PIN.

The branch is read on the database lane when the page is built, shown again and whenever the settings
change (the form keeps what the user is typing: it is refilled only while it still shows what was read);
saving the branch, the language and a new PIN run on the lane too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.branch import BranchSettings, HoursWarning
from branchdesk.services.events import SETTINGS
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.forms import BranchForm, SecretFields, fill_with_scroll
from branchdesk.ui.i18n import current_language, tr_error
from branchdesk.ui.lane_dialog import LaneDialog
from branchdesk.ui.language_switch import LANGUAGE_NAMES
from branchdesk.ui.ops import Op, on_change
from branchdesk.ui.pages.activity_settings import ActivitySettingsBox
from branchdesk.ui.messages import say



class ChangeSecretDialog(LaneDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Change my PIN or password"))
        self.setMinimumWidth(560)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Current PIN or password"), self.current)
        self.secret = SecretFields(self, form=form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def write(self) -> Callable[[], None] | None:
        if self.secret.mismatch():
            self.error.setText(self.secret.mismatch_text())
            return None
        staff, actor, current, secret, kind = (self.services.staff, self.actor, self.current.text(),
                                               self.secret.secret(), self.secret.kind())
        return lambda: staff.change_own_secret(actor, current, secret, kind)


class SettingsPage(QWidget):
    language_changed = Signal(str)
    branch_changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        title = QLabel(self.tr("Settings"))
        title.setProperty("role", "title")

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([c for c, _n in LANGUAGE_NAMES].index(current_language()))
        self.language.activated.connect(self._language_picked)
        self.change_secret_button = QPushButton(self.tr("Change my PIN or password…"))
        self.change_secret_button.clicked.connect(self.change_secret)
        personal = QGroupBox(self.tr("This computer and my account"))
        row = QHBoxLayout(personal)
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language)
        row.addSpacing(24)
        row.addWidget(self.change_secret_button)
        row.addStretch(1)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(title)
        layout.addWidget(personal)

        self.branch_form: BranchForm | None = None
        self.branch_message = QLabel()
        self.branch_message.setWordWrap(True)
        if actor.can(Permission.EDIT_BRANCH):
            box = QGroupBox(self.tr("Branch"))
            box_layout = QVBoxLayout(box)
            self.branch_form = BranchForm()
            self.branch_form.setEnabled(False)  # until the branch is read
            self.save_branch_button = QPushButton(self.tr("Save branch settings"))
            self.save_branch_button.clicked.connect(self.save_branch)
            box_layout.addWidget(self.branch_form)
            actions = QHBoxLayout()
            actions.addWidget(self.save_branch_button)
            actions.addWidget(self.branch_message, 1)
            box_layout.addLayout(actions)
            layout.addWidget(box)
        # What the activities' posters print and how long customers' details are kept (issue 10).
        self.activity_settings: ActivitySettingsBox | None = None
        if actor.can(Permission.EDIT_BRANCH):
            self.activity_settings = ActivitySettingsBox(services, actor)
            layout.addWidget(self.activity_settings)
            self.activity_settings.refresh()
        layout.addStretch(1)

        fill_with_scroll(self, inner)
        self.loaded: BranchSettings | None = None  # the branch as last read (and shown, unless edited since)
        self.saving: Op | None = None
        if self.branch_form is not None:
            on_change(self, services, {SETTINGS}, self.refresh)
            self.refresh()

    def refresh(self) -> None:
        """Read the branch on the database lane (only the branch form shows what the database holds)."""
        self.setProperty("stale", False)
        if self.branch_form is not None:
            Op(self, self.services.branch.settings).success(self._show_branch).run()

    def _show_branch(self, settings: BranchSettings | None) -> None:
        form = self.branch_form
        assert form is not None, "only a page with the branch form reads the branch"
        unedited = self.loaded is None or form.settings() == self.loaded
        if settings is not None and unedited:
            form.set_settings(settings)
            self.loaded = form.settings()  # as the form gives it back, to tell later edits
        form.setEnabled(True)

    def _language_picked(self, index: int) -> None:
        self.set_language(self.language.itemData(index))

    def set_language(self, lang: str) -> Op:
        """Remember the language on the lane; the windows switch once it is stored."""
        local = self.services.local

        def switched(_none: None) -> None:
            if lang != current_language():
                self.language_changed.emit(lang)
        return Op(self, lambda: local.set_language(lang)).success(switched).run()

    def save_branch(self) -> Op | None:
        """Save the branch on the lane; the button waits meanwhile (None: a save is already running)."""
        assert self.branch_form is not None, "only a page with the branch form has its save button"
        if self.saving is not None:
            return None
        branch, actor, settings = self.services.branch, self.actor, self.branch_form.settings()
        self.save_branch_button.setEnabled(False)
        self.saving = Op(self, lambda: branch.update(actor, settings)) \
            .success(lambda warnings: self._branch_saved(settings, warnings)).failure(self._branch_refused) \
            .done(self._branch_settled).run()
        return self.saving

    def _branch_saved(self, settings: BranchSettings, warnings: list[HoursWarning]) -> None:
        self.loaded = settings
        self._say("warning" if warnings else "",
                  self.tr("Saved, but the hours fall short of the standard.") if warnings else self.tr("Saved."))
        self.branch_changed.emit()

    def _branch_refused(self, err: UserError) -> None:
        self._say("error", tr_error(err))

    def _branch_settled(self) -> None:
        self.saving = None
        self.save_branch_button.setEnabled(True)

    def _say(self, role: str, text: str) -> None:
        say(self.branch_message, role, text)

    def change_secret(self) -> ChangeSecretDialog:
        dialog = ChangeSecretDialog(self.services, self.actor, self)
        dialog.open()
        return dialog
