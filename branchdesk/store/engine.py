"""The SQLite engine: WAL, foreign keys, a busy timeout, and durable commits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from branchdesk.store import changelog

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (see below); the sqlite3 module's own
        # implicit transactions would otherwise start late and deferred.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a commit survives a power cut, which WAL's NORMAL does not promise.
        cursor.execute("PRAGMA synchronous=FULL")
        # Rows that INSERT OR REPLACE deletes fire delete triggers only with this on:
        # without it such a delete would never reach the change log.
        cursor.execute("PRAGMA recursive_triggers=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front, so the busy timeout applies
        # instead of a deadlock error when two writers meet; readers ask for DEFERRED.
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    # After the BEGIN above: the capture triggers' functions, and a new txid per transaction.
    changelog.attach(engine)
    return engine
