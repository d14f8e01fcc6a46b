"""Applying a batch of a branch's change rows, exactly once and in order (docs/sync-protocol.md §5.3).

One database transaction per batch, with the branch's state row locked, so two workers that
receive the same batch at once apply it once: the second finds it held. The raw change table's
primary key (branch, seq) is the backstop should a lock ever be missing.

Receiving only stores the raw rows; HQ's table of the branch's current rows (branch_row) is
built from them by `build`, called before it is read. So a push costs one insert per row, and
a build that fails or changes never loses anything: the raw rows are the record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import BranchState, RawChange
from branchdesk.sync.protocol import ProtocolError, WireRow, check_batch


@dataclass(frozen=True)
class Applied:
    held_through: int
    applied: int


def apply_batch(db: HQDatabase, branch_id: int, rows: list[WireRow], first_seq: int, last_seq: int,
                log_end: int, via: str, now: dt.datetime, clock_offset_s: float | None = None,
                first: Callable[[Session], None] | None = None) -> Applied:
    """Apply what is new in the batch; the branch's last contact (and clock offset) go in the same
    transaction, and so does `first` (the push spends its request number there: one commit a batch)."""
    check_batch(rows, first_seq, last_seq)
    # A push says where the branch's whole log ends; a bundle only where it ends (the network may have
    # brought HQ further since the bundle was made).
    whole_log = log_end if via == "push" else None
    try:
        return _apply(db, branch_id, rows, max(log_end, last_seq), via, now, clock_offset_s, first, whole_log)
    except ProtocolError as refused:
        if refused.code == "gap":  # remember what the branch has, for `branch list` to show as missing
            with db.transaction() as s:
                state = s.scalars(select(BranchState).where(BranchState.branch_id == branch_id)
                                  .with_for_update()).one()
                state.known_through = max(state.known_through, log_end, last_seq)
        raise


def _apply(db: HQDatabase, branch_id: int, rows: list[WireRow], known: int, via: str, now: dt.datetime,
           clock_offset_s: float | None, first: Callable[[Session], None] | None, whole_log: int | None) -> Applied:
    with db.transaction() as s:
        if first is not None:
            first(s)
        state = s.scalars(select(BranchState).where(BranchState.branch_id == branch_id).with_for_update()).one()
        state.known_through = max(state.known_through, known)
        state.last_contact = now
        if clock_offset_s is not None:
            state.clock_offset_s = clock_offset_s
        held = state.held_through
        if whole_log is not None and whole_log < held:
            # The branch says its log ends before what HQ holds: its database went back (restored from a
            # backup); its next rows would reuse numbers HQ holds with other content (§7.3).
            raise ProtocolError("conflict", f"the branch's log ends at {whole_log}; HQ holds up to {held}",
                                seq=whole_log + 1, held_through=held)
        _same_as_held(s, branch_id, [row for row in rows if row.seq <= held], held)
        new = [row for row in rows if row.seq > held]
        if new and new[0].seq != held + 1:
            raise ProtocolError("gap", f"HQ holds up to {held}; send from {held + 1}", expected_seq=held + 1)
        if new and new[0].txid and new[0].txid == state.last_txid:
            raise ProtocolError("split_transaction", "this batch starts inside a transaction HQ holds part of",
                                expected_seq=held + 1)
        if new:
            _store(s, branch_id, new, via, now)
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


def _same_as_held(s: Session, branch_id: int, rows: list[WireRow], held_through: int) -> None:
    """Rows HQ holds already must be the very same rows; anything else is a conflict (§7.3)."""
    if not rows:
        return
    held = {seq: digest for seq, digest in s.execute(select(RawChange.seq, RawChange.row_hash).where(
        RawChange.branch_id == branch_id, RawChange.seq.between(rows[0].seq, rows[-1].seq)))}
    for row in rows:
        if held.get(row.seq) != row.digest():
            raise ProtocolError("conflict", f"HQ holds a different row {row.seq}", seq=row.seq,
                                held_through=held_through)


RAW_COLUMNS = ("branch_id", "seq", "txid", "origin", "schema_rev", "payload_format", "entity", "entity_id", "op",
               "payload", "changed_at", "row_hash", "received_at", "via")


def _store(s: Session, branch_id: int, rows: list[WireRow], via: str, now: dt.datetime) -> None:
    # Straight to the driver's executemany: thousands of rows a second, each encoded once (WireRow caches
    # it). SQLAlchemy's per-row parameter processing cost more than the insert itself.
    connection = s.connection()
    sqlite_db = connection.dialect.name == "sqlite"
    # On SQLite as SQLAlchemy's DateTime stores it (the UTC type reads it back), on PostgreSQL a timestamptz.
    received: object = now.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite_db else now
    mark = "?" if sqlite_db else "%s"
    connection.exec_driver_sql(
        f"INSERT INTO raw_change ({', '.join(RAW_COLUMNS)}) VALUES ({', '.join([mark] * len(RAW_COLUMNS))})",
        [(branch_id, row.seq, row.txid, row.origin, row.schema_rev, row.payload_format, row.entity, row.entity_id,
          row.op, row.payload_text, row.changed_at, row.digest(), received, via) for row in rows])


BUILD_CHUNK = 5000


def build(db: HQDatabase, branch_id: int) -> int:
    """Bring branch_row up to what HQ holds for the branch; returns the change rows read. Each chunk is one
    transaction under the branch's lock, so concurrent builders and pushes never interleave."""
    read = 0
    while True:
        with db.transaction() as s:
            state = s.scalars(select(BranchState).where(BranchState.branch_id == branch_id).with_for_update()).one()
            if state.built_through >= state.held_through:
                return read
            rows = s.execute(select(RawChange.seq, RawChange.entity, RawChange.entity_id, RawChange.op,
                                    RawChange.payload).where(
                RawChange.branch_id == branch_id, RawChange.seq > state.built_through,
                RawChange.origin == "local").order_by(RawChange.seq).limit(BUILD_CHUNK)).all()
            if rows:
                _upsert(s, branch_id, rows)
            reached = rows[-1].seq if len(rows) == BUILD_CHUNK else state.held_through
            state.built_through = reached
            read += len(rows)


def _upsert(s: Session, branch_id: int, rows: Sequence[Any]) -> None:
    """The last change of each row wins; a delete keeps the row's last content, marked deleted."""
    latest = {(row.entity, row.entity_id): row for row in rows if row.payload is not None}
    connection = s.connection()
    mark = "?" if connection.dialect.name == "sqlite" else "%s"
    # The same upsert on SQLite (3.24+) and PostgreSQL, straight to the driver as in _store.
    connection.exec_driver_sql(
        "INSERT INTO branch_row (branch_id, entity, entity_id, payload, day, last_seq, deleted) "
        f"VALUES ({', '.join([mark] * 7)}) ON CONFLICT (branch_id, entity, entity_id) DO UPDATE SET "
        "payload = excluded.payload, day = excluded.day, last_seq = excluded.last_seq, deleted = excluded.deleted",
        [(branch_id, row.entity, row.entity_id, row.payload, _day(row.payload), row.seq, row.op == "delete")
         for row in latest.values()])


_DAY = re.compile(r'"business_date":"(\d{4}-\d{2}-\d{2})')


def _day(payload: str) -> str | None:
    """The business date of a row that has one (tickets), read from its canonical JSON."""
    found = _DAY.search(payload)
    return found.group(1) if found else None
