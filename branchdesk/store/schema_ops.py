"""Helpers for migrations that keep the schema's guarantees when SQLite tables are rebuilt.

SQLite alters most things by copying a table, and a copied table loses its triggers
(append-only, statistics invalidation, change capture). `recreate_table` copies a
table the way SQLite's documentation describes and puts every trigger back;
`refresh_capture` (re)writes a synced table's capture triggers from its live columns.
Never use Alembic's `batch_alter_table` on a table with triggers without them.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from sqlalchemy import Connection, Table
from sqlalchemy.schema import CreateIndex, CreateTable

from branchdesk.store import changelog


def triggers_of(conn: Connection, table: str) -> dict[str, str]:
    return dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name", (table,)
    ).all())


def recreate_table(conn: Connection, table: Table, copy: Mapping[str, str] | None = None) -> None:
    """Rebuild `table.name` as `table` says (columns, constraint names, indexes), keeping its rows and triggers.

    `copy` gives the SQL that fills a column from the old table where it is not the
    column of the same name (e.g. {"seq": "rowid"}). Run with foreign keys off
    (`store/migrate.py` does), so dropping the old table deletes nothing it refers to.
    """
    name = table.name
    temporary = f"_new_{name}"
    kept = triggers_of(conn, name)
    ddl = str(CreateTable(table).compile(dialect=conn.dialect)).strip()
    prefix = f"CREATE TABLE {name} "
    if not ddl.startswith(prefix):
        raise ValueError(f"unexpected DDL for {name}: {ddl[:60]}")
    conn.exec_driver_sql(f"CREATE TABLE {temporary} " + ddl[len(prefix):])
    copy = copy or {}
    columns = [c.name for c in table.columns]
    sources = [copy.get(c, f'"{c}"') for c in columns]
    conn.exec_driver_sql(
        f"INSERT INTO {temporary} ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
        f"SELECT {', '.join(sources)} FROM \"{name}\" ORDER BY rowid"
    )
    conn.exec_driver_sql(f'DROP TABLE "{name}"')  # its indexes and triggers go with it
    conn.exec_driver_sql(f'ALTER TABLE {temporary} RENAME TO "{name}"')
    for index in table.indexes:
        conn.execute(CreateIndex(index))
    for sql in kept.values():
        conn.exec_driver_sql(sql)


def refresh_capture(conn: Connection, table: str, *, key: str = "id", wire: Mapping[str, str] | None = None,
                    exclude: Sequence[str] = (), entity: str | None = None) -> None:
    """(Re)create a synced table's capture triggers from the columns it has now.

    `wire` keeps a renamed column's old wire name ({"new_column": "old_name"}) and
    `entity` a renamed table's old name on the wire; `exclude` lists columns that stay
    on this PC. The model must say the same (`info={"wire": ...}` on the column or
    the table, `__sync_exclude__`): tests compare the two.
    """
    columns = [row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
    changelog.create_triggers(conn, changelog.Capture.of(table, columns, key=key, wire=wire, exclude=exclude,
                                                                   entity=entity))
