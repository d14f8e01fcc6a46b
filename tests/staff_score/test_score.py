"""The staff score adding up from its sources (issue 11, item 7)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.checks.inspections import AnswerInput
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff
from branchdesk.services.staff_score.views import DayLine, DeductionLine, TargetLine, WeekLine
from branchdesk.store.models import AuditEntry, StaffEvaluation, StaffTarget, StaffTargetFigure
from tests.staff_score.conftest import FULL, MONTH, scores


def test_the_clerks_month_adds_up_from_its_sources(services, november, clerk):
    month = services.staff_score.month_score(clerk, clerk.staff_id, MONTH)
    weekly, targets, daily, deductions = month.parts
    # Weekly: the average of the two evaluated weeks (40 and the corrected 45); the other two weeks listed.
    assert [(line.week_start.day, line.total, line.points) for line in weekly.lines] == \
        [(2, 40, 2000), (9, 45, 2250), (16, None, 0), (23, None, 0)]
    assert weekly.lines[1].corrections == 1 and weekly.points == 4250
    # Targets: 2 of 4 tickets within norm (computed) of 20 points, 5 of 10 gifts (entered) of 10.
    assert [(line.kind, line.actual, line.computed, line.points) for line in targets.lines] == \
        [("served_within_norm", 2, True, 1000), ("gifts_issued", 5, False, 500)]
    # Daily: one day, a clerk (no checks to sign), 2 of 3 tickets within norm: 20 x 2/3.
    assert [(line.day, line.checks_signed, line.within_norm, line.with_norm, line.points) for line in daily.lines] \
        == [(dt.date(2026, 11, 24), None, 2, 3, 1333)]
    # Deductions: a failed item named to the clerk costs 2, a failed critical one 5.
    assert [(line.critical, line.points) for line in deductions.lines] == [(False, -200), (True, -500)]
    assert month.total == 4250 + 1500 + 1333 - 700
    for part in month.parts:
        assert part.points == sum(line.points for line in part.lines)
    assert month.total == sum(part.points for part in month.parts)


def test_every_line_opens_its_source(services, november, clerk):
    score = services.staff_score
    month = score.month_score(clerk, clerk.staff_id, MONTH)
    for part in month.parts:
        for line in part.lines:
            source = line.source
            if isinstance(line, WeekLine):
                if source is None:
                    assert line.total is None
                    continue
                entries = score.evaluation(clerk, source.ref)
                assert entries[-1].latest and entries[-1].total == line.total
                assert len(entries) == line.corrections + 1
            elif isinstance(line, TargetLine):
                detail = score.target_detail(clerk, clerk.staff_id, MONTH, source.ref)
                if detail.computed:
                    assert sum(t.within for t in detail.tickets) == line.actual
                else:
                    assert detail.figures[-1].value == line.actual
            elif isinstance(line, DayLine):
                detail = score.day_detail(clerk, clerk.staff_id, dt.date.fromisoformat(source.ref))
                assert sum(t.within for t in detail.tickets) == line.within_norm
                assert detail.first_in is not None
            else:
                assert isinstance(line, DeductionLine)
                check = score.inspection(clerk, clerk.staff_id, source.ref)
                failed = next(item for item in check.lines if item.item.id == source.item_id)
                assert failed.answer.failed and failed.answer.responsible_id == clerk.staff_id
                assert failed.item.spec.critical == line.critical


def test_the_ranking_puts_the_best_first_and_ties_share_a_rank(services, admin, november, head, manager, clerk):
    services.staff.create(admin, NewStaff("liuyang", "刘洋", Role.CLERK, "4680"))
    ranked = services.staff_score.ranking(head, MONTH)
    assert [(r.rank, r.score.full_name, r.score.total) for r in ranked][:2] == \
        [(1, "张敏", 4250 + 1500 + 1333 - 700), (2, "王芳", 2000)]  # the manager signed her one day's check
    assert [(r.rank, r.score.full_name) for r in ranked[2:]] == [(3, "李强"), (3, "刘洋")]  # nothing yet: a tie
    assert "管理员" not in [r.score.full_name for r in ranked]  # the administrator's account is not scored


def test_clerks_see_only_their_own_score(services, november, clerk, manager):
    with pytest.raises(PermissionDenied):
        services.staff_score.month_score(clerk, manager.staff_id, MONTH)
    with pytest.raises(PermissionDenied):
        services.staff_score.ranking(clerk, MONTH)
    with pytest.raises(PermissionDenied):
        services.staff_score.evaluate(clerk, clerk.staff_id, dt.date(2026, 11, 16), FULL)
    with pytest.raises(UserError):  # a check that does not name the manager is no source of hers
        services.staff_score.inspection(manager, manager.staff_id, november.id)


def _rows(services) -> tuple[int, ...]:
    with services.db.reading() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in
                     (StaffEvaluation, StaffTarget, StaffTargetFigure, AuditEntry))


@pytest.mark.parametrize("given, code", [
    ({**FULL, "service": 16}, "score.criterion_range"),  # above its maximum
    ({**FULL, "help": -1}, "score.criterion_range"),
    ({**FULL, "demo": 2.5}, "score.criterion_range"),
    ({k: v for k, v in FULL.items() if k != "sales"}, "score.criterion_missing"),
    ({**FULL, "charm": 3}, "score.unknown_criterion"),
])
def test_a_bad_evaluation_is_refused_and_changes_nothing(services, head, clerk, given, code):
    before = _rows(services)
    with pytest.raises(UserError) as refused:
        services.staff_score.evaluate(head, clerk.staff_id, dt.date(2026, 11, 16), given)
    assert refused.value.code == code
    assert _rows(services) == before


@pytest.mark.parametrize("week, code", [(dt.date(2026, 11, 17), "score.week_not_monday"),
                                        (dt.date(2026, 11, 30), "score.week_ahead")])
def test_a_week_is_a_monday_that_has_come(services, head, clerk, week, code):
    with pytest.raises(UserError) as refused:
        services.staff_score.evaluate(head, clerk.staff_id, week, FULL)
    assert refused.value.code == code


def test_targets_are_worth_at_most_30_together_and_a_bad_one_changes_nothing(services, head, clerk):
    score = services.staff_score
    score.set_target(head, clerk.staff_id, MONTH, "served_within_norm", 100, 20)
    before = _rows(services)
    for kind, goal, points, code in [("gifts_issued", 10, 11, "score.targets_over"),
                                     ("gifts_issued", 0, 5, "score.target_goal"),
                                     ("gifts_issued", 10, 31, "score.target_points"),
                                     ("sales", 10, 5, "score.unknown_target"),
                                     ("other", 10, 5, "score.other_needs_note")]:
        with pytest.raises(UserError) as refused:
            score.set_target(head, clerk.staff_id, MONTH, kind, goal, points)
        assert refused.value.code == code
    with pytest.raises(UserError) as refused:
        score.enter_figure(head, clerk.staff_id, MONTH, "served_within_norm", 50)
    assert refused.value.code == "score.figure_computed"
    with pytest.raises(UserError) as refused:
        score.enter_figure(head, clerk.staff_id, MONTH, "gifts_issued", 5)
    assert refused.value.code == "score.target_not_set"
    assert _rows(services) == before
    # Changing a target is a new entry; the month counts the latest, and 0 points withdraws it.
    score.set_target(head, clerk.staff_id, MONTH, "served_within_norm", 100, 10)
    score.set_target(head, clerk.staff_id, MONTH, "gifts_issued", 10, 20)
    assert {k: t.points for k, t in score.targets(head, clerk.staff_id, MONTH).targets.items()} == \
        {"served_within_norm": 10, "gifts_issued": 20}
    score.set_target(head, clerk.staff_id, MONTH, "gifts_issued", 10, 0)
    assert set(score.targets(head, clerk.staff_id, MONTH).targets) == {"served_within_norm"}
    assert len(score.target_detail(head, clerk.staff_id, MONTH, "gifts_issued").entries) == 2


def test_entries_are_never_edited_in_place(services, november):
    for table in ("staff_evaluation", "staff_target", "staff_target_figure"):
        with pytest.raises(Exception, match="append-only"):
            with services.db.transaction() as s:
                s.execute(text(f"UPDATE {table} SET note = 'changed'"))
        with pytest.raises(Exception, match="append-only"):
            with services.db.transaction() as s:
                s.execute(text(f"DELETE FROM {table}"))


def test_a_weeks_month_is_the_one_holding_its_thursday():
    from branchdesk.services.staff_score.rules import month_weeks

    assert month_weeks("2026-11") == [dt.date(2026, 11, d) for d in (2, 9, 16, 23)]
    assert month_weeks("2026-12")[0] == dt.date(2026, 11, 30)  # Thursday 3 December
    assert scores(0) == FULL


def test_the_monthly_pdf_shows_the_figures_of_the_data(services, november, head, clerk, tmp_path):
    from tests.complaints.test_report import all_text
    from tests.printing.pdfcheck import render

    pdf = services.staff_score.report_pdf(head, MONTH)
    text = all_text(pdf)
    assert "员工积分月报" in text and "青山镇邮政支局" in text and "2026年11月" in text
    ranked = services.staff_score.ranking(head, MONTH)
    clerk_score = ranked[0].score
    assert clerk_score.full_name == "张敏"
    # The ranking row: weekly 42.5, targets 15, daily 13.33, deductions -7, total 63.83.
    assert "1张敏42.51513.33-763.83" in text.replace(" ", "")
    for line in ("11月9日至11月15日 周评 45/50 分，更正 1 次，以最后一次为准", "11月16日至11月22日 未评估",
                 "时限内办结笔数：完成 2/4（系统统计），目标分 20 分", "礼品发放数：完成 5/10（主管录入）",
                 "11月24日 时限内办结 3/3 笔".replace("3/3", "2/3"), "印章入库上锁【关键项】 不合格"):
        assert line in text, line
    image = render(pdf, scale=1.0)
    image.save("/tmp/staff-score-report-test.png")  # looked at by hand; the test checks the figures
    (tmp_path / "staff-score.pdf").write_bytes(pdf)
    assert image.height > image.width


def test_a_month_without_staff_scores_still_gets_a_report():
    import datetime as dt_

    from branchdesk.printing.staff_score_data import StaffScoreReport
    from branchdesk.printing.staff_score_report import staff_score_report_pdf
    from tests.complaints.test_report import all_text

    pdf = staff_score_report_pdf(StaffScoreReport("青山镇邮政支局", "QS-001", "2026-11", (),
                                                  dt_.datetime(2026, 12, 1, 9, 0)))
    assert "本月没有在职员工" in all_text(pdf)


def test_a_mystery_visit_counts_against_the_person_named_only_once_released(services, admin, head, clerk, clock):
    from branchdesk.services.checks.mystery import VisitParticulars
    from tests.checks.conftest import template_id
    from tests.checks.test_inspections import _line

    services.checks.templates.install_defaults()
    services.staff.create(admin, NewStaff("zhaojian", "赵检", Role.INSPECTOR, "8642"))
    inspector = services.staff.sign_in("zhaojian", "8642")
    checks = services.checks
    visit = checks.visits.record(inspector, template_id(checks, "mystery_shopper"),
                                 VisitParticulars(clock.now() - dt.timedelta(hours=2), "2号窗口", clerk.staff_id))
    refused = _line(visit, "未拒办业务").item.id
    for line in visit.lines:
        outcome = "fail" if line.item.id == refused else "pass"
        given = AnswerInput(outcome=outcome) if line.item.spec.answer_type == "pass_fail" \
            else AnswerInput(not_applicable=True)
        checks.inspections.answer(inspector, visit.id, line.item.id, given)
    checks.inspections.name_responsible(inspector, visit.id, refused, clerk.staff_id)
    checks.inspections.sign(inspector, visit.id)
    month = clock.now().strftime("%Y-%m")

    def deductions() -> list[str]:
        return [line.source.ref for line in services.staff_score.month_score(head, clerk.staff_id, month)
                .parts[3].lines]
    assert deductions() == []  # the branch may not learn of the visit from the score either
    with pytest.raises(UserError):
        services.staff_score.inspection(clerk, clerk.staff_id, visit.id)
    checks.visits.release(inspector, visit.id)
    assert deductions() == [visit.id]
    assert services.staff_score.inspection(clerk, clerk.staff_id, visit.id).id == visit.id
