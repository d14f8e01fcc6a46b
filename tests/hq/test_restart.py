"""HQ killed (SIGKILL) in the middle of a sync and started again: nothing lost, nothing twice."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select

from branchdesk.errors import UserError
from branchdesk.hq import registry
from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import RawChange
from branchdesk.sync.engine import BranchSync
from branchdesk.sync.http import HQClient, ReplyLost

from tests.hq.conftest import fresh_database
from tests.hq.proxy import FaultyProxy
from tests.hq.test_branch_sync import exactly_once, some_work
from tests.hq.test_cli import free_port


class HQProcess:
    def __init__(self, url: str, port: int) -> None:
        self.url, self.port = url, port
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "branchdesk.hq.cli", "--db", self.url, "serve", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"})
        client = HQClient(f"http://127.0.0.1:{self.port}")
        deadline = time.monotonic() + 60
        try:
            while True:
                try:
                    client.health()
                    return
                except ReplyLost:
                    assert time.monotonic() < deadline and self.process.poll() is None, "HQ did not start"
                    time.sleep(0.1)
        finally:
            client.close()

    def kill(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_process(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        hq = HQProcess(url, free_port())
        hq.start()
        yield hq
        if hq.process and hq.process.poll() is None:
            hq.kill()


def test_hq_killed_mid_sync_and_restarted_holds_everything_once(hq_process, services, admin):
    db = HQDatabase(hq_process.url)
    try:
        made = registry.add_branch(db, "QS-001", "青山镇邮政支局", dt.datetime.now(dt.timezone.utc))
        with FaultyProxy(hq_process.port) as proxy:
            sync = BranchSync(services.db, lambda: dt.datetime.now(dt.timezone.utc))
            sync.enrol(proxy.url, "QS-001", made.code)
            some_work(services, 10)
            proxy.reply_delay = 2.0  # HQ commits at once; its reply crawls back, and HQ dies meanwhile

            def held() -> int:
                with db.transaction() as s:
                    return int(s.scalar(select(func.count()).select_from(RawChange)) or 0)

            failures: list[BaseException] = []
            round_ = threading.Thread(target=lambda: _expect_failure(sync, failures))
            round_.start()
            deadline = time.monotonic() + 30
            while held() == 0:
                assert time.monotonic() < deadline
                time.sleep(0.02)
            hq_process.kill()
            round_.join(60)
            assert failures and isinstance(failures[0], UserError)
            proxy.reply_delay = 0.0
            with pytest.raises(UserError):
                sync.run_once()  # HQ is down: offline, nothing lost
            hq_process.start()
            sync.run_once()
            exactly_once(services, db)
    finally:
        db.close()


def _expect_failure(sync: BranchSync, failures: list[BaseException]) -> None:
    try:
        sync.run_once()
    except BaseException as failed:  # collected and asserted by the test
        failures.append(failed)
