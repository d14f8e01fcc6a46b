"""The short links on the branches' posters (issue 10, item 2): `/c/CODE` opens a page about the activity the
poster advertises, for a customer's phone. HQ knows the channel from the rows the branch pushed (the channel,
its activity and the event days); counting visits per channel is for the county's later activity page.

HQ shares only the sync protocol with the branch app, so the code's shape is checked here again: ten digits.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.hq import ingest
from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import Branch, BranchRow, BranchState


@dataclass(frozen=True)
class ChannelLanding:
    branch_name: str
    activity_name: str
    theme: str
    text: str
    days: tuple[dt.date, ...]
    ended: bool  # closed at the branch, or its last day is past


def _channel(s: Session, code: str) -> tuple[int, dict[str, Any]] | None:
    # Canonical JSON: the code appears exactly as "code":"NNNNNNNNNN"; the parse below confirms it.
    for branch_id, payload in s.execute(select(BranchRow.branch_id, BranchRow.payload).where(
            BranchRow.entity == "activity_channel", BranchRow.deleted.is_(False),
            BranchRow.payload.contains(f'"code":"{code}"'))):
        row = json.loads(payload)
        if row.get("code") == code:
            return branch_id, row
    return None


def _pending(db: HQDatabase) -> list[int]:
    with db.transaction() as s:
        return list(s.scalars(select(BranchState.branch_id).where(BranchState.built_through < BranchState.held_through)))


def landing(db: HQDatabase, code: str, today: dt.date) -> ChannelLanding | None:
    code = code.strip()
    if len(code) != 10 or not code.isascii() or not code.isdigit():
        return None
    for attempt in range(2):
        with db.transaction() as s:
            found = _channel(s, code)
            if found is not None:
                return _landing(s, *found, today)
        if attempt == 0:  # a channel made since the rows were last built: build what is waiting, once
            for branch_id in _pending(db):
                ingest.build(db, branch_id)
    return None


def _landing(s: Session, branch_id: int, channel: dict[str, Any], today: dt.date) -> ChannelLanding | None:
    activity_id = str(channel.get("activity_id"))
    activity_row = s.get(BranchRow, (branch_id, "activity", activity_id))
    branch = s.get(Branch, branch_id)
    if activity_row is None or activity_row.deleted or branch is None:
        return None
    activity = json.loads(activity_row.payload)
    days = sorted(
        dt.date.fromisoformat(str(day["day"])) for day in (
            json.loads(p) for p in s.scalars(select(BranchRow.payload).where(
                BranchRow.branch_id == branch_id, BranchRow.entity == "activity_day", BranchRow.deleted.is_(False),
                BranchRow.payload.contains(f'"activity_id":"{activity_id}"'))))
        if day.get("activity_id") == activity_id)
    ended = activity.get("status") == "closed" or (bool(days) and days[-1] < today)
    return ChannelLanding(branch.name, str(activity.get("name") or ""), str(activity.get("theme") or ""),
                          str(activity.get("poster_text") or ""), tuple(days), ended)
