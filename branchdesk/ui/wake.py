"""A second launch on the same data folder wakes the running BranchDesk instead of a second window.

The running app listens on a local socket (QLocalServer: a named pipe on Windows, a Unix socket
elsewhere) named by `instance.wake_name`; a second launch that cannot take the folder's lock connects,
says "raise" and exits, and the first brings its window to the front.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MESSAGE = b"raise\n"
WAIT_MS = 1000  # the running app answers at once; a hung one must not hang the second launch for long


class WakeServer(QObject):
    """Listens while the app runs; `woken` fires when a second launch asks for the window."""

    woken = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        # We hold the folder's lock, so a socket left behind by a crashed run is nobody's: remove it.
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            log.warning("no wake-up socket %s: %s", name, self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def listening(self) -> bool:
        return self.server.isListening()

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self.woken.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def wake_running(name: str) -> bool:
    """Ask the BranchDesk listening on `name` to come to the front; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(MESSAGE)
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WAIT_MS)
    return sent
