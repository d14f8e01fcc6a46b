"""Append-only, hash-chained audit log: each entry's hash covers the one before it.

Editing or deleting an entry afterwards (even with a SQLite tool, past the
triggers) breaks the chain at that point, and `verify_chain` says where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.store.models import AuditEntry

GENESIS = "0" * 64


def _digest(position: int, at: dt.datetime, actor: str | None, action: str, detail: str, prev: str) -> str:
    body = json.dumps(
        [position, at.astimezone(dt.timezone.utc).isoformat(), actor, action, detail, prev],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    session: Session, at: dt.datetime, action: str, actor_staff_id: str | None = None, **detail: Any
) -> AuditEntry:
    """Add an entry inside the caller's transaction (which holds the write lock)."""
    last = session.execute(
        select(AuditEntry.position, AuditEntry.hash).order_by(AuditEntry.position.desc()).limit(1)
    ).first()
    position, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(
        position=position,
        at=at,
        actor_staff_id=actor_staff_id,
        action=action,
        detail=detail_json,
        prev_hash=prev,
        hash=_digest(position, at, actor_staff_id, action, detail_json, prev),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    position: int
    reason: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every place where the chain does not hold; empty when it is intact."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    expected_position = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.position)):
        if entry.position != expected_position:
            problems.append(ChainProblem(expected_position, "missing entry"))
        if entry.prev_hash != expected_prev:
            problems.append(ChainProblem(entry.position, "does not follow the entry before it"))
        digest = _digest(
            entry.position, entry.at, entry.actor_staff_id, entry.action, entry.detail, entry.prev_hash
        )
        if digest != entry.hash:
            problems.append(ChainProblem(entry.position, "content was altered"))
        expected_prev = entry.hash
        expected_position = entry.position + 1
    return problems


@dataclass(frozen=True)
class AuditLine:
    position: int
    at: dt.datetime
    actor_staff_id: str | None
    action: str
    detail: dict[str, Any]


def recent(session: Session, limit: int = 200) -> list[AuditLine]:
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.position.desc()).limit(limit))
    return [
        AuditLine(e.position, e.at, e.actor_staff_id, e.action, json.loads(e.detail)) for e in rows
    ]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
