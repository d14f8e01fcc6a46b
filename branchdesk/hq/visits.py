"""`branchdesk-hq visit send|release`: mystery-shopper visits the county records, and their release (issue 11,
item 5; docs/sync-protocol.md §5.4). They go down with the branch's next pull; the branch keeps a visit hidden
from its staff until the release comes down.

A visit file is JSON: {"visited_at": "2026-11-24T09:40:00+08:00", "window": "2号窗口", "served_by": "zhangmin",
"answers": [{"position": 1, "outcome": "pass"}, {"position": 5, "score": 4}, {"position": 7, "number": 2.5},
{"position": 13, "text": "..."}, {"position": 8, "not_applicable": true}], "responsible": {"12": "zhangmin"},
"template_key": "mystery_shopper"}. `served_by` and the persons responsible are the branch's sign-in names;
positions are the items' numbers on the checklist.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.hq import ingest
from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import BranchRow, Outgoing
from branchdesk.hq.registry import HQError, _branch, _lock_outgoing, send_down
from branchdesk.sync import protocol

MAX_WINDOW = 40


def read_visit_file(path: Path) -> dict[str, Any]:
    try:
        visit = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as failed:
        raise HQError("bad_visit_file", detail=getattr(failed, "strerror", None) or str(failed)) from None
    if not isinstance(visit, dict):
        raise HQError("bad_visit_file", detail="not a JSON object")
    return visit


def _checked(visit: dict[str, Any]) -> dict[str, Any]:
    """The visit as it goes down: times in UTC wire form, answers by position, names as given."""
    try:
        when = dt.datetime.fromisoformat(str(visit["visited_at"]))
        if when.tzinfo is None:
            raise ValueError("no time zone")
    except (KeyError, ValueError):
        raise HQError("bad_visit_time") from None
    answers = visit.get("answers")
    if not isinstance(answers, list) or not answers or not all(
            isinstance(a, dict) and isinstance(a.get("position"), int) and not isinstance(a.get("position"), bool)
            for a in answers):
        raise HQError("bad_visit_answers")
    window, served = str(visit.get("window") or "").strip(), visit.get("served_by")
    if len(window) > MAX_WINDOW or (not window and not served):
        raise HQError("bad_visit_where", limit=MAX_WINDOW)
    responsible = visit.get("responsible") or {}
    if not isinstance(responsible, dict) or not all(str(k).isdigit() for k in responsible):
        raise HQError("bad_visit_answers")  # the item's position: the branch reads it as a number
    return {"visited_at": protocol.wire_time(when), "window": window, "served_by": served or None,
            "template_key": str(visit.get("template_key") or "mystery_shopper"),
            "answers": answers, "responsible": {str(k): str(v) for k, v in responsible.items()}}


def send_visit(db: HQDatabase, branch_code: str, visit: dict[str, Any], now: dt.datetime) -> str:
    """Queue a county-recorded visit for the branch; returns its id (what `release` names)."""
    visit_id = str(uuid.uuid4())
    send_down(db, "mystery_visit", visit_id, _checked(visit), branch_code, now)
    return visit_id


def _signed_at_branch(s: Session, branch_id: int, visit_id: str) -> bool:
    """A release the branch can apply: the county sent the visit (it arrives signed, before the release), or the
    branch's inspector signed it and pushed that. Else the branch would skip the release and hide it for ever."""
    sent = s.scalar(select(Outgoing.id).where(Outgoing.branch_id == branch_id, Outgoing.entity == "mystery_visit",
                                              Outgoing.entity_id == visit_id))
    if sent is not None:
        return True
    row = s.get(BranchRow, (branch_id, "inspection", visit_id))
    return row is not None and not row.deleted and json.loads(row.payload).get("signed_at") is not None


def release_visit(db: HQDatabase, branch_code: str, visit_id: str, now: dt.datetime) -> None:
    """Release a visit to the branch: the county's, or one its inspector recorded at the branch."""
    try:
        visit_id = str(uuid.UUID(visit_id.strip()))
    except ValueError:
        raise HQError("bad_visit_id", id=visit_id) from None
    with db.transaction() as s:
        branch_id = _branch(s, branch_code).id
    ingest.build(db, branch_id)  # what the branch has pushed, up to date
    with db.transaction() as s:
        _lock_outgoing(s)
        if not _signed_at_branch(s, branch_id, visit_id):
            raise HQError("visit_not_signed", id=visit_id)
        s.add(Outgoing(branch_id=branch_id, entity="mystery_release", entity_id=visit_id, op="update",
                       payload=protocol.canonical({"released_at": protocol.wire_time(now)}).decode(),
                       created_at=now))
