"""An HQ server on a fresh SQLite file, driven through the branch's own signed client."""

from __future__ import annotations

import datetime as dt
import itertools
import socket
import threading
import time

import pytest
import uvicorn

from branchdesk.hq import registry
from branchdesk.hq.database import HQDatabase, database_url
from branchdesk.hq.server import create_app
from branchdesk.sync.http import HQClient, Identity
from branchdesk.sync.protocol import KeyPair

START = dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.timezone.utc)


class HQClock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def hq_clock() -> HQClock:
    return HQClock()


@pytest.fixture
def hq_db(tmp_path) -> HQDatabase:
    db = HQDatabase(database_url(tmp_path / "hq", None))
    db.upgrade()
    yield db
    db.close()


@pytest.fixture
def hq_app(hq_db, hq_clock):
    return create_app(hq_db, now=hq_clock)


class LoopbackServer:
    """The app under uvicorn on a free loopback port, in a thread: real HTTP, real sockets."""

    def __init__(self, app) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the HQ test server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def hq_server(hq_app):
    with LoopbackServer(hq_app) as server:
        yield server


@pytest.fixture
def hq(hq_server) -> HQClient:
    client = HQClient(hq_server.url)
    yield client
    client.close()


class Branch:
    """An enrolled branch: its identity and a request counter that only goes up."""

    def __init__(self, hq: HQClient, identity: Identity) -> None:
        self.hq = hq
        self.me = identity
        self._numbers = itertools.count(1)

    def number(self) -> int:
        return next(self._numbers)

    def push(self, rows, log_end=None):
        return self.hq.push(self.me, self.number(), rows, log_end if log_end is not None else rows[-1].seq)


def enrolled(hq: HQClient, hq_db: HQDatabase, code: str, clock: HQClock) -> Branch:
    made = registry.add_branch(hq_db, code, f"{code} 邮政所", clock())
    keys = KeyPair.generate()
    enrolment = hq.enrol(made.branch, made.code, keys, None)
    return Branch(hq, Identity(url=hq.url, branch=enrolment.branch, credential=enrolment.credential, keys=keys,
                               hq_public_key=enrolment.hq_public_key))


@pytest.fixture
def branch_a(hq, hq_db, hq_clock) -> Branch:
    return enrolled(hq, hq_db, "A01", hq_clock)


@pytest.fixture
def branch_b(hq, hq_db, hq_clock) -> Branch:
    return enrolled(hq, hq_db, "B02", hq_clock)
