"""The weekly bundle by USB (docs/sync-protocol.md §8): applied at HQ exactly as a push, refused whole
when cut short, altered, foreign or out of order, and acknowledged back at the branch."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from branchdesk.errors import UserError
from branchdesk.hq import registry
from branchdesk.hq.bundles import import_bundle
from branchdesk.hq.cli import main as hq_main
from branchdesk.sync.bundle import Ack, BundleError, write_ack
from branchdesk.sync.engine import BranchSync
from branchdesk.sync.protocol import KeyPair

from tests.hq.conftest import Snapshot
from tests.hq.test_branch_sync import exactly_once, hq_holds, some_work

REPORTS = {"report.pdf": b"%PDF-1.4 weekly", "report.xlsx": b"PK weekly"}


@pytest.fixture
def usb(tmp_path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    return stick


@pytest.fixture
def branch(services, admin, hq_db, hq_clock, hq_server) -> BranchSync:
    """Enrolled once over the network, then working by USB only."""
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    sync = BranchSync(services.db, lambda: dt.datetime.now(dt.timezone.utc))
    sync.enrol(hq_server.url, "QS-001", made.code)
    return sync


def test_a_bundle_carries_every_change_and_its_acknowledgement_clears_them(branch, services, hq_db, hq_clock, usb):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    assert made.path.name == f"BD-QS-001-1-{made.last_seq}.bdbundle" and made.last_seq == branch.status().log_end
    with zipfile.ZipFile(made.path) as archive:
        assert archive.read("report.pdf") == REPORTS["report.pdf"]
    done = import_bundle(hq_db, made.path, None, hq_clock())
    assert (done.applied, done.held_through) == (made.last_seq, made.last_seq)
    exactly_once(services, hq_db)
    assert branch.status().waiting > 0  # until the acknowledgement comes back
    assert branch.import_ack(done.ack) == made.last_seq
    assert branch.status().waiting == 0
    with pytest.raises(UserError) as nothing:
        branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    assert nothing.value.code == "sync.nothing_to_export"


def test_a_repeated_bundle_applies_nothing_new_and_is_acknowledged_again(branch, services, hq_db, hq_clock, usb):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    import_bundle(hq_db, made.path, None, hq_clock())
    (usb / "acks").mkdir()
    again = import_bundle(hq_db, made.path, usb / "acks", hq_clock())
    assert again.applied == 0 and again.ack.parent == usb / "acks"
    exactly_once(services, hq_db)


def test_network_and_usb_mix_freely(branch, services, hq_db, hq_clock, usb):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    branch.run_once()  # the same rows went over the network meanwhile
    assert import_bundle(hq_db, made.path, None, hq_clock()).applied == 0
    some_work(services)
    later = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    assert later.first_seq == made.last_seq + 1  # the network's acknowledgement counts for the next bundle
    import_bundle(hq_db, later.path, None, hq_clock())
    exactly_once(services, hq_db)


def test_a_bundle_cut_short_applies_nothing(branch, services, hq_db, hq_clock, usb):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    data = made.path.read_bytes()
    made.path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleError) as refused:
        import_bundle(hq_db, made.path, None, hq_clock())
    assert refused.value.reason == "damaged" and hq_holds(hq_db) == []


def _rewrite(path: Path, member: str, change) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[member] = change(members[member])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())


@pytest.mark.parametrize("member, change, reason", [
    ("changes.jsonl", lambda d: d.replace(b"mail", b"EMS!", 1), "tampered"),
    ("changes.jsonl", lambda d: b"\n".join(d.splitlines()[:-1]) + b"\n", "tampered"),
    ("report.pdf", lambda d: d + b"x", "tampered"),
    ("manifest.json", lambda d: d.replace(b'"first_seq":1', b'"first_seq":2'), "bad_signature"),
    ("signature", lambda d: KeyPair.generate().sign(b"other").encode(), "bad_signature"),
])
def test_an_altered_bundle_applies_nothing(branch, services, hq_db, hq_clock, usb, member, change, reason):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    _rewrite(made.path, member, change)
    with pytest.raises(BundleError) as refused:
        import_bundle(hq_db, made.path, None, hq_clock())
    assert refused.value.reason == reason and hq_holds(hq_db) == []


def test_a_bundle_of_a_revoked_or_unknown_branch_applies_nothing(branch, services, hq_db, hq_clock, usb):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    registry.revoke(hq_db, "QS-001", hq_clock())
    with pytest.raises(BundleError) as refused:
        import_bundle(hq_db, made.path, None, hq_clock())
    assert refused.value.reason == "foreign" and hq_holds(hq_db) == []


def test_an_out_of_order_bundle_names_the_missing_range(branch, services, hq_db, hq_clock, usb, tmp_path):
    before = Snapshot(hq_db, tmp_path)
    some_work(services)
    first = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    branch.import_ack(import_bundle(hq_db, first.path, None, hq_clock()).ack)
    some_work(services)
    second = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    assert second.first_seq == first.last_seq + 1
    before.restore()  # HQ loses the first bundle (restored from a backup taken before it)
    with pytest.raises(BundleError) as refused:
        import_bundle(hq_db, second.path, None, hq_clock())
    assert refused.value.reason == "missing"
    assert (refused.value.details["first"], refused.value.details["last"]) == (1, first.last_seq)
    assert hq_holds(hq_db) == []
    import_bundle(hq_db, first.path, None, hq_clock())
    import_bundle(hq_db, second.path, None, hq_clock())
    exactly_once(services, hq_db)


def test_a_bundle_that_cannot_be_written_changes_nothing(branch, services, usb):
    some_work(services)
    blocked = usb / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(UserError) as failed:
        branch.export_bundle(blocked / "week", REPORTS, "0.1.0", to_seal=None)
    assert failed.value.code == "sync.disk"
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    assert made.first_seq == 1  # the failed try moved nothing


def test_a_forged_or_foreign_acknowledgement_changes_nothing(branch, services, hq_db, hq_clock, usb):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    forged = write_ack(usb, KeyPair.generate(), Ack("QS-001", made.last_seq, "x", "2026-11-30T00:00:00.000000Z"))
    with pytest.raises(UserError) as refused:
        branch.import_ack(forged)
    assert refused.value.code == "sync.ack_bad_signature"
    hq = registry.hq_keys(hq_db, hq_clock())
    other = write_ack(usb / "..", hq, Ack("XX-009", made.last_seq, "x", "2026-11-30T00:00:00.000000Z"))
    with pytest.raises(UserError) as foreign:
        branch.import_ack(other)
    assert foreign.value.code == "sync.ack_other_branch"
    garbage = usb / "garbage.bdack"
    garbage.write_bytes(b"\x00\x01not json")
    with pytest.raises(UserError) as damaged:
        branch.import_ack(garbage)
    assert damaged.value.code == "sync.ack_damaged"
    assert branch.status().acknowledged == 0


def test_hq_import_from_the_command_line(branch, services, hq_db, usb, capsys):
    some_work(services)
    made = branch.export_bundle(usb, REPORTS, "0.1.0", to_seal=None)
    where = ["--db", hq_db.url]
    assert hq_main([*where, "import", str(made.path)]) == 0
    out = capsys.readouterr().out
    assert "已导入网点 QS-001 的数据包" in out and ".bdack" in out
    made.path.write_bytes(made.path.read_bytes()[:100])
    assert hq_main([*where, "import", str(made.path)]) == 1
    assert "数据包已损坏或不完整" in capsys.readouterr().err
