"""Corrective actions (issue 11, item 4): one per failed item when a check is signed; done with evidence;
closed only after an effectiveness check by someone other than the owner; every step kept."""

import datetime as dt
import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.checks.actions import open_actions
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import ActionStep, CorrectiveAction, Inspection
from tests.checks.conftest import template_id
from tests.checks.helpers import run_check


@pytest.fixture
def head(services, admin):
    services.staff.create(admin, NewStaff("liqiang", "李强", Role.BRANCH_HEAD, "1357"))
    return services.staff.sign_in("liqiang", "1357")


def _signed_with_two_failures(checks, manager, clerk):
    return run_check(checks, manager, template_id(checks, "daily_opening"), fail=("门前整洁", "时钟"),
                     responsible=clerk.staff_id)


def test_signing_opens_one_action_per_failed_item(checks, manager, clerk):
    inspection = _signed_with_two_failures(checks, manager, clerk)
    actions = checks.actions.for_inspection(inspection.id)
    assert [(a.item_text, a.owner_name, a.status) for a in actions] == [
        ("门前整洁有序", "张敏", "open"),  # the person named responsible
        ("时钟、日历准确", "王芳", "open"),  # nobody named: the duty manager who signed
    ]
    assert {a.due_on for a in actions} == {dt.date(2026, 11, 27)}  # three days after Tuesday's check
    assert checks.actions.get(actions[0].id).steps[0].kind == "open"


def test_a_passed_check_opens_none(checks, manager):
    inspection = run_check(checks, manager, template_id(checks, "daily_opening"))
    assert checks.actions.for_inspection(inspection.id) == []


def test_opening_again_opens_nothing_twice(checks, manager, clerk, clock):
    inspection = _signed_with_two_failures(checks, manager, clerk)
    with checks.actions.db.transaction() as s:
        assert open_actions(s, s.get(Inspection, inspection.id), clock.now()) == []
    assert len(checks.actions.for_inspection(inspection.id)) == 2


def test_without_a_duty_manager_signing_the_branch_head_owns_it(checks, admin, head):
    inspection = run_check(checks, admin, template_id(checks, "daily_closing"), fail=("门窗",))
    assert [a.owner_name for a in checks.actions.for_inspection(inspection.id)] == ["李强"]


def test_done_needs_evidence_and_the_owner_or_a_manager(checks, manager, clerk, services, admin, tmp_path):
    inspection = _signed_with_two_failures(checks, manager, clerk)
    mine, other = checks.actions.for_inspection(inspection.id)
    with pytest.raises(UserError, match="evidence"):
        checks.actions.mark_done(clerk, mine.id, "  ")
    services.staff.create(admin, NewStaff("zhaolei", "赵磊", Role.CLERK, "8642"))
    stranger = services.staff.sign_in("zhaolei", "8642")
    with pytest.raises(PermissionDenied):
        checks.actions.mark_done(stranger, mine.id, "扫干净了")
    photo = tmp_path / "door.png"
    photo.write_bytes(b"\x89PNG not really, but a file")
    done = checks.actions.mark_done(clerk, mine.id, "门前已清扫", photo)
    assert done.action.status == "done"
    step = done.steps[-1]
    assert (step.kind, step.text, step.staff_name) == ("done", "门前已清扫", "张敏")
    assert step.photo_sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (checks.actions.photo_dir / step.photo_file).read_bytes() == photo.read_bytes()
    with pytest.raises(UserError, match="open action"):
        checks.actions.mark_done(clerk, mine.id, "again")
    assert checks.actions.mark_done(manager, other.id, "", photo).action.status == "done"  # a manager, photo only


def test_only_someone_other_than_the_owner_checks_the_effect(checks, manager, clerk, head):
    inspection = _signed_with_two_failures(checks, manager, clerk)
    mine, managers = checks.actions.for_inspection(inspection.id)
    with pytest.raises(UserError, match="marked done"):
        checks.actions.check_effect(head, mine.id, True)
    checks.actions.mark_done(clerk, mine.id, "门前已清扫")
    with pytest.raises(PermissionDenied):
        checks.actions.check_effect(clerk, mine.id, True)  # the owner, and a clerk
    checks.actions.mark_done(manager, managers.id, "时钟已校准")
    with pytest.raises(UserError, match="other than the owner"):
        checks.actions.check_effect(manager, managers.id, True)
    with pytest.raises(UserError, match="still wrong"):
        checks.actions.check_effect(head, mine.id, False)
    reopened = checks.actions.check_effect(head, mine.id, False, "门口又堆了纸箱")
    assert (reopened.action.status, reopened.action.done_at) == ("open", None)
    assert [s.kind for s in reopened.steps] == ["open", "done", "not_effective"]
    checks.actions.mark_done(clerk, mine.id, "纸箱已搬走")
    closed = checks.actions.check_effect(manager, mine.id, True)
    assert closed.action.status == "closed" and closed.action.closed_at is not None
    with pytest.raises(UserError, match="closed"):
        checks.actions.reassign(head, mine.id, clerk.staff_id, dt.date(2026, 11, 30))


def test_reassigning_moves_owner_and_due_date_within_reason(checks, manager, clerk, clock):
    inspection = _signed_with_two_failures(checks, manager, clerk)
    action = checks.actions.for_inspection(inspection.id)[0]
    with pytest.raises(UserError, match="due date"):
        checks.actions.reassign(manager, action.id, clerk.staff_id, dt.date(2026, 11, 1))
    moved = checks.actions.reassign(manager, action.id, manager.staff_id, dt.date(2026, 12, 1), "张敏休假")
    assert (moved.action.owner_name, moved.action.due_on) == ("王芳", dt.date(2026, 12, 1))
    assert (moved.steps[-1].kind, moved.steps[-1].owner_name, moved.steps[-1].text) == ("reassign", "王芳", "张敏休假")
    with pytest.raises(PermissionDenied):
        checks.actions.reassign(clerk, action.id, clerk.staff_id, dt.date(2026, 12, 1))


def test_overdue_only_while_open_and_past_its_due_day(checks, manager, clerk, clock):
    inspection = _signed_with_two_failures(checks, manager, clerk)
    action = checks.actions.for_inspection(inspection.id)[0]
    assert not action.overdue(dt.date(2026, 11, 27)) and action.overdue(dt.date(2026, 11, 28))
    clock.advance(days=4)
    done = checks.actions.mark_done(clerk, action.id, "已整改").action
    assert not done.overdue(dt.date(2026, 11, 28))


def test_steps_are_append_only(checks, manager, clerk, db):
    inspection = _signed_with_two_failures(checks, manager, clerk)
    action = checks.actions.for_inspection(inspection.id)[0]
    for sql in ("UPDATE action_step SET text = 'x' WHERE action_id = :a", "DELETE FROM action_step WHERE action_id = :a"):
        with pytest.raises(IntegrityError, match="append-only"):
            with db.transaction() as s:
                s.execute(text(sql), {"a": action.id})
    with db.reading() as s:
        assert s.query(ActionStep).filter_by(action_id=action.id).count() == 1
        assert s.get(CorrectiveAction, action.id).status == "open"


def test_a_mystery_visit_opens_its_actions_at_release_not_at_signing(services, admin, clock):
    from branchdesk.services.roles import Role as R
    from tests.checks.test_mystery import _recorded, make_people

    services.checks.templates.install_defaults()
    people = make_people(services, admin)
    visit = _recorded(services.checks, people, clock)  # signed, a failed item naming the clerk
    assert services.checks.actions.listing() == []
    assert services.due.now().actions == []
    services.checks.visits.release(people[R.INSPECTOR], visit.id)
    actions = services.checks.actions.for_inspection(visit.id)
    assert [(a.item_text, a.owner_name) for a in actions] == [("未拒办业务、未强迫搭配销售", "张敏")]


def test_a_mystery_checklist_takes_no_schedule(services, admin):
    from branchdesk.services.checks.schedule import Schedule

    services.checks.templates.install_defaults()
    mystery = template_id(services.checks, "mystery_shopper")
    with pytest.raises(UserError, match="unannounced"):
        services.checks.schedules.set_schedule(admin, mystery, Schedule("weekly", due_day=4))
