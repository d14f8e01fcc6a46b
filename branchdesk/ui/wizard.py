"""First run: set up the branch and its first administrator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from branchdesk.errors import UserError
from branchdesk.services import Services, secrets
from branchdesk.services.branch import validate
from branchdesk.services.roles import Actor, Role
from branchdesk.services.staff import NewStaff
from branchdesk.ui.forms import BranchForm, SecretFields
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.language_switch import LanguageSwitch
from branchdesk.ui.ops import Op


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


class BranchPage(QWizardPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your branch"))
        self.setSubTitle(self.tr("Enter the branch as the county office knows it. "
                                 "You can change this later in Settings."))
        self.language = LanguageSwitch(services)  # the first screen anyone sees: its language is picked here
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.language)
        self.form = BranchForm()
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(corner)
        layout.addWidget(self.form)
        layout.addWidget(self.error)

    def validatePage(self) -> bool:
        try:
            validate(self.form.settings())
        except UserError as err:
            self.error.setText(tr_error(err))
            return False
        self.error.clear()
        return True


class AdminPage(QWizardPage):
    def __init__(self, services: Services, branch_page: BranchPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.branch_page = branch_page
        self.actor: Actor | None = None
        self.setting_up: Op | None = None  # the branch being set up on the database lane
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account manages staff and settings. Keep its password safe."))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. admin"))
        self.full_name = QLineEdit()
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Sign-in name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        self.secret = SecretFields(self, default_kind=secrets.PASSWORD, form=form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name): Finish waits while the branch is being set up
        return self.setting_up is None and super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Finish sets the branch up on the database lane (Argon2 hashes the password there) and returns False
        meanwhile; when the branch exists the wizard is accepted. A second press while it runs does nothing."""
        if self.actor is not None:
            return True
        if self.setting_up is not None:
            return False
        if self.secret.mismatch():
            self.error.setText(self.secret.mismatch_text())
            self.secret.second.setFocus()
            return False
        new = NewStaff(self.username.text().strip(), self.full_name.text().strip(), Role.ADMIN,
                       self.secret.secret(), self.secret.kind())
        settings, staff = self.branch_page.form.settings(), self.services.staff
        self.error.setText(self.tr("Setting up the branch…"))
        self.setting_up = Op(self, lambda: staff.set_up_branch(settings, new)).success(self._set_up) \
            .failure(self._refused).done(self._settled).run()
        self._waiting(True)
        return False

    def _waiting(self, waiting: bool) -> None:
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not waiting)

    def _set_up(self, actor: Actor) -> None:
        self.actor = actor
        self.error.clear()

    def _refused(self, err: UserError) -> None:
        self.error.setText(tr_error(err))

    def _settled(self) -> None:
        self.setting_up = None
        self._waiting(False)
        wizard = self.wizard()
        if self.actor is not None and wizard is not None:
            wizard.accept()  # validates this page again, which now passes


class SetupWizard(QWizard):
    """Emits `set_up` with the administrator's sign-in name once the branch exists."""

    set_up = Signal(str)
    language_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("BranchDesk: first-time set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.branch_page = BranchPage(services)
        self.branch_page.language.changed.connect(self.language_changed)
        self.admin_page = AdminPage(services, self.branch_page)
        self.addPage(self.branch_page)
        self.addPage(self.admin_page)
        self.resize(1100, 720)
        self.accepted.connect(self._emit_done)

    def _emit_done(self) -> None:
        if self.admin_page.actor is not None:
            self.set_up.emit(self.admin_page.actor.username)
