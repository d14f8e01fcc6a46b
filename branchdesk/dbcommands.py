"""`branchdesk db ...`: upgrade, check, backup and restore from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from branchdesk import instance
from branchdesk.errors import UserError, tr_noop
from branchdesk.paths import DataDir
from branchdesk.store import Database, files, migrate


def run(command: str, data_dir: DataDir, file: Path | None = None) -> int:
    commands: dict[str, Callable[..., int]] = {"upgrade": upgrade, "check": check, "backup": backup, "restore": restore}
    return commands[command](
        data_dir, *([file] if command == "restore" else [])
    )


def upgrade(data_dir: DataDir) -> int:
    files.require_database_file(data_dir.database)
    lock = instance.acquire(data_dir)
    try:
        before = files.current_revision(data_dir.database)
        Database.open(data_dir.database, data_dir.backups, create=False, daily_backup=False).close()
        after = files.current_revision(data_dir.database)
    finally:
        lock.release()
    if before == after:
        print(f"database is current (schema {after})")
    else:
        print(f"database upgraded from schema {before or 'none'} to {after}; a backup was kept")
    return 0


def check(data_dir: DataDir) -> int:
    """Prints each finding; exit 0 only when everything holds."""
    path = data_dir.database
    files.require_database_file(path)
    findings = [f"integrity: {p}" for p in files.integrity_problems(path, quick=False)]
    revision = files.current_revision(path)
    state = migrate.state_of(revision)
    if state != "current":
        findings.append(f"schema {revision or 'none'} is {state}; this version expects {migrate.head_revision()}")
    else:
        from branchdesk.services import audit
        from branchdesk.store import changelog

        db = Database.open(path, create=False, upgrade=False, daily_backup=False)
        try:
            with db.reading() as s:
                findings += changelog.sequence_problems(s)
                # An edit made outside the app: triggers dropped, or rows that differ from the log.
                findings += changelog.trigger_problems(s.connection())
                findings += changelog.drift_problems(s.connection())
                findings += [f"audit chain broken at entry {p.position}: {p.reason}" for p in audit.verify_chain(s)]
                entries = audit.count(s)
        finally:
            db.close()
    if findings:
        for finding in findings:
            print(f"FAIL {finding}")
        return 1
    print(f"ok: integrity, schema {revision}, change log and its triggers, audit chain ({entries} entries)")
    return 0


def backup(data_dir: DataDir) -> int:
    target = files.backup(data_dir.database, data_dir.backups, "manual")
    print(target)
    return 0


def restore(data_dir: DataDir, source: Path) -> int:
    if not source.exists():
        raise UserError("db.missing", tr_noop("No database at {path}."), path=str(source))
    lock = instance.acquire(data_dir)
    try:
        revision = files.current_revision(source)
        migrate.refuse_if_newer(revision)
        saved = files.restore(source, data_dir.database, data_dir.backups)
    finally:
        lock.release()
    print(f"restored {source} (schema {revision})")
    if saved:
        print(f"the database it replaced was kept as {saved}")
    return 0
