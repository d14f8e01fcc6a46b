"""A TCP proxy on loopback between the branch and HQ that can lose, cut and delay traffic for real."""

from __future__ import annotations

import socket
import threading
import time


class FaultyProxy:
    """Forwards connections to `upstream`; `mode` decides what happens to the next ones:

    - "pass": everything goes through;
    - "lose_reply": the request reaches HQ whole, HQ's reply is thrown away and the connection
      closed (a reply lost after HQ committed);
    - "cut_request": only the first `cut_after` bytes of the request reach HQ, then both sides close
      (a connection cut in the middle of a body);
    - "refuse": connections are closed at once (the network is down);
    and `delay` seconds pass before anything is forwarded, `reply_delay` before each piece of a reply.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.mode = "pass"
        self.plan: list[str] = []  # modes for the next connections, one each, before `mode` applies again
        self.cut_after = 200
        self.delay = 0.0
        self.reply_delay = 0.0  # seconds before each piece of HQ's replies goes on to the branch
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)  # so the accept loop notices the end
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> FaultyProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)
        self.listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            mode = self.plan.pop(0) if self.plan else self.mode
            threading.Thread(target=self._serve, args=(client, mode), daemon=True).start()

    def _serve(self, client: socket.socket, mode: str) -> None:
        if mode == "refuse":
            client.close()
            return
        time.sleep(self.delay)
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        except OSError:
            client.close()
            return
        up = threading.Thread(target=self._pipe, args=(client, upstream, mode == "cut_request"), daemon=True)
        up.start()
        if mode == "lose_reply":
            upstream.settimeout(30)
            try:
                upstream.recv(1)  # HQ has answered, so it has committed: now lose the answer
            except OSError:
                pass
            for sock in (client, upstream):
                _close(sock)
            return
        self._pipe(upstream, client, False, self.reply_delay)
        up.join(5)

    def _pipe(self, source: socket.socket, sink: socket.socket, cut: bool, delay: float = 0.0) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                time.sleep(delay)
                if cut and sent + len(data) > self.cut_after:
                    sink.sendall(data[: self.cut_after - sent])
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                _close(sock)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
