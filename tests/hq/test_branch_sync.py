"""A real branch database syncing with a real HQ server on loopback, through a proxy that fails for real.

After every fault HQ must hold each change of the branch exactly once and in order.
"""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from sqlalchemy import select, text

from branchdesk.errors import UserError
from branchdesk.hq import ingest, registry
from branchdesk.hq.models import BranchRow, RawChange
from branchdesk.store.models import Announcement, Branch, ChangeLogRow
from branchdesk.services.checks.from_hq import APPLIERS
from branchdesk.sync.engine import BranchSync
from branchdesk.sync.http import HQClient
from branchdesk.sync.protocol import EnrolmentTicket, WireRow

from tests.hq.conftest import Snapshot
from tests.hq.proxy import FaultyProxy


def one_connection_per_request(url: str) -> HQClient:
    """Each request on its own connection, so the proxy's plan picks out single requests."""
    return HQClient(url, client=httpx.Client(limits=httpx.Limits(max_keepalive_connections=0), timeout=10))


@pytest.fixture
def proxy(hq_server):
    with FaultyProxy(hq_server.port) as running:
        yield running


@pytest.fixture
def branch(services, admin, hq_db, hq_clock, proxy) -> BranchSync:
    """The test branch (QS-001), enrolled with HQ through the proxy by its QR code."""
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    key_id = registry.hq_keys(hq_db, hq_clock()).key_id()
    sync = BranchSync(services.db, lambda: dt.datetime.now(dt.timezone.utc), one_connection_per_request,
                      appliers=APPLIERS)  # as services/sync.py builds it
    qr = EnrolmentTicket(branch="QS-001", code=made.code, hq_key_id=key_id, url=proxy.url).qr_text()
    assert sync.enrol(qr) == key_id
    return sync


def branch_rows(services) -> list[WireRow]:
    with services.db.engine.connect() as conn:
        return [WireRow.from_log(dict(r._mapping)) for r in conn.execute(text("SELECT * FROM change_log ORDER BY seq"))]


def hq_holds(hq_db) -> list[tuple[int, str]]:
    with hq_db.transaction() as s:
        return [(r.seq, r.row_hash) for r in s.scalars(select(RawChange).order_by(RawChange.seq))]


def exactly_once(services, hq_db) -> None:
    assert hq_holds(hq_db) == [(row.seq, row.digest()) for row in branch_rows(services)]


def some_work(services, n: int = 3) -> None:
    for _ in range(n):
        services.queue.issue("mail")


def test_everything_the_branch_wrote_reaches_hq_once(branch, services, hq_db):
    some_work(services)
    outcome = branch.run_once()
    assert outcome.pushed == len(branch_rows(services)) and outcome.held_through == branch.status().log_end
    exactly_once(services, hq_db)
    status = branch.status()
    assert (status.waiting, status.last_error) == (0, None) and status.last_success_at is not None
    assert branch.run_once().pushed == 0


def test_a_reply_lost_after_hq_committed_is_harmless(branch, services, hq_db, proxy):
    some_work(services)
    proxy.plan = ["pass", "lose_reply"]  # health answers; the push reaches HQ but its reply is lost
    with pytest.raises(UserError) as failed:
        branch.run_once()
    assert failed.value.code == "sync.offline"
    assert branch.status().waiting > 0  # the branch cannot know HQ has it
    assert len(hq_holds(hq_db)) == len(branch_rows(services))  # but HQ has
    assert branch.run_once().pushed == 0  # sent again: acknowledged, applied nothing new
    exactly_once(services, hq_db)
    assert branch.status().waiting == 0


def test_a_request_cut_in_the_middle_of_its_body_applies_nothing(branch, services, hq_db, proxy):
    some_work(services)
    proxy.cut_after = 900
    proxy.plan = ["pass", "cut_request"]
    with pytest.raises(UserError):
        branch.run_once()
    assert hq_holds(hq_db) == []
    branch.run_once()
    exactly_once(services, hq_db)


def test_offline_for_days_then_everything_goes_when_the_network_returns(branch, services, hq_db, proxy):
    proxy.mode = "refuse"
    for _ in range(3):
        some_work(services)
        with pytest.raises(UserError) as failed:
            branch.run_once()
        assert failed.value.code == "sync.offline"
    status = branch.status()
    assert status.waiting == status.log_end and status.last_error.code == "sync.offline"
    assert status.oldest_waiting_at is not None
    proxy.mode = "pass"
    branch.run_once()
    exactly_once(services, hq_db)
    assert branch.status().last_error is None


def test_hq_restored_from_an_older_backup_gets_what_it_lost_again(branch, services, hq_db, tmp_path):
    some_work(services)
    branch.run_once()
    backup = Snapshot(hq_db, tmp_path)
    some_work(services)
    branch.run_once()
    held_before = len(hq_holds(hq_db))
    backup.restore()
    assert len(hq_holds(hq_db)) < held_before
    some_work(services, 1)
    branch.run_once()  # gap -> the branch resends from what HQ holds
    exactly_once(services, hq_db)


def test_the_branch_clock_a_day_off_changes_nothing_but_the_warning(services, admin, hq_db, hq_clock, proxy):
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    day_behind = lambda: dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)  # noqa: E731
    sync = BranchSync(services.db, day_behind,
                      lambda url: HQClient(url, wall_clock=day_behind))
    sync.enrol(proxy.url, "QS-001", made.code)
    hq_clock.now = dt.datetime.now(dt.timezone.utc)
    some_work(services)
    sync.run_once()
    exactly_once(services, hq_db)
    status = sync.status()
    assert status.clock_off and 86000 < status.clock_offset_s < 86800
    assert -86800 < registry.branches(hq_db)[0].clock_offset_s < -86000


def test_what_hq_owns_comes_down_once_and_is_never_pushed_back(branch, services, hq_db, hq_clock):
    registry.announce(hq_db, "春节营业安排", "除夕 14:00 闭所。", None, hq_clock())
    registry.set_profile(hq_db, "QS-001", hq_clock(), name="青山镇邮政所", grade=2)
    assert branch.run_once().pulled == 2
    with services.db.reading() as s:
        assert [a.title for a in s.scalars(select(Announcement))] == ["春节营业安排"]
        assert (s.scalars(select(Branch)).one().name, s.scalars(select(Branch)).one().grade) == ("青山镇邮政所", 2)
        origins = {(r.entity, r.origin) for r in s.scalars(select(ChangeLogRow).where(ChangeLogRow.origin == "hq"))}
    assert origins == {("announcement", "hq"), ("branch", "hq")}
    assert branch.run_once().pulled == 0  # the cursor moved; nothing comes twice
    branch.run_once()
    exactly_once(services, hq_db)  # the rows from HQ went up as stubs, keeping the sequence whole
    ingest.build(hq_db, 1)
    with hq_db.transaction() as s:
        built = {r.entity for r in s.scalars(select(BranchRow))}
        stubs = s.scalars(select(RawChange).where(RawChange.origin == "hq")).all()
    assert "announcement" not in built and stubs and all(r.payload is None for r in stubs)


def test_data_from_a_newer_hq_is_not_skipped(branch, services, hq_db, hq_clock):
    from branchdesk.hq.models import Outgoing

    with hq_db.transaction() as s:
        s.add(Outgoing(branch_id=None, entity="gift_allocation", entity_id="g1", op="insert",
                       payload=json.dumps({"gift": "雨伞"}), created_at=hq_clock()))
    with pytest.raises(UserError) as failed:
        branch.run_once()
    assert failed.value.code == "sync.newer_data" and "gift_allocation" in str(failed.value)
    with pytest.raises(UserError):
        branch.run_once()  # still there, still refused: the cursor did not move past it


def test_enrolment_mistakes_are_told_in_words_and_enrol_nothing(services, admin, hq_db, hq_clock, proxy):
    sync = BranchSync(services.db, lambda: dt.datetime.now(dt.timezone.utc))
    for args, code in (((proxy.url, None, "short"), "sync.bad_enrolment_code"),
                       (("hq.county:8800", None, "A" * 20), "sync.bad_url"),
                       ((proxy.url, None, "A" * 20), "sync.unknown_credential")):
        with pytest.raises(UserError) as failed:
            sync.enrol(*args)
        assert failed.value.code == code
    assert not sync.status().enrolled
    with pytest.raises(UserError) as not_enrolled:
        sync.run_once()
    assert not_enrolled.value.code == "sync.not_enrolled"


COUNTY_WEEKLY = {"key": "county-weekly", "kind": "weekly", "title": "县局每周检查", "items": [
    {"section": "营业厅内", "text": "四净四无", "guidance": "地面、桌面、墙面、门面净", "weight": 2, "critical": False},
    {"section": "服务设施", "text": "营业厅温度", "answer_type": "number", "min_value": 16, "max_value": 30, "unit": "°C"},
    {"section": "人员", "text": "着装规范", "answer_type": "score", "max_score": 5, "critical": True},
]}


def test_a_county_checklist_comes_down_as_a_published_version_that_checks_run_on(branch, services, admin,
                                                                                 hq_db, hq_clock):
    from branchdesk.hq import checklists

    first = checklists.send(hq_db, checklists.checked(COUNTY_WEEKLY), None, hq_clock())
    assert branch.run_once().pulled == 1
    templates = services.checks.templates
    county = next(t for t in templates.templates() if t.key == "hq-county-weekly")
    version = templates.published(county.id)
    assert (version.id, version.number, version.title, version.kind) == (first, 1, "县局每周检查", "weekly")
    assert [(i.spec.text, i.spec.answer_type, i.spec.max_score, i.spec.min_value, i.spec.critical)
            for i in version.items] == [("四净四无", "pass_fail", None, None, False),
                                        ("营业厅温度", "number", None, 16, False), ("着装规范", "score", 5, None, True)]
    inspection = services.checks.inspections.start(admin, county.id)
    assert (inspection.title, inspection.version_number, len(inspection.lines)) == ("县局每周检查", 1, 3)
    # A second send is the template's next version; the first stays as it was, and nothing comes twice.
    changed = {**COUNTY_WEEKLY, "items": COUNTY_WEEKLY["items"][:2]}
    second = checklists.send(hq_db, checklists.checked(changed), "QS-001", hq_clock())
    assert branch.run_once().pulled == 1 and branch.run_once().pulled == 0
    assert templates.published(county.id).id == second and templates.published(county.id).number == 2
    assert len(templates.version(first).items) == 3
    with services.db.reading() as s:
        origins = {r.entity for r in s.scalars(select(ChangeLogRow).where(ChangeLogRow.origin == "hq"))}
    assert {"checklist_template", "template_version", "template_item"} <= origins


def test_hq_refuses_a_checklist_the_branches_could_not_run(hq_db, hq_clock, tmp_path):
    from branchdesk.hq import checklists
    from branchdesk.hq.models import Outgoing
    from branchdesk.hq.registry import HQError

    bad = [({**COUNTY_WEEKLY, "kind": "yearly"}, "checklist_shape"),
           ({**COUNTY_WEEKLY, "items": []}, "checklist_items"),
           ({**COUNTY_WEEKLY, "items": [{"section": "人员", "text": ""}]}, "checklist_item_text"),
           ({**COUNTY_WEEKLY, "items": [{"section": "人员", "text": "x", "answer_type": "yes_no"}]},
            "checklist_item_type"),
           ({**COUNTY_WEEKLY, "items": [{"section": "人员", "text": "x", "answer_type": "score"}]},
            "checklist_item_score"),
           ({**COUNTY_WEEKLY, "items": [{"section": "人员", "text": "x", "answer_type": "number"}]},
            "checklist_item_limits"),
           ({**COUNTY_WEEKLY, "items": [{"section": "人员", "text": "x", "answer_type": "number",
                                         "min_value": 30, "max_value": 16}]}, "checklist_item_limits_order"),
           ({**COUNTY_WEEKLY, "items": [{"section": "人员", "text": "x", "weight": 0}]}, "checklist_item_weight")]
    for data, key in bad:
        with pytest.raises(HQError) as refused:
            checklists.checked(data)
        assert refused.value.key == key
    truncated = tmp_path / "weekly.json"
    truncated.write_text(json.dumps(COUNTY_WEEKLY, ensure_ascii=False)[:-20], encoding="utf-8")
    with pytest.raises(HQError) as unreadable:
        checklists.read_file(truncated)
    assert unreadable.value.key == "checklist_not_json"
    with pytest.raises(HQError) as missing:
        checklists.read_file(tmp_path / "none.json")
    assert missing.value.key == "checklist_unreadable"
    with hq_db.transaction() as s:
        assert s.scalars(select(Outgoing)).all() == []


def test_the_county_and_the_branch_agree_on_the_answer_types():
    from branchdesk.hq import checklists
    from branchdesk.services.checks import scoring, templates

    assert checklists.ANSWER_TYPES == scoring.ANSWER_TYPES and checklists.KINDS == templates.KINDS
    assert checklists.MAX_ITEMS == templates.MAX_ITEMS
