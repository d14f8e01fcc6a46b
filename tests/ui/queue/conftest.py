"""Fixtures of the queue screens' tests: a receipt printer on loopback, and an address nothing listens at."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest


class Printer:
    """A receipt printer on loopback: accepts jobs and keeps their bytes."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(10)
        self.target = "127.0.0.1:%d" % self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
                self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        with contextlib.suppress(OSError):  # never connected: nothing to wake
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept, so the thread ends
        self.server.close()


@pytest.fixture
def printer():
    server = Printer()
    yield server
    server.close()


@pytest.fixture
def closed_port() -> str:
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now: the connection is refused
    return f"127.0.0.1:{port}"
