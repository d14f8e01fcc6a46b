"""Settings: the branch (for roles that may edit it), the language, and one's own PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.forms import BranchForm, SecretFields, fill_with_scroll
from branchdesk.ui.i18n import current_language, tr_error

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


class ChangeSecretDialog(QDialog):
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
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.secret.mismatch():
            self.error.setText(self.secret.mismatch_text())
            return
        try:
            self.services.staff.change_own_secret(self.actor, self.current.text(), self.secret.secret(),
                                                  self.secret.kind())
        except UserError as err:
            self.error.setText(tr_error(err))
            return
        self.accept()


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
            settings = services.branch.settings()
            if settings:
                self.branch_form.set_settings(settings)
            self.save_branch_button = QPushButton(self.tr("Save branch settings"))
            self.save_branch_button.clicked.connect(self.save_branch)
            box_layout.addWidget(self.branch_form)
            actions = QHBoxLayout()
            actions.addWidget(self.save_branch_button)
            actions.addWidget(self.branch_message, 1)
            box_layout.addLayout(actions)
            layout.addWidget(box)
        layout.addStretch(1)

        fill_with_scroll(self, inner)

    def _language_picked(self, index: int) -> None:
        self.set_language(self.language.itemData(index))

    def set_language(self, lang: str) -> None:
        self.services.local.set_language(lang)
        if lang != current_language():
            self.language_changed.emit(lang)

    def save_branch(self) -> bool:
        assert self.branch_form is not None, "only a page with the branch form has its save button"
        try:
            warnings = self.services.branch.update(self.actor, self.branch_form.settings())
        except UserError as err:
            self.branch_message.setProperty("role", "error")
            self.branch_message.setText(tr_error(err))
            ok = False
        else:
            self.branch_message.setProperty("role", "warning" if warnings else "")
            self.branch_message.setText(
                self.tr("Saved, but the hours fall short of the standard.") if warnings else self.tr("Saved."))
            self.branch_changed.emit()
            ok = True
        self.branch_message.style().unpolish(self.branch_message)
        self.branch_message.style().polish(self.branch_message)
        return ok

    def change_secret(self) -> ChangeSecretDialog:
        dialog = ChangeSecretDialog(self.services, self.actor, self)
        dialog.open()
        return dialog
