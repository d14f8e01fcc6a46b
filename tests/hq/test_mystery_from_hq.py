"""Mystery-shopper visits the county records and releases (issue 11, item 5; docs/sync-protocol.md §5.4): they
come down with the pull as signed, unreleased visits, hidden from the branch until HQ's release comes down."""

from __future__ import annotations

import json

import pytest

from branchdesk.errors import UserError
from branchdesk.hq import registry, visits
from branchdesk.hq.cli import main as hq_main
from branchdesk.hq.registry import HQError
from branchdesk.services.roles import Role
from tests.checks.test_mystery import _recorded, make_people

NOTE = "县局暗访：营业员未唱收唱付"
VISIT = {
    "visited_at": "2026-11-23T10:15:00+08:00", "window": "1号窗口", "served_by": "zhangmin",
    "answers": [{"position": 4, "outcome": "fail"}, {"position": 5, "score": 3}, {"position": 7, "number": 2.5},
                {"position": 8, "not_applicable": True}, {"position": 9, "number": "fast"},  # not a number: N/A
                {"position": 13, "text": NOTE}]
    + [{"position": n, "outcome": "pass"} for n in (1, 2, 3, 6, 10, 11, 12)],
    "responsible": {"4": "zhangmin"},
}


@pytest.fixture
def enrolled(services, admin, hq_db, hq_clock, hq_server):
    """The branch enrolled over the network, syncing through its own service (which applies HQ's visits)."""
    made = registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    services.sync.engine.enrol(hq_server.url, "QS-001", made.code)
    return make_people(services, admin)


def test_a_visit_from_hq_comes_down_hidden_and_its_release_shows_it(services, enrolled, hq_db, hq_clock):
    people = enrolled
    head, inspector = people[Role.BRANCH_HEAD], people[Role.INSPECTOR]
    visit_id = visits.send_visit(hq_db, "qs-001", VISIT, hq_clock())
    assert services.sync.sync_now().pulled == 1  # the shipped checklist is installed for it if need be
    # The county's visit is the county's: nobody at the branch reads it, its own inspector neither.
    for who in (head, inspector):
        assert services.checks.inspections.recent(who) == []
        with pytest.raises(UserError, match="not released yet"):
            services.checks.inspections.view(who, visit_id)
    assert services.checks.visits.pending(inspector) == []
    assert services.sync.sync_now().pulled == 0  # nothing twice
    visits.release_visit(hq_db, "QS-001", visit_id, hq_clock())
    services.sync.sync_now()
    released = services.checks.inspections.view(head, visit_id)
    assert released.signed and released.signed_by == "县局检查员" and released.visit.source == "hq"
    assert (released.visit.window_label, released.visit.observed_name) == ("1号窗口", "张敏")
    failed = [line for line in released.lines if line.answer.failed]
    assert [(line.item.position, line.answer.responsible_name) for line in failed] == [(4, "张敏")]
    assert next(line for line in released.lines if line.item.position == 9).answer.not_applicable
    assert released.visit.released_at is not None and released.visit.released_by is None  # by HQ
    # Its failed item opened a corrective action at the branch: the branch's own row, pushed whole.
    from sqlalchemy import select

    from branchdesk.store.models import ChangeLogRow
    with services.db.reading() as s:
        origins = [r.origin for r in s.scalars(select(ChangeLogRow).where(ChangeLogRow.entity == "corrective_action"))]
    assert origins and set(origins) == {"local"}
    assert NOTE in [line.answer.text for line in released.lines]
    # The account HQ's visits are recorded under never signs in, and is in no list of the branch's people.
    assert "hq-inspector" not in [s.username for s in services.staff.list_staff(include_inactive=False)]


def test_hq_releases_a_visit_its_inspector_recorded_at_the_branch(services, enrolled, hq_db, hq_clock, clock):
    people = enrolled
    services.checks.templates.install_defaults()
    visit = _recorded(services.checks, people, clock, sign=False)
    with pytest.raises(HQError) as early:  # HQ has not seen it signed: the branch could not apply the release
        visits.release_visit(hq_db, "QS-001", visit.id, hq_clock())
    assert early.value.key == "visit_not_signed"
    services.sync.sync_now()
    with pytest.raises(HQError):  # pushed, but not signed yet
        visits.release_visit(hq_db, "QS-001", visit.id, hq_clock())
    services.checks.inspections.sign(people[Role.INSPECTOR], visit.id)
    services.sync.sync_now()
    visits.release_visit(hq_db, "QS-001", visit.id, hq_clock())
    services.sync.sync_now()
    assert [s.id for s in services.checks.inspections.recent(people[Role.CLERK])] == [visit.id]


def test_a_bad_visit_file_is_refused_at_hq_and_nothing_goes_down(hq_db, hq_clock, tmp_path, capsys):
    registry.add_branch(hq_db, "QS-001", "青山镇邮政支局", hq_clock())
    for wrong, key in (({**VISIT, "visited_at": "2026-11-23 10:15"}, "bad_visit_time"),
                       ({**VISIT, "answers": [{"item": 1}]}, "bad_visit_answers"),
                       ({**VISIT, "window": "", "served_by": None}, "bad_visit_where")):
        with pytest.raises(HQError) as refused:
            visits.send_visit(hq_db, "QS-001", wrong, hq_clock())
        assert refused.value.key == key
    with pytest.raises(HQError) as refused:
        visits.release_visit(hq_db, "QS-001", "not-an-id", hq_clock())
    assert refused.value.key == "bad_visit_id"
    broken = tmp_path / "visit.json"
    broken.write_text("{", encoding="utf-8")
    url = hq_db.engine.url.render_as_string(hide_password=False)
    assert hq_main(["--db", url, "visit", "send", "QS-001", str(broken)]) == 1
    assert "无法读取暗访文件" in capsys.readouterr().err
    good = tmp_path / "good.json"
    good.write_text(json.dumps(VISIT, ensure_ascii=False), encoding="utf-8")
    assert hq_main(["--db", url, "visit", "send", "QS-001", str(good)]) == 0
    assert "branchdesk-hq visit release QS-001" in capsys.readouterr().out


def test_what_the_branch_makes_for_a_county_visit_is_its_own_and_goes_up_whole(services, enrolled, hq_db,
                                                                                hq_clock):
    from sqlalchemy import select

    from branchdesk.store.models import ChangeLogRow

    visits.send_visit(hq_db, "QS-001", VISIT, hq_clock())  # 检查 never opened: no checklist installed yet
    services.sync.sync_now()
    with services.db.reading() as s:
        origins = {(r.entity, r.origin) for r in s.scalars(select(ChangeLogRow).where(
            ChangeLogRow.entity.in_(("checklist_template", "template_version", "template_item", "staff"))))}
    assert ("checklist_template", "local") in origins and ("staff", "local") in origins
    assert not any(origin == "hq" for _, origin in origins)


def test_a_position_that_is_not_a_number_is_refused_at_hq_and_skipped_at_the_branch(services, enrolled, hq_db,
                                                                                    hq_clock):
    from branchdesk.services.checks.hq_visits import apply_visit

    with pytest.raises(HQError) as refused:
        visits.send_visit(hq_db, "QS-001", {**VISIT, "responsible": {"item 4": "zhangmin"}}, hq_clock())
    assert refused.value.key == "bad_visit_answers"
    # Whatever comes down is applied without stopping the pull: the unreadable names are left out.
    with services.db.transaction() as s:
        apply_visit(s, "0c3d9a4e-0000-4000-8000-000000000001",
                    {**VISIT, "visited_at": "2026-11-23T02:15:00.000000Z", "responsible": {"item 4": "zhangmin"},
                     "answers": [*VISIT["answers"], {"position": "x"}]}, hq_clock())
