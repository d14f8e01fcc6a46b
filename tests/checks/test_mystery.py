"""Mystery-shopper visits (issue 11, item 5): the inspector records, signs and releases; until then nobody at the
branch, the head and the administrator included, can read a visit by any path, and asking is audited."""

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services import audit
from branchdesk.services.checks.inspections import AnswerInput
from branchdesk.services.checks.mystery import VisitParticulars
from branchdesk.services.roles import GRANTS, Permission, Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import Inspection, InspectionAnswer, MysteryVisit
from tests.checks.conftest import template_id
from tests.checks.test_inspections import _line

SECRET_NOTE = "二号窗口营业员边办业务边打手机"  # the visit's own words: must show nowhere before release
WINDOW = "东侧第二窗口"
STAFF_ROLES = (Role.CLERK, Role.DUTY_MANAGER, Role.BRANCH_HEAD, Role.ADMIN)


@pytest.fixture
def people(services, admin):
    return make_people(services, admin)


def make_people(services, admin):
    """One signed-in account of every role; the inspector made by the administrator like any account."""
    accounts = {Role.ADMIN: admin}
    for role, (name, full, pin) in {
        Role.CLERK: ("zhangmin", "张敏", "3579"), Role.DUTY_MANAGER: ("liqiang", "李强", "2468"),
        Role.BRANCH_HEAD: ("wangfang", "王芳", "1357"), Role.INSPECTOR: ("zhaojian", "赵检", "8642"),
    }.items():
        services.staff.create(admin, NewStaff(name, full, role, pin))
        accounts[role] = services.staff.sign_in(name, pin)
    return accounts


def _visit_at(clock, hours_ago=2):
    return VisitParticulars(clock.now() - dt.timedelta(hours=hours_ago), "2号窗口", None)


def _recorded(checks, people, clock, sign=True):
    """A visit with a failed critical item, a person named responsible and the inspector's note; signed."""
    inspector, clerk = people[Role.INSPECTOR], people[Role.CLERK]
    visit = checks.visits.record(inspector, template_id(checks, "mystery_shopper"),
                                 VisitParticulars(clock.now() - dt.timedelta(hours=2), WINDOW, clerk.staff_id))
    refused = _line(visit, "未拒办业务").item.id
    visit = checks.inspections.answer(inspector, visit.id, refused, AnswerInput(outcome="fail"))
    checks.inspections.name_responsible(inspector, visit.id, refused, clerk.staff_id)
    for line in visit.lines:
        spec = line.item.spec
        if line.item.id == refused:
            continue
        given = {"text": AnswerInput(text=SECRET_NOTE), "pass_fail": AnswerInput(outcome="pass"),
                 "score": AnswerInput(score=4)}.get(spec.answer_type, AnswerInput(not_applicable=True))
        visit = checks.inspections.answer(inspector, visit.id, line.item.id, given)
    return checks.inspections.sign(inspector, visit.id) if sign else visit


def _actions(services):
    with services.db.reading() as s:
        return [(line.action, line.actor_staff_id, line.detail) for line in reversed(audit.recent(s))]


def test_the_inspector_is_not_branch_staff_and_manages_nothing(people, services, checks):
    inspector = people[Role.INSPECTOR]
    assert Role.INSPECTOR.rank < min(role.rank for role in STAFF_ROLES)  # manages nobody by rank
    assert not Role.INSPECTOR.branch_staff and all(role.branch_staff for role in STAFF_ROLES)
    assert {p for p, roles in GRANTS.items() if Role.INSPECTOR in roles} == {Permission.RECORD_VISITS}
    assert GRANTS[Permission.RECORD_VISITS] == {Role.INSPECTOR}  # the head and the administrator neither
    with pytest.raises(PermissionDenied):
        services.staff.create(inspector, NewStaff("x1", "某人", Role.CLERK, "1111"))
    with pytest.raises(PermissionDenied):
        services.staff.update(inspector, people[Role.CLERK].staff_id, role=Role.ADMIN)
    with pytest.raises(PermissionDenied):
        services.checks.inspections.start(inspector, template_id(services.checks, "daily_opening"))


def test_record_answer_sign_release(checks, people, clock, services):
    inspector = people[Role.INSPECTOR]
    signed = _recorded(checks, people, clock)
    assert signed.signed and signed.result == "fail" and signed.visit is not None
    assert (signed.visit.window_label, signed.visit.observed_name, signed.visit.released_at) == (WINDOW, "张敏", None)
    assert [v.id for v in checks.visits.pending(inspector)] == [signed.id]
    # Signing says nothing of the result in the audit log the head reads.
    signing = [d for a, _who, d in _actions(services) if a == "mystery.signed"]
    assert signing == [{"inspection": signed.id}]
    released = checks.visits.release(inspector, signed.id)
    assert released.visit.released_at == clock.now() and released.visit.released_by == "赵检"
    assert checks.visits.pending(inspector) == []
    assert ("mystery.released", inspector.staff_id) in [(a, w) for a, w, _d in _actions(services)]
    with pytest.raises(UserError, match="already released"):
        checks.visits.release(inspector, signed.id)


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_no_one_at_the_branch_reads_an_unreleased_visit_by_any_path(checks, people, clock, services, role):
    reader = people[role]
    visit = _recorded(checks, people, clock)
    item = visit.lines[0].item.id
    assert visit.id not in [s.id for s in checks.inspections.recent(reader)]
    before = _actions(services)
    asks = {
        "view": lambda: checks.inspections.view(reader, visit.id),
        "report_data": lambda: checks.inspections.report_data(reader, visit.id),
        "report_pdf": lambda: checks.inspections.report_pdf(reader, visit.id),
        "answer": lambda: checks.inspections.answer(reader, visit.id, item, AnswerInput(outcome="pass")),
        "name_responsible": lambda: checks.inspections.name_responsible(reader, visit.id, item, None),
        "sign": lambda: checks.inspections.sign(reader, visit.id),
    }
    for ask in asks.values():
        with pytest.raises(UserError, match="not released yet") as refused:
            ask()
        assert refused.value.code == "checks.visit_hidden"
    for forbidden in (lambda: checks.visits.pending(reader), lambda: checks.visits.release(reader, visit.id),
                      lambda: checks.visits.templates(reader)):
        with pytest.raises(PermissionDenied):
            forbidden()
    refusals = _actions(services)[len(before):]
    assert [(a, w, d["asked"]) for a, w, d in refusals] == [
        ("mystery.refused", reader.staff_id, asked) for asked in asks]
    # Nothing changed: the visit is as the inspector signed it.
    assert checks.inspections.view(people[Role.INSPECTOR], visit.id) == visit
    # Released, it reads like any check.
    checks.visits.release(people[Role.INSPECTOR], visit.id)
    assert visit.id in [s.id for s in checks.inspections.recent(reader)]
    assert checks.inspections.view(reader, visit.id).result == "fail"
    assert SECRET_NOTE in "".join(line.note + line.answer for line in checks.inspections.report_data(
        reader, visit.id).lines)


def test_an_unsigned_visit_is_hidden_too_and_only_its_inspector_changes_it(checks, people, clock, services, admin):
    visit = _recorded(checks, people, clock, sign=False)
    assert visit.id not in [s.id for s in checks.inspections.recent(people[Role.BRANCH_HEAD])]
    services.staff.create(admin, NewStaff("qianjian", "钱检", Role.INSPECTOR, "9753"))
    other = services.staff.sign_in("qianjian", "9753")
    assert visit.id in [s.id for s in checks.inspections.recent(other)]  # inspectors see it
    with pytest.raises(UserError, match="Only the inspector who recorded"):
        checks.inspections.sign(other, visit.id)
    with pytest.raises(UserError, match="Sign the visit"):
        checks.visits.release(people[Role.INSPECTOR], visit.id)


def test_bad_particulars_are_refused_and_change_nothing(checks, people, clock, services):
    inspector, tid = people[Role.INSPECTOR], template_id(checks, "mystery_shopper")
    now = clock.now()
    cases = {
        "in the future": VisitParticulars(now + dt.timedelta(hours=1), "1号窗口", None),
        "more than 92 days": VisitParticulars(now - dt.timedelta(days=93), "1号窗口", None),
        "which window": VisitParticulars(now, "  ", None),
        "at most 40": VisitParticulars(now, "窗" * 41, None),
        "not a member": VisitParticulars(now, "1号窗口", inspector.staff_id),
    }
    for message, particulars in cases.items():
        with pytest.raises(UserError, match=message):
            checks.visits.record(inspector, tid, particulars)
    with pytest.raises(UserError, match="mystery-shopper checklist"):
        checks.visits.record(inspector, template_id(checks, "daily_opening"), _visit_at(clock))
    with pytest.raises(UserError, match="inspector's account"):  # a check started the usual way is refused
        checks.inspections.start(people[Role.BRANCH_HEAD], tid)
    with services.db.reading() as s:
        assert s.scalars(select(Inspection)).all() == [] and s.scalars(select(MysteryVisit)).all() == []


def test_the_database_keeps_a_signed_visit_as_signed_and_releases_it_once(checks, people, clock, services):
    unsigned = _recorded(checks, people, clock, sign=False)
    with pytest.raises(IntegrityError, match="released once signed"), services.db.transaction() as s:
        s.execute(text("UPDATE mystery_visit SET released_at = '2026-11-24 00:00:00.000000' "
                       "WHERE inspection_id = :i"), {"i": unsigned.id})
    signed = checks.inspections.sign(people[Role.INSPECTOR], unsigned.id)
    for sql in ("UPDATE mystery_visit SET window_label = '3号窗口' WHERE inspection_id = :i",
                "DELETE FROM mystery_visit WHERE inspection_id = :i"):
        with pytest.raises(IntegrityError), services.db.transaction() as s:
            s.execute(text(sql), {"i": signed.id})
    checks.visits.release(people[Role.INSPECTOR], signed.id)
    with pytest.raises(IntegrityError, match="only by its release"), services.db.transaction() as s:
        s.execute(text("UPDATE mystery_visit SET released_at = NULL WHERE inspection_id = :i"), {"i": signed.id})
    with services.db.reading() as s:
        assert s.scalars(select(InspectionAnswer).where(InspectionAnswer.inspection_id == signed.id)).all()


def test_the_report_names_the_visit_and_its_release(checks, people, clock, services):
    from tests.checks.test_report import _all_text

    def text(pdf: bytes) -> str:
        return _all_text(pdf).replace("\r\n", "")

    inspector = people[Role.INSPECTOR]
    visit = _recorded(checks, people, clock)
    own = text(checks.inspections.report_pdf(inspector, visit.id))
    assert f"窗口 {WINDOW}" in own and "服务人员 张敏" in own and "未发布" in own and SECRET_NOTE in own
    checks.visits.release(inspector, visit.id)
    released = text(checks.inspections.report_pdf(people[Role.CLERK], visit.id))
    assert "由赵检发布" in released and "暗访 2026-11-24 05:30" in released


def test_the_inspector_is_in_no_branch_list_and_never_named_responsible(checks, people, clock, services):
    inspector = people[Role.INSPECTOR]
    visit = _recorded(checks, people, clock, sign=False)
    assert [s.pending_release for s in checks.inspections.recent(inspector)] == [True]
    today = clock.now().date()
    assert "赵检" not in [d.full_name for d in services.attendance.period(today, today)]
    failed = next(line for line in visit.lines if line.answer is not None and line.answer.failed)
    with pytest.raises(UserError, match="not an active member"):
        checks.inspections.name_responsible(inspector, visit.id, failed.item.id, inspector.staff_id)
