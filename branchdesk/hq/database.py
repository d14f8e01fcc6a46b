"""HQ's database: a SQLite file in its data folder by default, PostgreSQL by URL (psycopg 3).

Several workers and several processes share it; the database, never a worker's memory,
decides what has been applied. Writers therefore take the write lock up front: BEGIN
IMMEDIATE on SQLite, and on PostgreSQL a row lock on the branch's state (see ingest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

HQ_DB_FILENAME = "branchdesk-hq.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any fixed number: serialises schema upgrades of several HQ processes starting at once on PostgreSQL.
UPGRADE_LOCK = 0x4244_4851


def database_url(data_dir: Path | None, url: str | None) -> str:
    if url:
        if url.startswith("postgresql://"):  # psycopg 3, not SQLAlchemy's default psycopg2
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url
    if data_dir is None:
        raise ValueError("a data folder or a database URL is needed")
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / HQ_DB_FILENAME}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _configure(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=30000", "synchronous=FULL"):
                dbapi_conn.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


class HQDatabase:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def upgrade(self) -> None:
        """Bring the schema to this version's head; safe when several processes start at once."""
        from alembic import command
        from alembic.config import Config

        with self.engine.begin() as connection:
            if not self.is_sqlite:
                connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": UPGRADE_LOCK})
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            try:
                return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except (OperationalError, ProgrammingError):  # no table yet: an empty database
                return None

    def close(self) -> None:
        self.engine.dispose()


def head_revision() -> str:
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))[-1]
