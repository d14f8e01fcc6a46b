"""Open a branch database: check it, back it up, upgrade it, hand out sessions."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from branchdesk.errors import UserError, tr_noop
from branchdesk.store import changelog, files, migrate, running
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
        self._marker: running.Marker | None = running.Marker(path)
        self._backup: threading.Thread | None = None
        self.backup_error: UserError | None = None
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
        if not path.exists() and not create:
            files.require_database_file(path)
        if path.exists():
            files.require_database_file(path)  # a folder, or not SQLite at all
        existed = path.exists() and path.stat().st_size > 0
        crashed: list[Path] = []
        if existed:
            files.require_whole(path)  # the header against the file size: cheap, catches a cut-short file
            # A full scan costs seconds on a file of many years, so it runs only after an unclean
            # shutdown (a marker left behind); backups and 'db check' check the whole file.
            crashed = running.left_by_a_crash(path)
            if crashed:
                log.warning("%s was not closed cleanly; checking it", path)
                problems = files.integrity_problems(path)
                if problems:
                    raise files.damaged(problems[0])
        with _friendly_lock_errors():
            revision = files.current_revision(path)
        migrate.refuse_if_newer(revision)
        state = migrate.state_of(revision)
        daily_due = False
        if existed and state in ("older", "empty") and upgrade:
            files.backup(path, backup_dir, f"before-upgrade-{revision or 'none'}")
        elif existed and daily_backup and files.latest_backup_date(backup_dir) != dt.date.today():
            daily_due = True
        running.clear(crashed)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = cls(path, make_engine(path))
        try:
            if state in ("empty", "older") and upgrade:
                with _friendly_lock_errors():
                    log.info("upgrading %s from %s", path, revision or "nothing")
                    migrate.upgrade(db.engine)
        except BaseException:
            db.close()
            raise
        if daily_due:
            db._start_daily_backup(backup_dir)
        return db

    def _start_daily_backup(self, backup_dir: Path) -> None:
        """The day's first backup, beside the app's work: on a file of many years it takes tens of
        seconds (copy, quick check of the copy, compression), which start-up must not wait for.
        SQLite's backup API reads a consistent snapshot while the app writes; `close` waits for it."""

        def work() -> None:
            try:
                files.backup(self.path, backup_dir, "daily", check="quick")
            except UserError as err:
                self.backup_error = err
                log.error("the daily backup failed: %s (%s)", err, err.code)
            except Exception as exc:  # a bug, but the branch must still learn it has no backup today
                log.exception("the daily backup failed")
                self.backup_error = UserError(
                    "backup.failed",
                    tr_noop("The backup could not be written to {folder} ({problem}); the database is untouched."),
                    folder=str(backup_dir), problem=str(exc) or type(exc).__name__,
                )

        self._backup = threading.Thread(target=work, name="branchdesk-daily-backup")
        self._backup.start()

    def wait_for_backup(self) -> UserError | None:
        """Block until the day's backup (if one is running) is written; its error, if any."""
        if self._backup is not None:
            self._backup.join()
            self._backup = None
        return self.backup_error

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
        """Close every connection after the day's backup is written; the clean-shutdown marker goes last."""
        self.wait_for_backup()
        self.engine.dispose()
        if self._marker is not None:
            self._marker.release()
            self._marker = None
