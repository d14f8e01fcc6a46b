"""`branchdesk-hq` from the command line, and `serve` with several worker processes for real."""

from __future__ import annotations

import concurrent.futures
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
import zxingcpp
from PIL import Image

from branchdesk.hq import users
from branchdesk.hq.cli import main
from branchdesk.hq.database import HQDatabase, database_url
from branchdesk.sync.http import HQClient, Identity, ReplyLost
from branchdesk.sync.protocol import EnrolmentTicket, KeyPair, ProtocolError

from tests.hq.conftest import fresh_database
from tests.hq.test_push import rows


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_adding_a_branch_prints_its_code_and_writes_a_qr_the_branch_can_read(tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "branch", "add", "djz01", "东街邮政所",
                       "--url", "http://hq.county.example:8800")
    assert code == 0 and "DJZ01" in out and "一次性登记码" in out
    png = tmp_path / "enrolment" / "DJZ01.png"
    decoded = zxingcpp.read_barcodes(Image.open(png))
    ticket = EnrolmentTicket.parse(decoded[0].text)
    assert ticket is not None and ticket.branch == "DJZ01" and ticket.url == "http://hq.county.example:8800"
    assert ticket.code in out

    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "branch", "list", "--json")
    listed = json.loads(out)
    assert [(b["code"], b["name"], b["enrolled"], b["held_through"]) for b in listed] == [("DJZ01", "东街邮政所", False, 0)]


def test_a_checklist_file_is_sent_or_refused_in_one_line(tmp_path, capsys):
    from tests.hq.test_branch_sync import COUNTY_WEEKLY

    run(capsys, "--data-dir", str(tmp_path), "branch", "add", "A01", "甲所")
    good, bad = tmp_path / "weekly.json", tmp_path / "bad.json"
    good.write_text(json.dumps(COUNTY_WEEKLY, ensure_ascii=False), encoding="utf-8")
    bad.write_text(json.dumps({**COUNTY_WEEKLY, "items": [{"section": "人员", "text": "着装", "weight": -1}]},
                              ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "checklist", str(good), "--branch", "a01")
    assert code == 0 and "县局每周检查" in out and "3 项" in out and "A01" in out
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "checklist", str(bad))
    assert code == 1 and out == "" and err.strip() == "第 1 个项目的 weight（权重）须大于 0、不超过 100。"
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "--lang", "en", "checklist", str(tmp_path / "none.json"))
    assert code == 1 and err.startswith("Cannot read the checklist file")


def test_operator_mistakes_get_one_clear_line_and_change_nothing(tmp_path, capsys):
    run(capsys, "--data-dir", str(tmp_path), "branch", "add", "A01", "甲所")
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "branch", "add", "A01", "又一个")
    assert code == 1 and "已经存在" in err and out == ""
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "--lang", "en", "branch", "add", "a b", "x")
    assert code == 1 and "not valid" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "branch", "revoke", "ZZ9")
    assert code == 1 and "没有代码为 ZZ9 的网点" in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "branch", "list", "--json")
    assert [b["code"] for b in json.loads(out)] == ["A01"]


def test_county_users_are_added_listed_and_disabled(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("correct horse\n"))
    assert run(capsys, "--data-dir", str(tmp_path), "users", "add", "Wang", "王科长", "--password-stdin")[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "users", "add", "li", "李", "--password-stdin")
    assert code == 1 and "至少 8 个字符" in err
    db = HQDatabase(database_url(tmp_path, None))
    try:
        assert users.check(db, "WANG", "correct horse") is not None
        assert users.check(db, "wang", "wrong horse") is None
        assert run(capsys, "--data-dir", str(tmp_path), "users", "disable", "wang")[0] == 0
        assert users.check(db, "wang", "correct horse") is None
    finally:
        db.close()
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "users", "list")
    assert "wang\t王科长\t已停用" in out


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def served(request, tmp_path):
    """`branchdesk-hq serve --workers 2` as a real process on loopback, on either database."""
    with fresh_database(request.param, tmp_path) as url:
        where = ["--data-dir", str(tmp_path / "hq")] if request.param == "sqlite" else ["--db", url]
        yield from _serve(where, url)


def _serve(where, url):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "branchdesk.hq.cli", *where, "serve", "--port", str(port), "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"})
    client = HQClient(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 60
    while True:
        try:
            client.health()
            break
        except ReplyLost:
            if time.monotonic() > deadline or process.poll() is not None:
                os.killpg(process.pid, signal.SIGKILL)
                raise RuntimeError(process.stdout.read().decode() if process.stdout else "no output") from None
            time.sleep(0.2)
    yield where, url, client
    client.close()
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    if process.stdout:
        process.stdout.close()


def test_two_worker_processes_receiving_the_same_batches_apply_each_once(served, capsys, tmp_path):
    where, url, client = served
    run(capsys, *where, "branch", "add", "W01", "双进程所", "--qr", str(tmp_path / "W01.png"))
    from branchdesk.hq import registry

    db = HQDatabase(url)
    try:
        code = registry.new_code(db, "W01", _now()).code
    finally:
        db.close()
    keys = KeyPair.generate()
    enrolment = client.enrol("W01", code, keys, None)
    me = Identity(url=client.url, branch="W01", credential=enrolment.credential, keys=keys,
                  hq_public_key=enrolment.hq_public_key)
    numbers = iter(range(1, 1000))
    batches = [rows(first, first + 49) for first in range(1, 500, 50)]

    def send(batch):
        own = HQClient(client.url)
        try:
            return own.push(me, next(numbers), batch, 500)["applied"]
        except ProtocolError as refused:  # the copy's number arrived second: the branch never sends so
            return refused.code
        finally:
            own.close()

    # Each batch twice at once, on separate connections, so the two workers get a copy each.
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for batch in batches:
            outcomes = sorted(map(str, pool.map(send, [batch, batch])))
            assert outcomes in (["0", "50"], ["50", "replayed"]), outcomes
    assert client.state(me, 999)["held_through"] == 500
    code, out, _ = run(capsys, *where, "branch", "list", "--json")
    assert json.loads(out)[0]["held_through"] == 500 and json.loads(out)[0]["pending"] == 0


def _now():
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc)
