"""An HQ server on a fresh SQLite file, driven through the branch's own signed client."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import socket
import threading
import time
import uuid

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


PG_ADMIN_URL = os.environ.get("BRANCHDESK_TEST_PG")  # scripts/test.sh starts a throwaway server


@contextlib.contextmanager
def fresh_database(kind: str, tmp_path):
    """An empty HQ database URL: a SQLite file, or a new database on the test PostgreSQL server."""
    if kind == "sqlite":
        yield database_url(tmp_path / "hq", None)
        return
    if not PG_ADMIN_URL:
        pytest.skip("no PostgreSQL for the tests (BRANCHDESK_TEST_PG); scripts/test.sh starts one")
    import psycopg

    name = f"hq_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, query = PG_ADMIN_URL.partition("?")
    try:
        yield database_url(None, f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else ""))
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_url(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def hq_db(hq_url) -> HQDatabase:
    db = HQDatabase(hq_url)
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


class Snapshot:
    """HQ's database as it is now, to put back later: "HQ restored from an older backup"."""

    def __init__(self, db: HQDatabase, tmp_path) -> None:
        self.db = db
        db.engine.dispose()
        if db.is_sqlite:
            import sqlite3

            self.path = db.url.removeprefix("sqlite:///")
            self.copy = str(tmp_path / f"hq-snapshot-{uuid.uuid4().hex[:8]}.sqlite3")
            with sqlite3.connect(self.path) as live, sqlite3.connect(self.copy) as copy:
                live.backup(copy)
            live.close()
            copy.close()
        else:
            import psycopg

            self.name = db.engine.url.database
            self.copy = f"{self.name}_snapshot"
            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{self.copy}" TEMPLATE "{self.name}"')

    def restore(self) -> None:
        self.db.engine.dispose()
        if self.db.is_sqlite:
            import shutil
            from pathlib import Path

            for suffix in ("-wal", "-shm"):
                Path(self.path + suffix).unlink(missing_ok=True)
            shutil.copyfile(self.copy, self.path)
        else:
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE "{self.name}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.copy}"')
                admin.execute(f'DROP DATABASE "{self.copy}"')
