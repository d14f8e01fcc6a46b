"""Running a check (issue 11, item 3): start on the latest published version, answer, sign.

An answer must be of the item's type; a person responsible can be named on a failed item;
signing needs every item answered and freezes the inspection (the service refuses a change,
and migration 0007's triggers refuse it at the database). The score leaves not-applicable
items out; a failed critical item fails the check (scoring.py).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.attendance import AttendanceDay, AttendanceService
from branchdesk.services.checks import scoring, visibility
from branchdesk.services.checks.actions import open_actions
from branchdesk.services.checks.defaults import ATTENDANCE_EARLY, ItemSpec
from branchdesk.services.checks.photos import PHOTO_SUFFIXES, keep_photo
from branchdesk.printing.inspection_data import InspectionReport, ReportLine, VisitLine, points
from branchdesk.services.checks.scoring import NUMBER, PASS_FAIL, PHOTO, SCORE, TEXT, Given, Rule
from branchdesk.services.checks.templates import ItemView, VersionView, latest_published, version_view
from branchdesk.services.clock import Clock
from branchdesk.services.events import CHECKS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission, Role
from branchdesk.store import Database
from branchdesk.store.models import (
    ChecklistTemplate, Inspection, InspectionAnswer, MysteryVisit, Staff, TemplateVersion,
)

MAX_TEXT = 2000


@dataclass(frozen=True)
class AnswerInput:
    """One answer as the user gave it; exactly the field the item's type asks for, or not applicable."""

    not_applicable: bool = False
    outcome: str | None = None  # "pass" or "fail"
    score: int | None = None
    number: float | None = None
    text: str | None = None
    photo: Path | None = None  # a file to attach: copied into the data folder


@dataclass(frozen=True)
class AnswerView:
    not_applicable: bool
    outcome: str | None
    score: int | None
    number: float | None
    text: str | None
    photo_file: str | None
    photo_sha256: str | None
    failed: bool
    responsible_id: str | None
    responsible_name: str | None
    from_attendance: bool


@dataclass(frozen=True)
class Line:
    item: ItemView
    answer: AnswerView | None


@dataclass(frozen=True)
class VisitView:
    """A mystery-shopper visit's particulars (only ever in a view its reader may see)."""

    visited_at: dt.datetime
    window_label: str
    observed_staff_id: str | None
    observed_name: str | None
    source: str  # branch or hq
    released_at: dt.datetime | None
    released_by: str | None  # the name; None with released_at: released by HQ


@dataclass(frozen=True)
class InspectionView:
    id: str
    kind: str
    title: str
    version_number: int
    started_by: str
    started_at: dt.datetime
    signed_by: str | None  # the name
    signed_at: dt.datetime | None
    lines: tuple[Line, ...]
    score: scoring.Result
    visit: VisitView | None = None  # a mystery-shopper visit's particulars

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def unanswered(self) -> int:
        return sum(1 for line in self.lines if line.answer is None)

    @property
    def result(self) -> str:
        return "pass" if self.score.passed else "fail"


@dataclass(frozen=True)
class InspectionSummary:
    id: str
    title: str
    kind: str
    started_at: dt.datetime
    signed_at: dt.datetime | None
    result: str | None
    earned: float | None
    possible: float | None
    pending_release: bool = False  # a mystery visit not released yet: listed for the inspector only


def rule_of(spec: ItemSpec) -> Rule:
    return Rule(spec.answer_type, spec.weight, spec.critical, spec.max_score, spec.min_value, spec.max_value)


def given_of(answer: InspectionAnswer | AnswerView) -> Given:
    return Given(answer.not_applicable, answer.outcome, answer.score, answer.number)


def _wrong_type(spec: ItemSpec) -> UserError:
    if spec.answer_type == SCORE:
        return UserError("checks.answer_score", tr_noop("This item is answered with a score from 0 to {top}."),
                         top=spec.max_score or 0)
    if spec.answer_type == NUMBER:
        return UserError("checks.answer_number", tr_noop("This item is answered with a number."))
    if spec.answer_type == TEXT:
        return UserError("checks.answer_text", tr_noop("This item is answered with a text."))
    if spec.answer_type == PHOTO:
        return UserError("checks.answer_photo", tr_noop("This item is answered with a photo file (JPEG or PNG)."))
    return UserError("checks.answer_pass_fail", tr_noop("This item is answered pass, fail or not applicable."))


def check_answer(spec: ItemSpec, given: AnswerInput) -> None:
    """Refuse an answer not of the item's type (nothing else given with not applicable)."""
    values = {"outcome": given.outcome, "score": given.score, "number": given.number, "text": given.text,
              "photo": given.photo}
    present = {name for name, value in values.items() if value is not None}
    if given.not_applicable:
        if present:
            raise UserError("checks.answer_na_alone", tr_noop("Not applicable is an answer by itself."))
        return
    wanted = {PASS_FAIL: "outcome", SCORE: "score", NUMBER: "number", TEXT: "text", PHOTO: "photo"}[spec.answer_type]
    if present != {wanted}:
        raise _wrong_type(spec)
    if spec.answer_type == PASS_FAIL and given.outcome not in ("pass", "fail"):
        raise _wrong_type(spec)
    if spec.answer_type == SCORE:
        if isinstance(given.score, bool) or not isinstance(given.score, int):
            raise _wrong_type(spec)
        if not 0 <= given.score <= (spec.max_score or 0):
            raise _wrong_type(spec)
    if spec.answer_type == NUMBER:
        if isinstance(given.number, bool) or not isinstance(given.number, (int, float)) \
                or not math.isfinite(given.number):
            raise _wrong_type(spec)
    if spec.answer_type == TEXT:
        if not isinstance(given.text, str) or not given.text.strip():
            raise _wrong_type(spec)
        if len(given.text) > MAX_TEXT:
            raise UserError("checks.text_too_long", tr_noop("A text answer may have at most {count} characters."),
                            count=MAX_TEXT)
    if spec.answer_type == PHOTO:
        assert given.photo is not None
        if given.photo.suffix.lower() not in PHOTO_SUFFIXES:
            raise _wrong_type(spec)


class Inspections(Publisher):
    def __init__(self, db: Database, clock: Clock, attendance: AttendanceService) -> None:
        self.db = db
        self.clock = clock
        self.attendance = attendance

    @property
    def photo_dir(self) -> Path:
        return self.db.path.parent / "photos"

    # --- reading ---------------------------------------------------------------------------

    # Every read takes the actor: an unreleased mystery visit is the inspector's alone (checks/visibility.py).

    def view(self, actor: Actor, inspection_id: str) -> InspectionView:
        self.guard(actor, inspection_id, "view")
        return self._read(inspection_id)

    def _read(self, inspection_id: str) -> InspectionView:
        with self.db.reading() as s:
            return self._view(s, self._inspection(s, inspection_id))

    def recent(self, actor: Actor, limit: int = 50) -> list[InspectionSummary]:
        """The latest checks this actor may see, newest first (unreleased visits only for the inspector)."""
        with self.db.reading() as s:
            rows = s.execute(
                select(Inspection, TemplateVersion.title, visibility.hidden())
                .join(TemplateVersion, TemplateVersion.id == Inspection.version_id)
                .where(visibility.visible_to(actor))
                .order_by(Inspection.started_at.desc(), Inspection.id.desc())
                .limit(limit)
            ).all()
            return [InspectionSummary(i.id, title, i.kind, i.started_at, i.signed_at, i.result, i.earned, i.possible,
                                      bool(pending)) for i, title, pending in rows]

    def guard(self, actor: Actor, inspection_id: str, asked: str) -> None:
        """Refuse (and audit) a request for an unreleased mystery visit by anyone but the inspector who recorded it."""
        with self.db.reading() as s:
            hidden = visibility.is_hidden_from(s, actor, inspection_id)
        if hidden:
            raise visibility.refuse(self.db, self.clock, actor, inspection_id, asked)

    def report_pdf(self, actor: Actor, inspection_id: str) -> bytes:
        """The PDF report of a signed check (Chinese first); an unsigned check has none yet."""
        from branchdesk.printing.inspection_report import inspection_report_pdf  # reportlab: only when asked

        self.guard(actor, inspection_id, "report_pdf")
        return inspection_report_pdf(self._report_data(inspection_id))

    def report_data(self, actor: Actor, inspection_id: str) -> InspectionReport:
        self.guard(actor, inspection_id, "report_data")
        return self._report_data(inspection_id)

    def _report_data(self, inspection_id: str) -> InspectionReport:
        settings = self.attendance.branch.settings()
        if settings is None:
            raise UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))
        view = self._read(inspection_id)
        if view.signed_at is None:
            raise UserError("checks.report_unsigned", tr_noop("A check has its report once it is signed."))
        zone = settings.zone
        return InspectionReport(
            settings.name, settings.code, view.title, view.kind, view.version_number, view.started_by,
            view.started_at.astimezone(zone), view.signed_by or "", view.signed_at.astimezone(zone),
            view.score.passed, view.score.critical_failed, view.score.earned, view.score.possible,
            view.score.failed_items, tuple(_report_line(line) for line in view.lines),
            self.clock.now().astimezone(zone), _visit_line(view.visit, zone),
        )

    # --- writing ---------------------------------------------------------------------------

    @publishes(CHECKS)
    def start(self, actor: Actor, template_id: str) -> InspectionView:
        """A new check on the template's latest published version; items read from attendance are answered."""
        actor.require(Permission.RUN_CHECKS)
        now = self.clock.now()
        arrivals = self._arrivals(now)  # read before the write lock is taken
        with self.db.transaction() as s:
            template = s.get(ChecklistTemplate, template_id)
            if template is None:
                raise UserError("checks.template_missing", tr_noop("This checklist no longer exists."))
            if template.kind == "mystery":
                # Results of covert visits must stay hidden from the branch (issue 11, item 5): not before
                # the inspector role and its release exist.
                raise UserError("checks.mystery_needs_inspector",
                                tr_noop("Mystery-shopper visits are recorded by an inspector's account."))
            version = latest_published(s, template_id)
            if version is None:
                raise UserError("checks.nothing_published", tr_noop("This checklist has no published version yet."))
            inspection = Inspection(version_id=version.id, kind=template.kind, started_by=actor.staff_id,
                                    started_at=now)
            s.add(inspection)
            s.flush()
            for line in version_view(s, version).items:
                if line.spec.source == ATTENDANCE_EARLY and arrivals:
                    self._answer_from_attendance(s, inspection, line, arrivals, now)
            audit.append(s, now, "checks.started", actor.staff_id, inspection=inspection.id,
                         template=template.key, number=version.number)
            s.flush()
            return self._view(s, inspection)

    @publishes(CHECKS)
    def answer(self, actor: Actor, inspection_id: str, item_id: str, given: AnswerInput) -> InspectionView:
        self.guard(actor, inspection_id, "answer")
        now = self.clock.now()
        with self.db.transaction() as s:
            inspection = self._open(s, inspection_id, actor)
            spec = self._item(s, inspection, item_id)
            check_answer(spec, given)
            photo_file, photo_sha = self._keep_photo(given.photo) if given.photo is not None else (None, None)
            answer = self._answer_row(s, inspection.id, item_id, now)
            answer.not_applicable = given.not_applicable
            answer.outcome, answer.score, answer.number = given.outcome, given.score, given.number
            answer.text = given.text.strip() if given.text is not None else None
            answer.photo_file, answer.photo_sha256 = photo_file, photo_sha
            answer.failed = scoring.mark(rule_of(spec), given_of(answer)).failed
            if not answer.failed:
                answer.responsible_staff_id = None
            answer.answered_by, answer.answered_at = actor.staff_id, now
            s.flush()
            return self._view(s, inspection)

    @publishes(CHECKS)
    def name_responsible(self, actor: Actor, inspection_id: str, item_id: str,
                         staff_id: str | None) -> InspectionView:
        """Name (or clear, None) the person responsible for a failed item."""
        self.guard(actor, inspection_id, "name_responsible")
        now = self.clock.now()
        with self.db.transaction() as s:
            inspection = self._open(s, inspection_id, actor)
            self._item(s, inspection, item_id)
            answer = s.scalars(select(InspectionAnswer).where(
                InspectionAnswer.inspection_id == inspection.id, InspectionAnswer.item_id == item_id)).first()
            if answer is None or not answer.failed:
                raise UserError("checks.responsible_not_failed",
                                tr_noop("A person responsible is named only on a failed item."))
            if staff_id is not None:
                person = s.get(Staff, staff_id)
                if person is None or not person.active or not Role(person.role).branch_staff:
                    raise UserError("checks.responsible_unknown",
                                    tr_noop("The person named is not an active member of staff."))
            answer.responsible_staff_id = staff_id
            answer.answered_at = now
            s.flush()
            return self._view(s, inspection)

    @publishes(CHECKS)
    def sign(self, actor: Actor, inspection_id: str) -> InspectionView:
        """Sign the check as the signed-in member of staff: every item answered, then it is final."""
        self.guard(actor, inspection_id, "sign")
        now = self.clock.now()
        with self.db.transaction() as s:
            inspection = self._open(s, inspection_id, actor)
            view = self._view(s, inspection)
            if view.unanswered:
                raise UserError("checks.unanswered", tr_noop("{count} items are not answered yet."),
                                count=view.unanswered)
            inspection.signed_by, inspection.signed_at = actor.staff_id, now
            inspection.result = view.result
            inspection.earned, inspection.possible = view.score.earned, view.score.possible
            if inspection.kind == visibility.MYSTERY:
                # The audit log is the head's to read: no result until the release (checks/mystery.py), and
                # nothing else at signing either (corrective actions of a visit open at its release).
                audit.append(s, now, "mystery.signed", actor.staff_id, inspection=inspection.id)
            else:
                audit.append(s, now, "checks.signed", actor.staff_id, inspection=inspection.id, result=view.result,
                             earned=view.score.earned, possible=view.score.possible)
            s.flush()
            if inspection.kind != visibility.MYSTERY:  # a visit's open when it is released (mystery.released)
                open_actions(s, inspection, now)  # one corrective action per failed item (issue 11, item 4)
            return self._view(s, inspection)

    # --- helpers ---------------------------------------------------------------------------

    def _arrivals(self, now: dt.datetime) -> list[AttendanceDay]:
        """Today's attendance of everyone who has clocked in (none before the branch is set up)."""
        settings = self.attendance.branch.settings()
        if settings is None:
            return []
        today = now.astimezone(settings.zone).date()
        return [d for d in self.attendance.period(today, today) if d.first_in is not None]

    def _answer_from_attendance(self, s: Session, inspection: Inspection, line: ItemView,
                                arrivals: list[AttendanceDay], now: dt.datetime) -> None:
        """Pass when everyone clocked in today came 10 minutes before opening; fail naming who did not.
        Nobody clocked in yet: the item is left for the person running the check."""
        late = [d for d in arrivals if d.late]
        answer = self._answer_row(s, inspection.id, line.id, now)
        answer.outcome = "fail" if late else "pass"
        answer.failed = bool(late)
        answer.text = "、".join(d.full_name for d in late) or None
        if len(late) == 1:
            answer.responsible_staff_id = late[0].staff_id
        answer.answered_by = None

    def _keep_photo(self, source: Path) -> tuple[str, str]:
        return keep_photo(self.photo_dir, source)

    @staticmethod
    def _answer_row(s: Session, inspection_id: str, item_id: str, now: dt.datetime) -> InspectionAnswer:
        answer = s.scalars(select(InspectionAnswer).where(
            InspectionAnswer.inspection_id == inspection_id, InspectionAnswer.item_id == item_id)).first()
        if answer is None:
            answer = InspectionAnswer(inspection_id=inspection_id, item_id=item_id, answered_at=now,
                                      not_applicable=False, failed=False)
            s.add(answer)
        return answer

    @staticmethod
    def _inspection(s: Session, inspection_id: str) -> Inspection:
        inspection = s.get(Inspection, inspection_id)
        if inspection is None:
            raise UserError("checks.inspection_missing", tr_noop("This check no longer exists."))
        return inspection

    def _open(self, s: Session, inspection_id: str, actor: Actor) -> Inspection:
        """The inspection to change, if this actor may: a check needs RUN_CHECKS; a mystery visit is changed
        only by the inspector who recorded it."""
        inspection = self._inspection(s, inspection_id)
        if inspection.kind == visibility.MYSTERY:
            actor.require(Permission.RECORD_VISITS)
            if inspection.started_by != actor.staff_id:
                raise UserError("checks.visit_not_yours",
                                tr_noop("Only the inspector who recorded this visit may change it."))
        else:
            actor.require(Permission.RUN_CHECKS)
        if inspection.signed_at is not None:
            raise UserError("checks.signed", tr_noop("This check is signed and can no longer change."))
        return inspection

    @staticmethod
    def _item(s: Session, inspection: Inspection, item_id: str) -> ItemSpec:
        version = s.get(TemplateVersion, inspection.version_id)
        assert version is not None
        for line in version_view(s, version).items:
            if line.id == item_id:
                return line.spec
        raise UserError("checks.item_not_in_check", tr_noop("This item is not part of this check."))

    def _view(self, s: Session, inspection: Inspection) -> InspectionView:
        version = s.get(TemplateVersion, inspection.version_id)
        assert version is not None
        template: VersionView = version_view(s, version)
        answers = {a.item_id: a for a in s.scalars(
            select(InspectionAnswer).where(InspectionAnswer.inspection_id == inspection.id))}
        names: dict[str, str] = {row[0]: row[1] for row in s.execute(select(Staff.id, Staff.full_name))}
        lines = []
        for item in template.items:
            row = answers.get(item.id)
            answer = None if row is None else AnswerView(
                row.not_applicable, row.outcome, row.score, row.number, row.text, row.photo_file, row.photo_sha256,
                row.failed, row.responsible_staff_id, names.get(row.responsible_staff_id or ""),
                row.answered_by is None,
            )
            lines.append(Line(item, answer))
        result = scoring.score([(rule_of(line.item.spec), given_of(line.answer))
                                for line in lines if line.answer is not None])
        visit_row = s.scalars(select(MysteryVisit).where(MysteryVisit.inspection_id == inspection.id)).first()
        visit = None if visit_row is None else VisitView(
            visit_row.visited_at, visit_row.window_label, visit_row.observed_staff_id,
            names.get(visit_row.observed_staff_id or ""), visit_row.source, visit_row.released_at,
            names.get(visit_row.released_by or ""),
        )
        return InspectionView(
            inspection.id, inspection.kind, template.title, template.number, names.get(inspection.started_by, ""),
            inspection.started_at, names.get(inspection.signed_by or ""), inspection.signed_at, tuple(lines), result,
            visit,
        )


def _visit_line(visit: VisitView | None, zone: dt.tzinfo) -> VisitLine | None:
    if visit is None:
        return None
    return VisitLine(visit.visited_at.astimezone(zone), visit.window_label, visit.observed_name or "",
                     visit.released_at.astimezone(zone) if visit.released_at else None, visit.released_by or "")


def _answer_text(spec: ItemSpec, answer: AnswerView) -> str:
    """An answer as the report shows it, in Chinese."""
    if answer.not_applicable:
        return "不适用"
    if spec.answer_type == PASS_FAIL:
        return "不合格" if answer.outcome == "fail" else "合格"
    if spec.answer_type == SCORE:
        return f"{answer.score} / {spec.max_score}"
    if spec.answer_type == NUMBER:
        low = "" if spec.min_value is None else points(spec.min_value)
        high = "" if spec.max_value is None else points(spec.max_value)
        unit = spec.unit or ""
        return f"{points(answer.number or 0)} {unit}（{low}–{high}）".replace(" （", "（")
    if spec.answer_type == PHOTO:
        return "已附照片"
    return answer.text or ""


def _report_line(line: Line) -> ReportLine:
    spec, answer = line.item.spec, line.answer
    assert answer is not None  # a signed check has every item answered
    mark = scoring.mark(rule_of(spec), given_of(answer))
    earned = "—" if mark.fraction is None else f"{points(float(mark.fraction) * spec.weight)} / {points(spec.weight)}"
    notes = []
    if answer.text and spec.answer_type != TEXT:  # a text item's text is its answer; elsewhere a note
        notes.append(answer.text)
    if answer.photo_file:
        digest = answer.photo_sha256 or ""
        # In groups of 16 so the cell can wrap it.
        notes.append("照片 SHA-256 " + " ".join(digest[i:i + 16] for i in range(0, len(digest), 16)))
    if answer.from_attendance:
        notes.append("由考勤记录自动判断")
    return ReportLine(line.item.position, spec.section, spec.text, spec.critical, _answer_text(spec, answer), earned,
                      answer.failed, answer.responsible_name or "", "；".join(n for n in notes if n))
