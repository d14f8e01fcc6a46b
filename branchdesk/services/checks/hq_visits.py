"""Mystery-shopper visits that come down from HQ (issue 11, item 5; docs/sync-protocol.md §5.4).

The county may record a visit itself (`branchdesk-hq visit send CODE FILE`) and release it later
(`branchdesk-hq visit release CODE ID`), or release a visit its inspector recorded at the branch. Both come
down with the pull, applied in its transaction under `changelog.applying_from_hq`, so they are never pushed
back. A visit from HQ arrives signed and unreleased: hidden from the branch like any other until its release.

Applying never refuses (a refused item would stop every later pull): an item HQ leaves out, or answers in a
way this checklist does not take, is recorded not applicable; a person HQ names who is not branch staff here
is left out. Applying twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError
from branchdesk.services import audit
from branchdesk.services.checks import scoring, visibility
from branchdesk.services.checks.defaults import SHIPPED
from branchdesk.services.checks.inspections import AnswerInput, check_answer, given_of, rule_of
from branchdesk.services.checks.mystery import released
from branchdesk.services.checks.templates import install_spec, latest_published, version_view
from branchdesk.services.roles import Role
from branchdesk.store import changelog
from branchdesk.store.models import (
    Branch, ChecklistTemplate, Inspection, InspectionAnswer, MysteryVisit, Staff,
)
from branchdesk.sync.protocol import parse_wire_time

HQ_INSPECTOR = "hq-inspector"  # the account HQ's visits are recorded under: no secret, never signs in here
ANSWER_FIELDS = ("outcome", "score", "number", "text")

Applier = Callable[[Session, str, dict[str, Any], dt.datetime], None]


def apply_visit(s: Session, visit_id: str, payload: dict[str, Any], now: dt.datetime) -> None:
    """A visit HQ recorded: a signed, unreleased mystery inspection with its particulars."""
    if s.get(Inspection, visit_id) is not None:
        return
    template = _template(s, str(payload.get("template_key") or "mystery_shopper"), now)
    version = latest_published(s, template.id)
    assert version is not None  # a shipped template is installed published
    recorder = _hq_inspector(s, now)
    visited_at = parse_wire_time(str(payload["visited_at"]))
    inspection = Inspection(id=visit_id, version_id=version.id, kind=visibility.MYSTERY, started_by=recorder,
                            started_at=visited_at)
    s.add(inspection)
    s.flush()
    people = _branch_staff(s)
    # Applying never refuses (the pull would stop for good): what cannot be read is left out, HQ checked it.
    given = {a["position"]: a for a in payload.get("answers") or []
             if isinstance(a, dict) and isinstance(a.get("position"), int)}
    responsible = {int(k): v for k, v in dict(payload.get("responsible") or {}).items() if str(k).isdigit()}
    marks = []
    for item in version_view(s, version).items:
        answer = _answer(item.spec, given.get(item.position))
        row = InspectionAnswer(inspection_id=visit_id, item_id=item.id, not_applicable=answer.not_applicable,
                               outcome=answer.outcome, score=answer.score, number=answer.number, text=answer.text,
                               answered_by=recorder, answered_at=now)
        row.failed = scoring.mark(rule_of(item.spec), given_of(row)).failed
        row.responsible_staff_id = people.get(str(responsible.get(item.position, ""))) if row.failed else None
        s.add(row)
        marks.append((rule_of(item.spec), given_of(row)))
    s.flush()
    result = scoring.score(marks)
    s.add(MysteryVisit(inspection_id=visit_id, visited_at=visited_at, window_label=str(payload.get("window") or "")[:40],
                       observed_staff_id=people.get(str(payload.get("served_by") or "")), source="hq"))
    s.flush()
    inspection.signed_by, inspection.signed_at = recorder, now
    inspection.result = "pass" if result.passed else "fail"
    inspection.earned, inspection.possible = result.earned, result.possible
    audit.append(s, now, "mystery.received", None, inspection=visit_id)  # no result: the head reads the log


def apply_release(s: Session, visit_id: str, payload: dict[str, Any], now: dt.datetime) -> None:
    """HQ releases a visit (its own, or one recorded here); nothing to do if unknown, unsigned or released."""
    inspection = s.get(Inspection, visit_id)
    visit = s.scalars(select(MysteryVisit).where(MysteryVisit.inspection_id == visit_id)).first()
    if inspection is None or visit is None or inspection.signed_at is None or visit.released_at is not None:
        return
    visit.released_at = parse_wire_time(str(payload["released_at"])) if payload.get("released_at") else now
    s.flush()
    audit.append(s, now, "mystery.released", None, inspection=visit_id, by="hq", result=inspection.result,
                 earned=inspection.earned, possible=inspection.possible)
    released(s, inspection, now)


def _answer(spec: Any, sent: dict[str, Any] | None) -> AnswerInput:
    if not sent or sent.get("not_applicable"):
        return AnswerInput(not_applicable=True)
    values = {name: sent[name] for name in ANSWER_FIELDS if sent.get(name) is not None}
    try:
        given = AnswerInput(**values)
        check_answer(spec, given)
    except (UserError, TypeError):
        return AnswerInput(not_applicable=True)
    return AnswerInput(outcome=given.outcome, score=given.score, number=given.number,
                       text=given.text.strip() if given.text else None)


def _template(s: Session, key: str, now: dt.datetime) -> ChecklistTemplate:
    template = s.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == key,
                                                         ChecklistTemplate.kind == visibility.MYSTERY)).first()
    if template is None:
        template = s.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == "mystery_shopper")).first()
    if template is None:  # the branch never opened 检查: the shipped checklist, installed as it would be
        with changelog.made_here(s):
            install_spec(s, next(spec for spec in SHIPPED if spec.key == "mystery_shopper"), now)
        template = s.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == "mystery_shopper")).one()
    return template


def _hq_inspector(s: Session, now: dt.datetime) -> str:
    found = s.scalars(select(Staff).where(Staff.username == HQ_INSPECTOR)).first()
    if found is not None:
        return found.id
    branch = s.scalars(select(Branch)).first()
    assert branch is not None  # enrolled, so set up
    staff = Staff(branch_id=branch.id, username=HQ_INSPECTOR, full_name="县局检查员", role=Role.INSPECTOR.value,
                  active=False, created_at=now)
    with changelog.made_here(s):  # a branch row, pushed like any account
        s.add(staff)
    return staff.id


def _branch_staff(s: Session) -> dict[str, str]:
    """username -> id of the branch's active staff (whom HQ may name)."""
    return {p.username: p.id for p in s.scalars(select(Staff).where(Staff.active.is_(True)))
            if Role(p.role).branch_staff}
