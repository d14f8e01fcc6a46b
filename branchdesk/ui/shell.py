"""The flow between windows: first-run wizard, sign-in, main window, and back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from branchdesk.services import Services
from branchdesk.services.branch import BranchSettings
from branchdesk.services.roles import Actor
from branchdesk.ui.hall import HallDevices
from branchdesk.ui.i18n import install_translators


class Shell(QObject):
    """Owns whichever top-level window is showing; there is no global window object.

    `finished` fires when the user closes the window that is showing (not when
    one window replaces another); app.py quits then.
    """

    finished = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.window: QWidget | None = None
        self.hall = HallDevices(services, self)  # the kiosk and the board stay up across sign-outs
        self.finished.connect(self.hall.close_all)

    def start(self) -> QWidget:
        if not self.services.branch.is_set_up():
            return self.show_wizard()
        return self.show_sign_in()

    def _replace(self, window: QWidget) -> QWidget:
        old, self.window = self.window, window
        window.installEventFilter(self)
        window.show()
        if old is not None:
            old.removeEventFilter(self)
            old.hide()
            old.deleteLater()
        return window

    def show_wizard(self, typed: BranchSettings | None = None) -> QWidget:
        """The first-run wizard; `typed`: the branch as typed so far (kept across a language switch)."""
        from branchdesk.ui.wizard import SetupWizard

        wizard = SetupWizard(self.services)
        if typed is not None:
            wizard.branch_page.form.set_settings(typed)
        wizard.set_up.connect(self.show_sign_in)
        wizard.language_changed.connect(
            lambda lang: self._relabel(lang, lambda: self.show_wizard(wizard.branch_page.form.settings())))
        wizard.rejected.connect(self.finished)
        return self._replace(wizard)

    def show_sign_in(self, username: str = "") -> QWidget:
        from branchdesk.ui.signin import SignInWindow

        window = SignInWindow(self.services, username)
        window.signed_in.connect(self.show_main)
        window.language_changed.connect(lambda lang: self._relabel(lang, lambda: self.show_sign_in(username)))
        return self._replace(window)

    def show_main(self, actor: Actor, area: str | None = None) -> QWidget:
        from branchdesk.ui.main_window import MainWindow

        window = MainWindow(self.services, actor, hall=self.hall, session=True)
        window.signed_out.connect(lambda: self.show_sign_in(actor.username))
        window.language_changed.connect(lambda lang: self.switch_language(actor, lang))
        if area:
            window.show_area(area)
        return self._replace(window)

    def switch_language(self, actor: Actor, lang: str) -> QWidget:
        """Install the new catalogue and rebuild the main window in it, on the same page."""
        from branchdesk.ui.main_window import MainWindow

        area = self.window.current_key() if isinstance(self.window, MainWindow) else None
        install_translators(lang)
        return self.show_main(actor, area)

    def bring_to_front(self) -> None:
        """A second launch asked for BranchDesk: show whichever window is up, restored and active."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _relabel(self, lang: str, rebuild: Callable[[], QWidget]) -> QWidget:
        """Before sign-in: install the new catalogue and build the same screen again in it."""
        install_translators(lang)
        return rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close and watched is self.window:
            asks = getattr(watched, "asks_before_closing", None)
            if asks is not None and asks():
                return False  # the window asks the user first, and closes again once answered
            if not getattr(watched, "_signing_out", False):
                self.finished.emit()
        return False
