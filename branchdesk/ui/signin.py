"""Sign-in: name and PIN/password; Enter submits. The demo branch lists its accounts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.roles import Actor
from branchdesk.ui.i18n import format_time, role_label, tr_error
from branchdesk.ui.language_switch import LanguageSwitch
from branchdesk.ui.ops import Op


class SignInWindow(QWidget):
    signed_in = Signal(object)  # Actor
    language_changed = Signal(str)

    def __init__(self, services: Services, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("BranchDesk: sign in"))
        # The branch's name, and on the demo branch its accounts, come from a read on the database lane.
        self.title = title = QLabel("BranchDesk")
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("Sign in with your name and PIN or password"))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.username = QLineEdit(username)
        self.username.setPlaceholderText(self.tr("Sign-in name"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("PIN or password"))
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setProperty("big", True)
        self.button.setDefault(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)

        form = QFormLayout()
        form.addRow(self.tr("Sign-in name"), self.username)
        form.addRow(self.tr("PIN / password"), self.secret)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(subtitle)
        box.addSpacing(16)
        box.addLayout(form)
        box.addWidget(self.button)
        box.addWidget(self.error)

        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addLayout(box, 2)
        centre.addStretch(1)
        self.language = LanguageSwitch(services)  # before signing in: whoever sits down reads it
        self.language.changed.connect(self.language_changed)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(corner)
        layout.addStretch(1)
        layout.addLayout(centre)

        self.demo_table: QTableWidget | None = None
        self.checking: Op | None = None  # the sign-in being checked
        self.demo_area = QWidget()  # the demo accounts, once the branch is read and if it is the demo
        self.demo_area.setContentsMargins(0, 24, 0, 0)
        QVBoxLayout(self.demo_area).setContentsMargins(0, 0, 0, 0)
        self.demo_area.hide()
        layout.addWidget(self.demo_area, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        Op(self, services.branch.settings).success(self._show_branch).run()

        self.username.returnPressed.connect(self._next_field)
        self.secret.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.setTabOrder(self.username, self.secret)
        self.setTabOrder(self.secret, self.button)
        (self.secret if username else self.username).setFocus()
        self.resize(1000, 720)

    def _demo_table(self) -> QWidget:
        from branchdesk.services.demo import DEMO_ACCOUNTS

        note = QLabel(self.tr("Demo branch: sign in with any of these accounts (double-click to fill in)"))
        table = QTableWidget(len(DEMO_ACCOUNTS), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Sign-in name"), self.tr("Role"), self.tr("PIN / password")]
        )
        for row, account in enumerate(DEMO_ACCOUNTS):
            for col, text in enumerate((account.full_name, account.username, role_label(account.role),
                                        account.secret)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.cellDoubleClicked.connect(self._fill_from_demo)
        height = table.horizontalHeader().sizeHint().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())) + 4
        table.setFixedHeight(height)
        table.setMinimumWidth(640)
        self.demo_table = table
        wrapper = QWidget()
        layout = QVBoxLayout(wrapper)
        layout.addWidget(note)
        layout.addWidget(table)
        return wrapper

    settings = None  # the branch as read: its time zone says when a lockout ends

    def _show_branch(self, settings) -> None:
        if settings is None:
            return
        self.settings = settings
        self.title.setText(settings.name)
        if settings.is_demo and self.demo_table is None:
            area = self.demo_area.layout()
            assert area is not None
            area.addWidget(self._demo_table())
            self.demo_area.show()

    def _fill_from_demo(self, row: int, _col: int) -> None:
        from branchdesk.services.demo import DEMO_ACCOUNTS

        account = DEMO_ACCOUNTS[row]
        self.username.setText(account.username)
        self.secret.setText(account.secret)
        self.secret.setFocus()

    def _next_field(self) -> None:
        if self.secret.text():
            self.submit()
        else:
            self.secret.setFocus()

    def submit(self) -> Op | None:
        """Check the name and secret on the database lane (Argon2 takes a while); the form waits meanwhile."""
        if self.checking is not None:
            return None
        if not self.username.text().strip():
            self.error.setText(self.tr("Enter your sign-in name."))
            self.username.setFocus()
            return None
        username, secret = self.username.text(), self.secret.text()
        staff = self.services.staff
        self.error.setText(self.tr("Checking…"))
        self._waiting(True)
        self.checking = Op(self, lambda: staff.sign_in(username, secret)).success(self._signed_in) \
            .failure(self._refused).done(self._checked).run()
        return self.checking

    def _waiting(self, waiting: bool) -> None:
        for widget in (self.username, self.secret, self.button):
            widget.setEnabled(not waiting)

    def _checked(self) -> None:
        self.checking = None
        self._waiting(False)

    def _refused(self, err: UserError) -> None:
        until = err.params.get("until") if err.code == "signin.locked" else None
        if isinstance(until, dt.datetime):  # say when, and who can end it sooner
            local = until.astimezone(self.settings.zone if self.settings else None)
            self.error.setText(self.tr("Too many wrong attempts: this account is locked until {time}. A branch "
                                       "head or administrator can unlock it sooner.").format(
                time=format_time(local)))
        else:
            self.error.setText(tr_error(err))
        self.secret.clear()
        self._waiting(False)
        self.secret.setFocus()

    def _signed_in(self, actor: Actor) -> None:
        self.error.clear()
        self.secret.clear()
        self.signed_in.emit(actor)
