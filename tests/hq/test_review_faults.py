"""Faults found in review of the first cut of sync, each shown to hold now."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
import zipfile

import httpx
import pytest

from branchdesk.errors import UserError
from branchdesk.hq import registry
from branchdesk.hq.bundles import import_bundle
from branchdesk.store import Database
from branchdesk.sync.bundle import BundleError
from branchdesk.sync.engine import BranchSync
from branchdesk.sync.http import HQClient, ReplyLost
from branchdesk.sync.protocol import EnrolmentTicket, KeyPair

from tests.hq.test_branch_sync import some_work
from tests.hq.test_push import rows


def test_a_branch_restored_from_a_backup_is_stopped_not_silently_acknowledged(services, admin, hq_db, hq_clock,
                                                                              hq_server, data_dir, tmp_path):
    """Its log is shorter than what HQ holds: new rows would reuse numbers HQ holds with other content."""
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    sync = BranchSync(services.db, lambda: dt.datetime.now(dt.timezone.utc))
    sync.enrol(hq_server.url, "QS-001", made.code)
    some_work(services)
    backup = tmp_path / "branch-backup.sqlite3"
    with sqlite3.connect(data_dir.database) as live, sqlite3.connect(backup) as copy:
        live.backup(copy)
    live.close()
    copy.close()
    some_work(services, 4)
    sync.run_once()
    services.db.close()
    shutil.copyfile(backup, data_dir.database)  # the PC's database goes back to the backup
    for suffix in ("-wal", "-shm"):
        data_dir.database.with_name(data_dir.database.name + suffix).unlink(missing_ok=True)
    restored = Database.open(data_dir.database, data_dir.backups, daily_backup=False)
    try:
        again = BranchSync(restored, lambda: dt.datetime.now(dt.timezone.utc))
        with pytest.raises(UserError) as stopped:
            again.run_once()
        assert stopped.value.code == "sync.conflict"
        status = again.status()
        assert status.acknowledged <= status.log_end and status.last_error.code == "sync.conflict"
    finally:
        restored.close()


def test_a_signed_reply_cannot_be_passed_off_as_the_answer_to_another_request(hq, hq_db, hq_clock):
    from tests.hq.conftest import enrolled

    branch_a, branch_b = enrolled(hq, hq_db, "A01", hq_clock), enrolled(hq, hq_db, "B02", hq_clock)
    branch_a.push(rows(1, 5))
    replies: list[httpx.Response] = []
    recorder = HQClient(hq.url, client=httpx.Client(event_hooks={"response": [replies.append]}))
    recorder.push(branch_a.me, 50, rows(1, 5), 5)  # A's reply: held_through 5, signed by HQ
    recorder.close()
    a_reply = replies[-1]
    a_reply.read()

    def replay(request: httpx.Request) -> httpx.Response:
        return httpx.Response(a_reply.status_code, headers=a_reply.headers, content=a_reply.content)

    man_in_the_middle = HQClient(hq.url, client=httpx.Client(transport=httpx.MockTransport(replay)))
    with pytest.raises(ReplyLost):  # B's request with the same number gets A's genuine reply: refused
        man_in_the_middle.push(branch_b.me, 50, rows(1, 1), 1)
    with pytest.raises(ReplyLost):  # and so does A's own next request
        man_in_the_middle.push(branch_a.me, 51, rows(6, 6), 6)
    man_in_the_middle.close()


def test_the_key_id_shown_at_enrolment_is_the_kept_keys_own(hq, hq_db, hq_clock, hq_app):
    made = registry.add_branch(hq_db, "C01", "城关邮政所", hq_clock())
    enrolment = hq.enrol("C01", made.code, KeyPair.generate(), None)
    assert enrolment.hq_key_id == hq_app.state.keys.key_id()
    from branchdesk.sync import protocol

    assert enrolment.hq_key_id == protocol.key_id(enrolment.hq_public_key)


def test_a_qr_code_of_another_branch_enrols_nothing(services, admin, hq_db, hq_clock, hq_server):
    made = registry.add_branch(hq_db, "XX-009", "别的所", hq_clock())
    qr = EnrolmentTicket("XX-009", made.code, registry.hq_keys(hq_db, hq_clock()).key_id(), hq_server.url).qr_text()
    sync = BranchSync(services.db, lambda: dt.datetime.now(dt.timezone.utc))
    with pytest.raises(UserError) as refused:
        sync.enrol(qr)
    assert refused.value.code == "sync.qr_other_branch" and "XX-009" in str(refused.value)
    assert not sync.status().enrolled
    assert not registry.branches(hq_db)[0].enrolled  # the code is still unused


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, hq_db, hq_clock, monkeypatch):
    from branchdesk.sync import bundle

    monkeypatch.setattr(bundle, "MAX_UNPACKED_BYTES", 1 << 20)  # the same check, at a size a test can afford
    bomb = tmp_path / "BD-QS-001-1-1.bdbundle"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("changes.jsonl", b"\0" * (8 << 20))  # 8 MB of zeros: a few KB on disk
    assert bomb.stat().st_size < 100_000
    with pytest.raises(BundleError) as refused:
        import_bundle(hq_db, bomb, None, hq_clock())
    assert refused.value.reason == "too_large"


def test_bodies_past_the_limit_are_refused_without_being_read(hq):
    declared = httpx.post(hq.url + "/v1/enrol", content=b"x" * (10 << 20))  # refused on its Content-Length
    assert declared.json()["error"]["code"] == "too_large"

    def endless():
        for _ in range(200):
            yield b"x" * 65536  # 12.5 MB, no Content-Length

    streamed = httpx.post(hq.url + "/v1/enrol", content=endless())
    assert streamed.json()["error"]["code"] == "too_large"


def test_a_request_number_beyond_64_bits_is_a_clean_refusal(branch_a, hq):
    headers = {"BD-Protocol": "1", "BD-Branch": "A01", "BD-Credential": branch_a.me.credential,
               "BD-Request": str(2**70), "BD-Sent-At": "2026-11-30T00:00:00.000000Z", "BD-Signature": "AAAA"}
    refused = httpx.post(hq.url + "/v1/push", content=b"{}", headers=headers)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "bad_request"
    junk = dataclasses.replace(branch_a.me, branch="B" * 500)
    with pytest.raises(Exception) as wrong:
        branch_a.hq.push(junk, 1, rows(1, 1), 1)  # an absurd branch header is refused and still logged
    assert getattr(wrong.value, "code", None) == "wrong_branch"
