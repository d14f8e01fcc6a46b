"""Applying a batch of a branch's change rows, exactly once and in order (docs/sync-protocol.md §5.3).

One database transaction per batch, with the branch's state row locked, so two workers that
receive the same batch at once apply it once: the second finds it held. The raw change table's
primary key (branch, seq) is the backstop should a lock ever be missing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import BranchRow, BranchState, RawChange
from branchdesk.sync.protocol import ProtocolError, WireRow, check_batch


@dataclass(frozen=True)
class Applied:
    held_through: int
    applied: int


def apply_batch(db: HQDatabase, branch_id: int, rows: list[WireRow], first_seq: int, last_seq: int,
                log_end: int, via: str, now: dt.datetime) -> Applied:
    check_batch(rows, first_seq, last_seq)
    try:
        return _apply(db, branch_id, rows, max(log_end, last_seq), via, now)
    except ProtocolError as refused:
        if refused.code == "gap":  # remember what the branch has, for `branch list` to show as missing
            with db.transaction() as s:
                state = s.scalars(select(BranchState).where(BranchState.branch_id == branch_id)
                                  .with_for_update()).one()
                state.known_through = max(state.known_through, log_end, last_seq)
        raise


def _apply(db: HQDatabase, branch_id: int, rows: list[WireRow], known: int, via: str,
           now: dt.datetime) -> Applied:
    with db.transaction() as s:
        state = s.scalars(select(BranchState).where(BranchState.branch_id == branch_id).with_for_update()).one()
        state.known_through = max(state.known_through, known)
        held = state.held_through
        _same_as_held(s, branch_id, [row for row in rows if row.seq <= held])
        new = [row for row in rows if row.seq > held]
        if new and new[0].seq != held + 1:
            raise ProtocolError("gap", f"HQ holds up to {held}; send from {held + 1}", expected_seq=held + 1)
        if new and new[0].txid and new[0].txid == state.last_txid:
            raise ProtocolError("split_transaction", "this batch starts inside a transaction HQ holds part of",
                                expected_seq=held + 1)
        if new:
            _store(s, branch_id, new, via, now)
            _build(s, branch_id, new)
            state.held_through = new[-1].seq
            state.last_txid = new[-1].txid
        return Applied(held_through=state.held_through, applied=len(new))


def note_contact(db: HQDatabase, branch_id: int, now: dt.datetime, offset_s: float | None) -> None:
    with db.transaction() as s:
        state = s.get(BranchState, branch_id)
        if state is not None:
            state.last_contact = now
            if offset_s is not None:
                state.clock_offset_s = offset_s


def _same_as_held(s: Session, branch_id: int, rows: list[WireRow]) -> None:
    """Rows HQ holds already must be the very same rows; anything else is a conflict (§7.3)."""
    if not rows:
        return
    held = {seq: digest for seq, digest in s.execute(select(RawChange.seq, RawChange.row_hash).where(
        RawChange.branch_id == branch_id, RawChange.seq.between(rows[0].seq, rows[-1].seq)))}
    for row in rows:
        if held.get(row.seq) != row.digest():
            raise ProtocolError("conflict", f"HQ holds a different row {row.seq}", seq=row.seq,
                                held_through=max(held) if held else 0)


def _store(s: Session, branch_id: int, rows: list[WireRow], via: str, now: dt.datetime) -> None:
    s.execute(insert(RawChange), [{
        "branch_id": branch_id, "seq": row.seq, "txid": row.txid, "origin": row.origin,
        "schema_rev": row.schema_rev, "payload_format": row.payload_format, "entity": row.entity,
        "entity_id": row.entity_id, "op": row.op,
        "payload": None if row.payload is None else json.dumps(row.payload, ensure_ascii=False, sort_keys=True),
        "changed_at": row.changed_at, "row_hash": row.digest(), "received_at": now, "via": via,
    } for row in rows])


def _build(s: Session, branch_id: int, rows: list[WireRow]) -> None:
    """HQ's table of the branch's current rows: the last change of each row in the batch wins."""
    latest: dict[tuple[str, str], WireRow] = {}
    for row in rows:
        if row.origin == "local" and row.payload is not None:
            latest[(row.entity, row.entity_id)] = row
    if not latest:
        return
    values: list[dict[str, Any]] = [{
        "branch_id": branch_id, "entity": row.entity, "entity_id": row.entity_id,
        "payload": json.dumps(row.payload, ensure_ascii=False, sort_keys=True),
        "day": _day(row.payload), "last_seq": row.seq, "deleted": row.op == "delete",
    } for row in latest.values()]
    dialect = s.get_bind().dialect.name
    statement = (postgresql.insert(BranchRow) if dialect == "postgresql" else sqlite.insert(BranchRow))
    statement = statement.on_conflict_do_update(
        index_elements=["branch_id", "entity", "entity_id"],
        set_={name: statement.excluded[name] for name in ("payload", "day", "last_seq", "deleted")})
    s.execute(statement, values)


def _day(payload: dict[str, Any] | None) -> str | None:
    day = (payload or {}).get("business_date")
    return day[:10] if isinstance(day, str) else None
