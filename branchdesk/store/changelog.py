"""Capture every change to a synced table into the change log, in the same transaction.

This is the one place it happens: a session hook runs after each flush, looks at
what the flush wrote, and appends one change-log row per inserted, updated or
deleted object of a `Synced` model. Because the rows go through the same
connection inside the same transaction, a rollback takes them away too.
Bulk ORM statements would slip past the hook, so they are refused for synced models.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session

from branchdesk.store.base import Base, is_synced
from branchdesk.store.models.changelog import ChangeLogRow


class BulkWriteRefused(RuntimeError):
    """A bulk UPDATE/DELETE/INSERT on a synced model would bypass the change log."""


def snapshot(obj: Any) -> dict[str, Any]:
    """The row's column values as plain JSON types."""
    mapper = inspect(obj).mapper
    excluded = getattr(obj, "__sync_exclude__", frozenset())
    row = {}
    for attr in mapper.column_attrs:
        if attr.key in excluded:
            continue
        row[attr.key] = _jsonable(getattr(obj, attr.key))
    return row


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return value


_order_cache: tuple[int, dict[str, int]] = (-1, {})


def _table_order() -> dict[str, int]:
    # Parents before children, so HQ can apply inserts in seq order under foreign keys.
    # Sorting the tables costs about as much as the flush itself: keep it until a table is added.
    global _order_cache
    count = len(Base.metadata.tables)
    if _order_cache[0] != count:
        _order_cache = (count, {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)})
    return _order_cache[1]


def _ordered(objs: Iterable[Any], reverse: bool = False) -> list[Any]:
    order = _table_order()
    return sorted(objs, key=lambda o: order.get(o.__tablename__, 0), reverse=reverse)


def _change_rows(session: Session) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.timezone.utc)
    rows = []

    def add(obj: Any, op: str) -> None:
        rows.append(
            {
                "entity": obj.__tablename__,
                "entity_id": str(obj.id),
                "op": op,
                "payload": json.dumps(snapshot(obj), ensure_ascii=False, sort_keys=True),
                "changed_at": now,
            }
        )

    synced = lambda objs: [o for o in objs if is_synced(type(o))]  # noqa: E731
    for obj in _ordered(synced(session.new)):
        add(obj, "insert")
    for obj in _ordered(synced(session.dirty)):
        if session.is_modified(obj, include_collections=False):
            add(obj, "update")
    for obj in _ordered(synced(session.deleted), reverse=True):
        add(obj, "delete")
    return rows


def _after_flush(session: Session, flush_context: Any) -> None:
    rows = _change_rows(session)
    if rows:
        # Core insert on the session's own connection: same transaction, no re-flush.
        session.connection().execute(ChangeLogRow.__table__.insert(), rows)


def _refuse_bulk_writes(state: Any) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    mapper = state.bind_mapper
    if mapper is not None and is_synced(mapper.class_):
        raise BulkWriteRefused(
            f"bulk {state.statement.__visit_name__} on synced model {mapper.class_.__name__}: "
            "load and change the objects instead, so the change log sees them"
        )


def install(session_class: type[Session]) -> None:
    """Attach the hook to a session class (idempotent)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
        event.listen(session_class, "do_orm_execute", _refuse_bulk_writes)


def sequence_problems(session: Session) -> list[str]:
    """Empty when seq runs 1, 2, 3, ... with no gap; else what is wrong."""
    count, low, high = session.execute(
        select(func.count(), func.min(ChangeLogRow.seq), func.max(ChangeLogRow.seq))
    ).one()
    if count == 0:
        return []
    if low != 1 or high != count:
        return [f"change log has gaps: {count} rows numbered {low}..{high}"]
    return []
