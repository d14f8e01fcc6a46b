"""Open a branch database: check it, back it up, upgrade it, hand out sessions."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from branchdesk.errors import UserError, tr_noop
from branchdesk.store import changelog, files, migrate
from branchdesk.store.engine import make_engine

log = logging.getLogger(__name__)


class BranchSession(Session):
    """Session class carrying the change-log hook."""


changelog.install(BranchSession)


@contextlib.contextmanager
def _friendly_lock_errors() -> Iterator[None]:
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError(
                "db.locked",
                tr_noop("The database is busy in another program; try again in a moment."),
            ) from exc
        raise


class Database:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, class_=BranchSession, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        path: Path,
        backup_dir: Path | None = None,
        *,
        create: bool = True,
        upgrade: bool = True,
        daily_backup: bool = True,
    ) -> "Database":
        """Check, back up and upgrade the file, then open it.

        A damaged file or one from a newer version is refused before anything is written.
        """
        path = Path(path)
        backup_dir = backup_dir or path.parent / "backups"
        existed = path.exists() and path.stat().st_size > 0
        if not existed and not create:
            files.require_database_file(path)
        if existed:
            files.require_database_file(path)
            problems = files.integrity_problems(path)
            if problems:
                raise UserError(
                    "db.damaged",
                    tr_noop(
                        "The database failed its integrity check ({problem}). "
                        "Restore a backup with 'branchdesk db restore FILE'."
                    ),
                    problem=problems[0],
                )
        with _friendly_lock_errors():
            revision = files.current_revision(path)
        migrate.refuse_if_newer(revision)
        state = migrate.state_of(revision)
        if existed and state in ("older", "empty") and upgrade:
            files.backup(path, backup_dir, f"before-upgrade-{revision or 'none'}")
        elif existed and daily_backup and files.latest_backup_date(backup_dir) != dt.date.today():
            files.backup(path, backup_dir, "daily")
        path.parent.mkdir(parents=True, exist_ok=True)
        db = cls(path, make_engine(path))
        if state in ("empty", "older") and upgrade:
            with _friendly_lock_errors():
                log.info("upgrading %s from %s", path, revision or "nothing")
                migrate.upgrade(db.engine)
        return db

    def revision(self) -> str | None:
        return files.current_revision(self.path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session: committed when the block ends, rolled back on any error."""
        with _friendly_lock_errors(), self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session that takes no write lock (closing it ends the read)."""
        with _friendly_lock_errors(), self._sessions() as session:
            session.connection(execution_options={"sqlite_begin": "DEFERRED"})
            yield session

    def close(self) -> None:
        self.engine.dispose()
