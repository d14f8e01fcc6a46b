"""Running a check (issue 11, item 3): answers of the right type, the score, the person responsible, signing."""

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.checks.inspections import AnswerInput
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.store.models import Inspection, InspectionAnswer
from tests.checks.conftest import template_id

PASS = AnswerInput(outcome="pass")
FAIL = AnswerInput(outcome="fail")
NA = AnswerInput(not_applicable=True)


def _answer_all(checks, actor, inspection, given=PASS):
    for line in inspection.lines:
        if line.answer is None:
            spec = line.item.spec
            answer = {"text": AnswerInput(text="无"), "pass_fail": given}.get(spec.answer_type, NA)
            inspection = checks.inspections.answer(actor, inspection.id, line.item.id, answer)
    return inspection


def _line(inspection, text):
    return next(line for line in inspection.lines if text in line.item.spec.text)


def test_a_check_runs_on_the_latest_published_version_and_keeps_it(checks, manager, admin):
    tid = template_id(checks, "daily_closing")
    first = checks.inspections.start(manager, tid)
    draft = checks.templates.new_draft(admin, tid)
    checks.templates.publish(admin, draft.id)
    second = checks.inspections.start(manager, tid)
    assert (first.version_number, second.version_number) == (1, 2)
    assert checks.inspections.view(manager, first.id).version_number == 1


def test_answers_score_and_sign(checks, manager):
    inspection = checks.inspections.start(manager, template_id(checks, "daily_closing"))
    assert inspection.unanswered == len(inspection.lines)
    with pytest.raises(UserError, match="not answered"):
        checks.inspections.sign(manager, inspection.id)
    inspection = checks.inspections.answer(manager, inspection.id, _line(inspection, "门窗").item.id, FAIL)
    inspection = _answer_all(checks, manager, inspection)
    assert inspection.score.failed_items == 1 and inspection.result == "pass"
    assert (inspection.score.earned, inspection.score.possible) == (4, 5)  # the text item is not scored
    signed = checks.inspections.sign(manager, inspection.id)
    assert signed.signed and signed.signed_by == "王芳"
    with checks.inspections.db.reading() as s:
        row = s.get(Inspection, inspection.id)
        assert (row.result, row.earned, row.possible, row.signed_by) == ("pass", 4, 5, manager.staff_id)


def test_a_failed_critical_item_fails_the_check(checks, manager):
    inspection = checks.inspections.start(manager, template_id(checks, "daily_closing"))
    inspection = checks.inspections.answer(manager, inspection.id, _line(inspection, "提前结束").item.id, FAIL)
    inspection = _answer_all(checks, manager, inspection)
    assert inspection.score.percent == 80 and inspection.result == "fail"
    assert checks.inspections.sign(manager, inspection.id).result == "fail"


def test_not_applicable_is_left_out_of_the_points(checks, manager):
    inspection = checks.inspections.start(manager, template_id(checks, "daily_closing"))
    inspection = checks.inspections.answer(manager, inspection.id, inspection.lines[0].item.id, NA)
    inspection = _answer_all(checks, manager, inspection)
    assert (inspection.score.earned, inspection.score.possible) == (4, 4)


@pytest.mark.parametrize("key, text, bad", [
    ("daily_closing", "门窗", AnswerInput(score=1)),
    ("daily_closing", "门窗", AnswerInput(outcome="maybe")),
    ("daily_closing", "门窗", AnswerInput(not_applicable=True, outcome="pass")),
    ("daily_closing", "问题记录", AnswerInput(text="   ")),
    ("daily_closing", "问题记录", AnswerInput(outcome="pass")),
    ("weekly_full", "四净四无", AnswerInput(score=5)),
    ("weekly_full", "四净四无", AnswerInput(score=-1)),
    ("weekly_full", "温度", AnswerInput(number=float("nan"))),
    ("weekly_full", "温度", AnswerInput(text="22")),
    ("weekly_full", "现场照片", AnswerInput(photo=Path("notes.txt"))),
])
def test_an_answer_of_the_wrong_type_is_refused_and_changes_nothing(checks, manager, key, text, bad):
    inspection = checks.inspections.start(manager, template_id(checks, key))
    item = _line(inspection, text).item
    inspection = checks.inspections.answer(manager, inspection.id, item.id, NA)
    with pytest.raises(UserError) as refused:
        checks.inspections.answer(manager, inspection.id, item.id, bad)
    assert refused.value.code.startswith("checks.answer_")
    assert checks.inspections.view(manager, inspection.id) == inspection


def test_a_number_outside_its_limits_fails(checks, manager):
    inspection = checks.inspections.start(manager, template_id(checks, "weekly_full"))
    item = _line(inspection, "温度").item
    assert checks.inspections.answer(manager, inspection.id, item.id, AnswerInput(number=30)).lines[8].answer.failed
    assert not _line(checks.inspections.answer(manager, inspection.id, item.id, AnswerInput(number=22.5)),
                     "温度").answer.failed


def test_a_photo_is_kept_in_the_data_folder_under_its_sha256(checks, manager, tmp_path):
    photo = tmp_path / "hall.JPG"
    photo.write_bytes(b"\xff\xd8\xff not really a jpeg, but a file")
    inspection = checks.inspections.start(manager, template_id(checks, "weekly_full"))
    item = _line(inspection, "现场照片").item
    answer = _line(checks.inspections.answer(manager, inspection.id, item.id, AnswerInput(photo=photo)),
                   "现场照片").answer
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (answer.photo_sha256, answer.photo_file) == (digest, digest + ".jpg")
    assert (checks.inspections.photo_dir / answer.photo_file).read_bytes() == photo.read_bytes()
    with pytest.raises(UserError, match="could not be read"):
        checks.inspections.answer(manager, inspection.id, item.id, AnswerInput(photo=tmp_path / "gone.png"))


def test_the_person_responsible_is_named_only_on_a_failed_item(checks, manager, clerk):
    inspection = checks.inspections.start(manager, template_id(checks, "daily_closing"))
    item = _line(inspection, "门窗").item
    checks.inspections.answer(manager, inspection.id, item.id, PASS)
    with pytest.raises(UserError, match="only on a failed item"):
        checks.inspections.name_responsible(manager, inspection.id, item.id, clerk.staff_id)
    checks.inspections.answer(manager, inspection.id, item.id, FAIL)
    named = checks.inspections.name_responsible(manager, inspection.id, item.id, clerk.staff_id)
    assert _line(named, "门窗").answer.responsible_name == "张敏"
    # Answered pass again, the item no longer names anyone.
    assert _line(checks.inspections.answer(manager, inspection.id, item.id, PASS), "门窗").answer.responsible_id is None


def test_a_signed_check_refuses_every_change(checks, manager, clerk):
    inspection = _answer_all(checks, manager, checks.inspections.start(manager, template_id(checks, "daily_closing")))
    signed = checks.inspections.sign(manager, inspection.id)
    item = signed.lines[0].item
    for attempt in (lambda: checks.inspections.answer(manager, signed.id, item.id, FAIL),
                    lambda: checks.inspections.name_responsible(manager, signed.id, item.id, clerk.staff_id),
                    lambda: checks.inspections.sign(manager, signed.id)):
        with pytest.raises(UserError, match="signed") as refused:
            attempt()
        assert refused.value.code == "checks.signed"
    assert checks.inspections.view(manager, signed.id) == signed


def test_clerks_do_not_run_checks_and_mystery_visits_wait_for_the_inspector(checks, clerk, manager):
    with pytest.raises(PermissionDenied):
        checks.inspections.start(clerk, template_id(checks, "daily_opening"))
    with pytest.raises(UserError, match="inspector"):
        checks.inspections.start(manager, template_id(checks, "mystery_shopper"))
    assert checks.inspections.recent(manager) == []


def test_arriving_10_minutes_early_is_read_from_attendance(checks, services, manager, admin, clock):
    services.staff.create(admin, NewStaff("lilei", "李雷", Role.CLERK, "1357"))
    late_one = services.staff.sign_in("lilei", "1357")
    opening = template_id(checks, "daily_opening")
    unanswered = checks.inspections.start(manager, opening)
    assert _line(unanswered, "10分钟").answer is None  # nobody clocked in yet: left to the person checking
    services.attendance.clock_in(manager)  # 07:30, twenty minutes before staff are due
    on_time = _line(checks.inspections.start(manager, opening), "10分钟").answer
    assert (on_time.outcome, on_time.failed, on_time.from_attendance) == ("pass", False, True)
    clock.advance(minutes=25)  # 07:55: five minutes after staff were due
    services.attendance.clock_in(late_one)
    late = _line(checks.inspections.start(manager, opening), "10分钟").answer
    assert (late.outcome, late.failed, late.text, late.responsible_name) == ("fail", True, "李雷", "李雷")
    with services.db.reading() as s:
        assert s.scalars(select(InspectionAnswer).where(InspectionAnswer.answered_by.is_(None))).all()
