"""The hall devices: the customers' kiosk and the display board.

They belong to the PC, not to whoever opened them: staff sign in and out at the
counter all day while the kiosk and the board keep running. The shell owns one
HallDevices for the whole session; the queue pages only ask it to open them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QScreen

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.roles import Actor
from branchdesk.ui.ops import Op

if TYPE_CHECKING:  # imported where first used, so start-up stays light
    from branchdesk.ui.activities.signin_kiosk import SignInKiosk
    from branchdesk.ui.board.window import DisplayBoard
    from branchdesk.ui.queue.kiosk import KioskWindow
    from branchdesk.ui.queue.printing import TicketPrinter


def screen_label(index: int, screen: QScreen) -> str:
    """A screen as the user picks it: its number and size, in the UI's language (not the OS's name for
    its connector, e.g. "HDMI-1", which means nothing to a clerk)."""
    size = screen.size()
    return QCoreApplication.translate("HallDevices", "Screen {number} ({width}×{height})").format(
        number=index + 1, width=size.width(), height=size.height())


class HallDevices(QObject):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._printer: TicketPrinter | None = None
        self.kiosk: KioskWindow | None = None
        self.opening_kiosk: Op | None = None  # the audited opening on its way to the database lane
        self.board: DisplayBoard | None = None
        self.signin_kiosk: SignInKiosk | None = None  # the customers' sign-in at an activity (issue 10)
        self.opening_signin_kiosk: Op | None = None

    @property
    def printer(self) -> TicketPrinter:
        """One print queue for the counter and the kiosk; made on first use, so start-up loads no reportlab."""
        if self._printer is None:
            from branchdesk.ui.queue.printing import TicketPrinter

            self._printer = TicketPrinter(self.services, self)
        return self._printer

    def open_kiosk(self, actor: Actor, screen: QScreen | None, asker: QObject,
                   refused: Callable[[UserError], None]) -> Op | None:
        """Check the permission and write the audited opening on the database lane, then open the kiosk
        (top level: it outlives the page). Below a duty manager the service refuses: `refused` gets the
        PermissionDenied, if `asker` (the page that asked) is still there. An open kiosk only moves to
        `screen`; None then, and while an opening is already on its way (a double press opens once)."""
        if self.kiosk is not None:
            self.kiosk.show_on(screen)
            return None
        if self.opening_kiosk is not None:
            return None
        queue = self.services.queue

        def refuse(err: UserError) -> None:
            if shiboken6.isValid(asker):
                refused(err)
        self.opening_kiosk = Op(self, lambda: queue.kiosk_opened(actor)) \
            .success(lambda _: self._show_kiosk(actor, screen)).failure(refuse).done(self._kiosk_settled).run()
        return self.opening_kiosk

    def _show_kiosk(self, actor: Actor, screen: QScreen | None) -> None:
        from branchdesk.ui.queue.kiosk import KioskWindow

        if self.kiosk is None:
            self.kiosk = KioskWindow(self.services, actor, self.printer)
            self.kiosk.closed.connect(self._kiosk_closed)
        self.kiosk.show_on(screen)

    def _kiosk_settled(self) -> None:
        self.opening_kiosk = None

    def open_signin_kiosk(self, actor: Actor, activity_id: str, screen: QScreen | None, asker: QObject,
                          refused: Callable[[UserError], None]) -> Op | None:
        """As `open_kiosk`, for an activity's sign-in kiosk: checked and audited on the database lane,
        then shown; an open one moves to `screen` and takes the activity chosen now."""
        if self.signin_kiosk is not None:
            self.signin_kiosk.set_activity(activity_id)
            self.signin_kiosk.show_on(screen)
            return None
        if self.opening_signin_kiosk is not None:
            return None
        signins = self.services.activities.signins

        def refuse(err: UserError) -> None:
            if shiboken6.isValid(asker):
                refused(err)

        def settled() -> None:
            self.opening_signin_kiosk = None
        self.opening_signin_kiosk = Op(self, lambda: signins.kiosk_opened(actor, activity_id)) \
            .success(lambda _: self._show_signin_kiosk(actor, activity_id, screen)).failure(refuse) \
            .done(settled).run()
        return self.opening_signin_kiosk

    def _show_signin_kiosk(self, actor: Actor, activity_id: str, screen: QScreen | None) -> None:
        from branchdesk.ui.activities.signin_kiosk import SignInKiosk

        if self.signin_kiosk is None:
            self.signin_kiosk = SignInKiosk(self.services, actor, activity_id)
            self.signin_kiosk.closed.connect(self._signin_kiosk_closed)
        self.signin_kiosk.show_on(screen)

    def _signin_kiosk_closed(self) -> None:
        if self.signin_kiosk is not None:
            self.signin_kiosk.deleteLater()
        self.signin_kiosk = None

    def open_board(self, screen: QScreen) -> DisplayBoard:
        from branchdesk.ui.board.voice import make_voice
        from branchdesk.ui.board.window import DisplayBoard

        if self.board is None:
            self.board = DisplayBoard(self.services, make_voice())
        self.board.show_on(screen)
        return self.board

    def close_all(self) -> None:
        """When the app quits: the board's voice stops, the kiosk closes without asking."""
        if self.board is not None:
            self.board.close()
            self.board.voice.stop()
            self.board.deleteLater()
            self.board = None
        if self.kiosk is not None:
            self.kiosk.force_close()
        if self.signin_kiosk is not None:
            self.signin_kiosk.force_close()

    def _kiosk_closed(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
        self.kiosk = None
