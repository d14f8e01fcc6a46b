"""`branchdesk sync ...` on a real branch data folder against a real HQ, and the branch killed mid-push."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from branchdesk.cli import main
from branchdesk.hq import registry
from branchdesk.hq.models import RawChange

from tests.hq.proxy import FaultyProxy
from tests.hq.test_branch_sync import exactly_once, some_work


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def enrolled_folder(services, admin, data_dir, hq_db, hq_clock, hq_server, capsys):
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    with FaultyProxy(hq_server.port) as proxy:
        code, out, err = run(capsys, "sync", "enrol", proxy.url, made.code, "--data-dir", str(data_dir.root))
        assert code == 0, err
        assert registry.hq_keys(hq_db, hq_clock()).key_id() in out and "已登记到县局" in out
        yield data_dir, proxy


def test_sync_now_and_status_from_the_command_line(enrolled_folder, services, hq_db, capsys):
    data_dir, _ = enrolled_folder
    some_work(services)
    code, out, _ = run(capsys, "sync", "status", "--json", "--data-dir", str(data_dir.root))
    before = json.loads(out)
    assert before["enrolled"] and before["waiting"] > 0 and before["last_success_at"] is None
    code, out, _ = run(capsys, "sync", "now", "--data-dir", str(data_dir.root))
    assert code == 0 and "同步完成" in out
    exactly_once(services, hq_db)
    code, out, _ = run(capsys, "--lang", "en", "sync", "status", "--data-dir", str(data_dir.root))
    assert "waiting: 0 change(s)" in out


def test_sync_now_offline_says_so_and_exits_1(enrolled_folder, services, capsys):
    data_dir, proxy = enrolled_folder
    proxy.mode = "refuse"
    some_work(services)
    code, _, err = run(capsys, "sync", "now", "--data-dir", str(data_dir.root))
    assert code == 1 and "连不上县局服务器" in err
    code, out, _ = run(capsys, "sync", "status", "--data-dir", str(data_dir.root))
    assert "最近的错误：连不上县局服务器" in out


def test_the_branch_killed_mid_push_loses_and_repeats_nothing(enrolled_folder, services, hq_db):
    data_dir, proxy = enrolled_folder
    some_work(services, 20)
    proxy.reply_delay = 3.0  # HQ applies the push at once; its reply crawls back
    process = subprocess.Popen([sys.executable, "-m", "branchdesk", "sync", "now", "--data-dir", str(data_dir.root)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while True:
        with hq_db.transaction() as s:
            if s.scalar(select(func.count()).select_from(RawChange)):
                break
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # HQ has the rows; the branch never heard
    process.wait()
    proxy.reply_delay = 0.0
    done = subprocess.run([sys.executable, "-m", "branchdesk", "sync", "now", "--data-dir", str(data_dir.root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    exactly_once(services, hq_db)
