"""The staff score (issue 11, item 7): the head's entries, and each month's score read from its sources.

Who sees what: everyone sees their own score with every source behind it; the branch head and the
administrator (EVALUATE_STAFF) see everyone's, the ranking and the monthly PDF, and make the entries.
Entries are append-only: a correction is a new entry, the latest counts, the earlier ones stay in sight.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.branch import BranchService, BranchSettings
from branchdesk.services.checks import visibility
from branchdesk.services.checks.inspections import Inspections, InspectionView
from branchdesk.services.clock import Clock
from branchdesk.services.events import STAFF_SCORE, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.printing.staff_score_data import StaffScoreReport
from branchdesk.services.staff_score import monthly, report, rules
from branchdesk.services.staff_score.monthly import Person
from branchdesk.services.staff_score.views import (
    DayDetail, EvaluationEntry, FigureEntry, MonthScore, Ranked, SignedCheck, StaffTargets, TargetDetail,
)
from branchdesk.store import Database
from branchdesk.store.models import (
    AttendanceEvent, Inspection, InspectionAnswer, StaffEvaluation, StaffTarget, StaffTargetFigure, TemplateVersion,
)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _note(note: str) -> str:
    note = (note or "").strip()
    if len(note) > rules.MAX_NOTE:
        raise UserError("score.note_too_long", tr_noop("A note may have at most {count} characters."),
                        count=rules.MAX_NOTE)
    return note


class StaffScoreService(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService, inspections: Inspections) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch
        self.inspections = inspections

    # --- reading ---------------------------------------------------------------------------

    def _settings(self) -> BranchSettings:
        settings = self.branch.settings()
        if settings is None:
            raise UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))
        return settings

    def current_month(self) -> str:
        return rules.month_of(self.clock.now().astimezone(self._settings().zone).date())

    @staticmethod
    def _may_see(actor: Actor, staff_id: str) -> None:
        if staff_id != actor.staff_id:
            actor.require(Permission.EVALUATE_STAFF)

    def month_score(self, actor: Actor, staff_id: str, month: str) -> MonthScore:
        self._may_see(actor, staff_id)
        rules.month_bounds(month)
        zone = self._settings().zone
        with self.db.reading() as s:
            who = monthly.person(s, staff_id)
            if who is None:
                raise UserError("score.staff_unknown", tr_noop("This member of staff does not exist."))
            return monthly.month_score(s, who, month, zone)

    def ranking(self, actor: Actor, month: str) -> list[Ranked]:
        """Every active person's month, best first; equal totals share a rank."""
        actor.require(Permission.EVALUATE_STAFF)
        rules.month_bounds(month)
        zone = self._settings().zone
        with self.db.reading() as s:
            scores = [monthly.month_score(s, who, month, zone) for who in monthly.active_people(s)]
        scores.sort(key=lambda score: -score.total)
        ranked: list[Ranked] = []
        for position, score in enumerate(scores, start=1):
            same = ranked and ranked[-1].score.total == score.total
            ranked.append(Ranked(ranked[-1].rank if same else position, score))
        return ranked

    def report_data(self, actor: Actor, month: str) -> StaffScoreReport:
        """The monthly PDF's data: the ranking and every person's lines, in Chinese."""
        settings = self._settings()
        ranked = self.ranking(actor, month)
        return report.report_data(settings.name, settings.code, month, ranked,
                                  self.clock.now().astimezone(settings.zone))

    def report_pdf(self, actor: Actor, month: str) -> bytes:
        from branchdesk.printing.staff_score_report import staff_score_report_pdf  # reportlab: only when asked

        return staff_score_report_pdf(self.report_data(actor, month))

    def evaluation(self, actor: Actor, evaluation_id: str) -> list[EvaluationEntry]:
        """The evaluation and every entry for the same person and week, in the order made (latest last)."""
        with self.db.reading() as s:
            row = s.get(StaffEvaluation, evaluation_id)
            if row is None:
                raise UserError("score.evaluation_missing", tr_noop("This evaluation no longer exists."))
            self._may_see(actor, row.staff_id)
            return self._week_entries(s, row.staff_id, row.week_start)

    def week_entries(self, actor: Actor, staff_id: str, week_start: dt.date) -> list[EvaluationEntry]:
        self._may_see(actor, staff_id)
        with self.db.reading() as s:
            return self._week_entries(s, staff_id, week_start)

    def _week_entries(self, s: Session, staff_id: str, week_start: dt.date) -> list[EvaluationEntry]:
        zone = self._settings().zone
        names = monthly.staff_names(s)
        rows = list(s.scalars(select(StaffEvaluation).where(
            StaffEvaluation.staff_id == staff_id, StaffEvaluation.week_start == week_start)
            .order_by(StaffEvaluation.seq)))
        return [EvaluationEntry(r.id, r.staff_id, names.get(r.staff_id, ""), r.week_start,
                                monthly.evaluation_scores(r), r.total, r.note, names.get(r.evaluated_by, ""),
                                r.evaluated_at.astimezone(zone), i == len(rows) - 1) for i, r in enumerate(rows)]

    def targets(self, actor: Actor, staff_id: str, month: str) -> StaffTargets:
        self._may_see(actor, staff_id)
        rules.month_bounds(month)
        with self.db.reading() as s:
            return self._targets(s, staff_id, month)

    def _targets(self, s: Session, staff_id: str, month: str) -> StaffTargets:
        zone = self._settings().zone
        names = monthly.staff_names(s)
        targets = {kind: monthly.target_entry(row, names, True, zone)
                   for kind, row in monthly.current_targets(s, staff_id, month).items()}
        figures = {kind: FigureEntry(row.value, row.note, names.get(row.entered_by, ""),
                                     row.entered_at.astimezone(zone), True)
                   for kind, row in monthly.current_figures(s, staff_id, month).items()}
        return StaffTargets(staff_id, month, targets, figures)

    def target_detail(self, actor: Actor, staff_id: str, month: str, kind: str) -> TargetDetail:
        self._may_see(actor, staff_id)
        first, last = rules.month_bounds(month)
        zone = self._settings().zone
        with self.db.reading() as s:
            names = monthly.staff_names(s)
            rows = list(s.scalars(select(StaffTarget).where(
                StaffTarget.staff_id == staff_id, StaffTarget.month == month, StaffTarget.kind == kind)
                .order_by(StaffTarget.seq)))
            figures = list(s.scalars(select(StaffTargetFigure).where(
                StaffTargetFigure.staff_id == staff_id, StaffTargetFigure.month == month,
                StaffTargetFigure.kind == kind).order_by(StaffTargetFigure.seq)))
            computed = kind in monthly.COMPUTED
            tickets = tuple(monthly.counted_tickets(s, staff_id, first, last)) if computed else ()
            return TargetDetail(
                names.get(staff_id, ""), month, kind, computed,
                tuple(monthly.target_entry(r, names, i == len(rows) - 1, zone) for i, r in enumerate(rows)),
                tuple(FigureEntry(f.value, f.note, names.get(f.entered_by, ""), f.entered_at.astimezone(zone),
                                  i == len(figures) - 1) for i, f in enumerate(figures)),
                tickets)

    def day_detail(self, actor: Actor, staff_id: str, day: dt.date) -> DayDetail:
        """What a day's progress was read from: attendance, the daily checks signed, the tickets served."""
        self._may_see(actor, staff_id)
        zone = self._settings().zone
        start, end = monthly.utc_bounds(day, day, zone)
        with self.db.reading() as s:
            who = monthly.person(s, staff_id)
            if who is None:
                raise UserError("score.staff_unknown", tr_noop("This member of staff does not exist."))
            events = list(s.scalars(select(AttendanceEvent).where(
                AttendanceEvent.staff_id == staff_id, AttendanceEvent.work_date == day).order_by(AttendanceEvent.seq)))
            ins = [e.at for e in events if e.kind == "in"]
            outs = [e.at for e in events if e.kind == "out"]
            checks = []
            for inspection in monthly.signed_daily_checks(s, staff_id, start, end):
                version = s.get(TemplateVersion, inspection.version_id)
                assert inspection.signed_at is not None and version is not None
                checks.append(SignedCheck(inspection.id, version.title, inspection.kind,
                                          inspection.signed_at.astimezone(zone)))
            return DayDetail(who.full_name, day, ins[0].astimezone(zone) if ins else None,
                             outs[-1].astimezone(zone) if outs else None, monthly.runs_checks(who.role),
                             tuple(checks), tuple(monthly.counted_tickets(s, staff_id, day, day)))

    def inspection(self, actor: Actor, staff_id: str, inspection_id: str) -> InspectionView:
        """A signed check that names the person on a failed item: the source of a deduction."""
        self._may_see(actor, staff_id)
        with self.db.reading() as s:
            inspection = s.get(Inspection, inspection_id)
            named = inspection is not None and inspection.signed_at is not None \
                and not visibility.is_hidden(s, inspection_id) and s.scalars(select(InspectionAnswer.id).where(
                    InspectionAnswer.inspection_id == inspection_id, InspectionAnswer.failed.is_(True),
                    InspectionAnswer.responsible_staff_id == staff_id)).first() is not None
        if not named:
            raise UserError("score.check_not_named", tr_noop("This check does not count against this person."))
        view = self.inspections.view(actor, inspection_id)
        zone = self._settings().zone
        return replace(view, started_at=view.started_at.astimezone(zone),
                       signed_at=view.signed_at.astimezone(zone) if view.signed_at else None)

    # --- writing ---------------------------------------------------------------------------

    def _active(self, s: Session, staff_id: str) -> Person:
        who = monthly.person(s, staff_id)
        if who is None or staff_id not in {p.id for p in monthly.active_people(s)}:
            raise UserError("score.staff_inactive", tr_noop("The person chosen is not an active member of staff."))
        return who

    @publishes(STAFF_SCORE)
    def evaluate(self, actor: Actor, staff_id: str, week_start: dt.date, scores: dict[str, int],
                 note: str = "") -> EvaluationEntry:
        """The weekly evaluation (a correction is simply a new one for the same week: the latest counts)."""
        actor.require(Permission.EVALUATE_STAFF)
        settings = self._settings()
        now = self.clock.now()
        if not isinstance(week_start, dt.date) or week_start.weekday() != 0:
            raise UserError("score.week_not_monday", tr_noop("A week is given by its Monday."))
        today = now.astimezone(settings.zone).date()
        if week_start > today:
            raise UserError("score.week_ahead", tr_noop("A week can be evaluated once it has begun."))
        unknown = set(scores) - {c.code for c in rules.CRITERIA}
        if unknown:
            raise UserError("score.unknown_criterion", tr_noop("{code} is not a criterion of the form."),
                            code=sorted(unknown)[0])
        for number, criterion in enumerate(rules.CRITERIA, start=1):
            value = scores.get(criterion.code)
            if value is None:
                raise UserError("score.criterion_missing", tr_noop("Give a score for every criterion."))
            if not _whole(value) or not 0 <= value <= criterion.maximum:
                raise UserError("score.criterion_range",
                                tr_noop("Criterion {number} takes a whole number of points from 0 to {top}."),
                                number=number, top=criterion.maximum)
        note = _note(note)
        total = sum(scores[c.code] for c in rules.CRITERIA)
        with self.db.transaction() as s:
            self._active(s, staff_id)
            row = StaffEvaluation(staff_id=staff_id, week_start=week_start,
                                  scores=json.dumps({c.code: scores[c.code] for c in rules.CRITERIA}), total=total,
                                  note=note, evaluated_by=actor.staff_id, evaluated_at=now)
            s.add(row)
            s.flush()
            audit.append(s, now, "score.evaluated", actor.staff_id, staff=staff_id, week=week_start.isoformat(),
                         total=total, evaluation=row.id)
            return self._week_entries(s, staff_id, week_start)[-1]

    @publishes(STAFF_SCORE)
    def set_target(self, actor: Actor, staff_id: str, month: str, kind: str, goal: int, points: int,
                   note: str = "") -> StaffTargets:
        """Set (or change: a new entry) one monthly target; 0 points withdraws it. Together at most 30."""
        actor.require(Permission.EVALUATE_STAFF)
        rules.month_bounds(month)
        if kind not in rules.TARGET_KINDS:
            raise UserError("score.unknown_target", tr_noop("This is not a kind of target."))
        if not _whole(points) or not 0 <= points <= rules.TARGETS_MAX:
            raise UserError("score.target_points", tr_noop("A target is worth a whole number of points from 0 to "
                                                           "{top}."), top=rules.TARGETS_MAX)
        if not _whole(goal) or not 1 <= goal <= rules.MAX_GOAL:
            raise UserError("score.target_goal", tr_noop("A target's goal is a whole number from 1 to {top}."),
                            top=rules.MAX_GOAL)
        note = _note(note)
        if kind == rules.OTHER and points and not note:
            raise UserError("score.other_needs_note", tr_noop("Say in the note what the other target is."))
        now = self.clock.now()
        with self.db.transaction() as s:
            self._active(s, staff_id)
            current = monthly.current_targets(s, staff_id, month)
            others = sum(t.points for k, t in current.items() if k != kind)
            if others + points > rules.TARGETS_MAX:
                raise UserError("score.targets_over",
                                tr_noop("The month's targets would be worth {total} points; at most {top}."),
                                total=others + points, top=rules.TARGETS_MAX)
            if points == 0 and kind not in current:
                raise UserError("score.target_not_set", tr_noop("This target is not set for the month."))
            s.add(StaffTarget(staff_id=staff_id, month=month, kind=kind, goal=goal, points=points, note=note,
                              set_by=actor.staff_id, set_at=now))
            s.flush()
            audit.append(s, now, "score.target_set", actor.staff_id, staff=staff_id, month=month, kind=kind,
                         goal=goal, points=points)
            return self._targets(s, staff_id, month)

    @publishes(STAFF_SCORE)
    def enter_figure(self, actor: Actor, staff_id: str, month: str, kind: str, value: int,
                     note: str = "") -> StaffTargets:
        """What the person achieved on an entered target (a correction is a new entry)."""
        actor.require(Permission.EVALUATE_STAFF)
        rules.month_bounds(month)
        if kind in monthly.COMPUTED:
            raise UserError("score.figure_computed",
                            tr_noop("This target is counted from the branch's own records; nothing to enter."))
        if not _whole(value) or not 0 <= value <= rules.MAX_GOAL:
            raise UserError("score.figure_range", tr_noop("A figure is a whole number from 0 to {top}."),
                            top=rules.MAX_GOAL)
        note = _note(note)
        now = self.clock.now()
        with self.db.transaction() as s:
            self._active(s, staff_id)
            if kind not in monthly.current_targets(s, staff_id, month):
                raise UserError("score.target_not_set", tr_noop("This target is not set for the month."))
            s.add(StaffTargetFigure(staff_id=staff_id, month=month, kind=kind, value=value, note=note,
                                    entered_by=actor.staff_id, entered_at=now))
            s.flush()
            audit.append(s, now, "score.figure_entered", actor.staff_id, staff=staff_id, month=month, kind=kind,
                         value=value)
            return self._targets(s, staff_id, month)
