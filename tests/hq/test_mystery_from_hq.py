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
    assert services.checks.inspections.recent(head) == []
    with pytest.raises(UserError, match="not released yet"):
        services.checks.inspections.view(head, visit_id)
    visit = services.checks.inspections.view(inspector, visit_id)
    assert visit.signed and visit.signed_by == "县局检查员" and visit.visit.source == "hq"
    assert (visit.visit.window_label, visit.visit.observed_name, visit.visit.released_at) == ("1号窗口", "张敏", None)
    failed = [line for line in visit.lines if line.answer.failed]
    assert [(line.item.position, line.answer.responsible_name) for line in failed] == [(4, "张敏")]
    assert next(line for line in visit.lines if line.item.position == 9).answer.not_applicable
    assert [v.id for v in services.checks.visits.pending(inspector)] == [visit_id]
    assert services.sync.sync_now().pulled == 0  # nothing twice
    visits.release_visit(hq_db, "QS-001", visit_id, hq_clock())
    services.sync.sync_now()
    released = services.checks.inspections.view(head, visit_id)
    assert released.visit.released_at is not None and released.visit.released_by is None  # by HQ
    assert NOTE in [line.answer.text for line in released.lines]
    # The account HQ's visits are recorded under never signs in, and is in no list of the branch's people.
    assert "hq-inspector" not in [s.username for s in services.staff.list_staff(include_inactive=False)]


def test_hq_releases_a_visit_its_inspector_recorded_at_the_branch(services, enrolled, hq_db, hq_clock, clock):
    people = enrolled
    services.checks.templates.install_defaults()
    visit = _recorded(services.checks, people, clock)
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
