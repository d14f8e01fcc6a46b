"""Every change to a synced table lands in the change log, in the same transaction.

SQLite triggers do the capturing, one set per synced table, so no path can write
such a table without its change row: ORM, Core, text SQL and migrations alike.
The triggers call two functions that only BranchDesk's connections define
(`bd_txid()`, `bd_origin()`): a program that has not registered them, such as
the sqlite3 shell, has its writes to a synced table refused. Someone who drops
the triggers first is caught by `trigger_problems` and `drift_problems` (`branchdesk db check`).

A change row carries what sync needs:
- `txid`: one id per database transaction, so a batch never splits one;
- `origin`: "local" (made here) or "hq" (applied from HQ, never pushed back);
- `schema_rev` and `payload_format`, so HQ can read rows of older versions;
- `payload`: the row under its wire names (`Synced`), NEW for insert and update,
  OLD for delete, as SQLite stores the values.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
from typing import Any, Iterator, Mapping, Sequence

from sqlalchemy import Connection, Table, event, func, inspect, select, text
from sqlalchemy.orm import DeclarativeBase, Session

from branchdesk.store.base import Base, Sequenced, is_synced
from branchdesk.store.models.changelog import ChangeLogRow

PAYLOAD_FORMAT = 2  # 1: the ORM snapshot written by releases up to schema 0003
ORIGIN_LOCAL = "local"
ORIGIN_HQ = "hq"
_STATE_KEY = "branchdesk_change_state"
_OPS = ("insert", "update", "delete")


# --- the per-connection state behind bd_txid() and bd_origin() ---------------------


class ChangeState:
    """One connection's transaction id (made on first use) and origin."""

    def __init__(self) -> None:
        self.txid: str | None = None
        self.origin = ORIGIN_LOCAL

    def begin(self) -> None:
        self.txid = None
        self.origin = ORIGIN_LOCAL

    def current_txid(self) -> str:
        if self.txid is None:
            from uuid6 import uuid7  # at the first write, not at start-up

            self.txid = str(uuid7())
        return self.txid


def register_functions(dbapi_connection: Any) -> ChangeState:
    """Define bd_txid() and bd_origin() on a raw sqlite3 connection; call `begin()` per transaction."""
    state = ChangeState()
    dbapi_connection.create_function("bd_txid", 0, state.current_txid)
    dbapi_connection.create_function("bd_origin", 0, lambda: state.origin)
    return state


def attach(engine: Any) -> None:
    """Give every connection of a SQLAlchemy engine the functions, and a new txid per transaction."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        record.info[_STATE_KEY] = register_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        _state(conn).begin()


def _state(conn: Connection) -> ChangeState:
    state: ChangeState = conn.connection.info[_STATE_KEY]
    return state


@contextlib.contextmanager
def applying_from_hq(session: Session) -> Iterator[None]:
    """Writes in this block are marked as applied from HQ, so sync never pushes them back."""
    state = _state(session.connection())
    state.origin = ORIGIN_HQ
    try:
        yield
    finally:
        state.origin = ORIGIN_LOCAL


@contextlib.contextmanager
def made_here(session: Session) -> Iterator[None]:
    """Inside `applying_from_hq`: rows the branch makes for itself on the way (a shipped checklist installed
    because an item needs it) are its own, pushed with their payload; HQ has no copy of them."""
    session.flush()  # what was written before is HQ's
    state = _state(session.connection())
    before = state.origin
    state.origin = ORIGIN_LOCAL
    try:
        yield
        session.flush()  # the triggers read the origin when the rows reach the database
    finally:
        state.origin = before


# --- what each synced table's triggers capture --------------------------------------


@dataclasses.dataclass(frozen=True)
class Capture:
    """A synced table's capture: the table, its entity name on the wire, its key and (wire name, column) pairs.

    The entity name is the table's own unless the table was renamed: then it keeps the
    old name (`info={"wire": ...}` on the model's table), as a renamed column keeps its
    old wire name.
    """

    table: str
    key: str
    fields: tuple[tuple[str, str], ...]
    entity: str

    @classmethod
    def of(cls, table: str, columns: Sequence[str], key: str = "id", wire: Mapping[str, str] | None = None,
           exclude: Sequence[str] = (), entity: str | None = None) -> "Capture":
        """From a table's column names; `wire` maps a column to its wire name where they differ,
        `entity` is the table's name on the wire where it differs from `table`."""
        wire = wire or {}
        fields = sorted((wire.get(c, c), c) for c in columns if c not in exclude)
        names = [w for w, _ in fields]
        if len(set(names)) != len(names):
            raise ValueError(f"{table}: two columns share a wire name")
        return cls(table, key, tuple(fields), entity or table)

    def trigger_names(self) -> list[str]:
        return [f"capture_{self.table}_{op}" for op in _OPS]

    def trigger_sql(self) -> list[str]:
        """CREATE TRIGGER statements: after each insert, update (of a captured column) and delete."""

        def payload(row: str) -> str:
            return "json_object(" + ", ".join(f"'{w}', {row}.\"{c}\"" for w, c in self.fields) + ")"

        def append(op: str, row: str) -> str:
            return (
                "INSERT INTO change_log (txid, origin, schema_rev, payload_format, entity, entity_id, op, "
                "payload, changed_at) VALUES (bd_txid(), bd_origin(), "
                f"(SELECT version_num FROM alembic_version), {PAYLOAD_FORMAT}, '{self.entity}', "
                f"{row}.\"{self.key}\", '{op}', {payload(row)}, strftime('%Y-%m-%d %H:%M:%f000', 'now'));"
            )

        changed = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for _, c in self.fields)
        insert, update, delete = self.trigger_names()
        return [
            f'CREATE TRIGGER {insert} AFTER INSERT ON "{self.table}" BEGIN {append("insert", "NEW")} END',
            f'CREATE TRIGGER {update} AFTER UPDATE ON "{self.table}" WHEN {changed} '
            f'BEGIN {append("update", "NEW")} END',
            f'CREATE TRIGGER {delete} AFTER DELETE ON "{self.table}" BEGIN {append("delete", "OLD")} END',
        ]


def capture_of_table(table: Table, exclude: Sequence[str] = ()) -> Capture:
    wire = {c.name: c.info["wire"] for c in table.columns if "wire" in c.info}
    (key,) = [c.name for c in table.primary_key.columns]
    return Capture.of(table.name, [c.name for c in table.columns], key=key, wire=wire, exclude=exclude,
                      entity=table.info.get("wire"))


def captures(base: type[DeclarativeBase] = Base) -> dict[str, Capture]:
    """The capture every synced model of `base` asks for, by table name (not its wire entity name)."""
    found = {}
    for mapper in base.registry.mappers:
        cls = mapper.class_
        if is_synced(cls):
            table = mapper.local_table
            assert isinstance(table, Table), f"synced model {cls.__name__} must map one table"
            found[table.name] = capture_of_table(table, getattr(cls, "__sync_exclude__", ()))
    return dict(sorted(found.items()))


def create_triggers(conn: Connection, capture: Capture) -> None:
    """(Re)create a table's capture triggers, e.g. after a migration recreated the table."""
    for name in capture.trigger_names():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for sql in capture.trigger_sql():
        conn.exec_driver_sql(sql)


# --- ordered append-only tables ----------------------------------------------------


def _number_appended_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Give each new `Sequenced` row the next `seq` of its table (one query per table a flush)."""
    new_by_table: dict[Table, list[Sequenced]] = {}
    for obj in session.new:
        if isinstance(obj, Sequenced) and obj.seq is None:
            new_by_table.setdefault(type(obj).__table__, []).append(obj)
    for table, objs in new_by_table.items():
        last = session.execute(select(func.max(table.c.seq))).scalar() or 0
        # In the order they were added to the session, which is the order the flush inserts them.
        objs.sort(key=lambda o: inspect(o).insert_order)
        for n, obj in enumerate(objs, start=last + 1):
            obj.seq = n


def install(session_class: type[Session]) -> None:
    """Number new rows of ordered tables at flush (idempotent)."""
    if not event.contains(session_class, "before_flush", _number_appended_rows):
        event.listen(session_class, "before_flush", _number_appended_rows)


# --- checks for `db check` ---------------------------------------------------------


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


def trigger_problems(conn: Connection, expected: Mapping[str, Capture] | None = None) -> list[str]:
    """Each synced table must have exactly the capture triggers its model asks for."""
    expected = captures() if expected is None else expected
    present: dict[str, str] = dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_%' ESCAPE '\\'"
    ).all())
    problems = []
    for capture in expected.values():
        for name, sql in zip(capture.trigger_names(), capture.trigger_sql(), strict=True):
            if name not in present:
                problems.append(f"capture trigger {name} is missing: changes to {capture.table} are not logged")
            elif present.pop(name) != sql:
                problems.append(f"capture trigger {name} differs from what BranchDesk expects")
    problems.extend(f"unexpected capture trigger {name}" for name in sorted(present))
    return problems


def drift_problems(conn: Connection, expected: Mapping[str, Capture] | None = None,
                   limit: int = 20) -> list[str]:
    """Rows that differ from what the change log says they are: an edit made outside the app.

    For each synced table, the newest change row of each id is replayed against the table:
    a row with no change row, a row whose content differs, or a row the log says exists
    (or was deleted) but does not (or does) is reported. SQLite compares current-format
    rows itself, through the index on (entity, entity_id, seq); only rows an older
    version logged are compared here, field by field.
    """
    expected = captures() if expected is None else expected
    problems: list[str] = []
    for capture in expected.values():
        problems += _drifted_rows(conn, capture, limit - len(problems))
        if len(problems) < limit:
            problems += _vanished_rows(conn, capture, limit - len(problems))
        if len(problems) >= limit:
            break
    return problems


def _drifted_rows(conn: Connection, capture: Capture, limit: int) -> list[str]:
    columns = ", ".join(f't."{c}"' for _, c in capture.fields)
    payload = "json_object(" + ", ".join(f"'{w}', t.\"{c}\"" for w, c in capture.fields) + ")"
    query = (
        f'SELECT t."{capture.key}", c.op, c.payload, c.payload_format, {columns} FROM "{capture.table}" t '
        "LEFT JOIN change_log c ON c.seq = (SELECT max(seq) FROM change_log "
        f'WHERE entity = :e AND entity_id = t."{capture.key}") '
        f"WHERE c.seq IS NULL OR c.op = 'delete' OR c.payload_format < 2 OR c.payload IS NOT {payload}"
    )
    problems = []
    for entity_id, op, logged, payload_format, *row in conn.execute(text(query), {"e": capture.entity}):
        if op is None:
            problems.append(f"{capture.table} {entity_id}: has no change row")
        elif op == "delete":
            problems.append(f"{capture.table} {entity_id}: present, but the change log deleted it")
        elif payload_format >= 2 or not _same(capture, row, json.loads(logged), payload_format):
            problems.append(f"{capture.table} {entity_id}: differs from its last change row")
        if len(problems) >= limit:
            break
    return problems


def _vanished_rows(conn: Connection, capture: Capture, limit: int) -> list[str]:
    query = (
        "SELECT c.entity_id FROM change_log c "
        "JOIN (SELECT entity_id, max(seq) AS seq FROM change_log WHERE entity = :e GROUP BY entity_id) m "
        f"ON c.seq = m.seq WHERE c.op != 'delete' AND NOT EXISTS "
        f'(SELECT 1 FROM "{capture.table}" t WHERE t."{capture.key}" = c.entity_id) LIMIT :n'
    )
    return [f"{capture.table} {entity_id}: deleted without a change row"
            for (entity_id,) in conn.execute(text(query), {"e": capture.entity, "n": limit})]


def _same(capture: Capture, row: Sequence[Any], payload: dict[str, Any], payload_format: int) -> bool:
    for (wire, _column), stored in zip(capture.fields, row, strict=True):
        if wire not in payload:
            if payload_format >= 2:
                return False
            continue  # a column added after the row was last written by an older version
        if not _equal(stored, payload[wire], legacy=payload_format < 2):
            return False
    return True


def _equal(stored: Any, logged: Any, legacy: bool) -> bool:
    if isinstance(stored, float) or isinstance(logged, float):
        return stored is not None and logged is not None and math.isclose(stored, logged, rel_tol=1e-12)
    if legacy:
        # Format 1 was the ORM's view: True/False, ISO times with "T" and "+00:00".
        if isinstance(logged, bool):
            logged = int(logged)
        elif isinstance(logged, str) and isinstance(stored, str) and logged != stored:
            return _legacy_time(logged) == stored
    return bool(stored == logged)


def _legacy_time(value: str) -> str:
    value = value.replace("T", " ").removesuffix("+00:00")
    if len(value) == 8 and value.count(":") == 2:  # a time of day
        return value + ".000000"
    if len(value) == 19:  # whole seconds
        return value + ".000000"
    return value
