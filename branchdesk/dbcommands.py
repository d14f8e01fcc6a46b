"""`branchdesk db ...`: upgrade, check, backup and restore from the command line.

A bad file (missing, a folder, not SQLite, cut short, damaged, another program's
database, a newer schema) never crashes a command: it ends in one clear line (a
`UserError`, exit 1) or, for `db check`, in FAIL lines and exit 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from branchdesk import instance
from branchdesk.clitext import error_text, say
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
    files.require_whole(data_dir.database)
    lock = instance.acquire(data_dir)
    try:
        before = files.current_revision(data_dir.database)
        Database.open(data_dir.database, data_dir.backups, create=False, daily_backup=False).close()
        after = files.current_revision(data_dir.database)
    finally:
        lock.release()
    if before == after:
        print(say(tr_noop("The database is current (schema {revision})."), revision=after))
    else:
        print(say(tr_noop("The database was upgraded from schema {before} to {after}; a backup was kept."),
                  before=before or "-", after=after))
    return 0


def check(data_dir: DataDir) -> int:
    """Prints each finding; exit 0 only when everything holds."""
    path = data_dir.database
    files.require_database_file(path)
    findings = [say(tr_noop("integrity: {problem}"), problem=p) for p in files.integrity_problems(path, quick=False)]
    entries = 0
    revision = None
    if not findings:
        try:
            revision = files.current_revision(path)
        except UserError as err:
            findings.append(error_text(err))
    if not findings:
        state = migrate.state_of(revision)
        if state != "current":
            findings.append(say(tr_noop("schema {revision} is {state}; this version expects {head}"),
                                revision=revision or "-", state=state, head=migrate.head_revision()))
        else:
            more, entries = _content_findings(path)
            findings += more
    if findings:
        for finding in findings:
            print(say(tr_noop("FAIL {finding}"), finding=finding))
        return 1
    print(say(tr_noop("ok: integrity, schema {revision}, change log and its triggers, audit chain ({entries} entries)"),
              revision=revision, entries=entries))
    return 0


def _content_findings(path: Path) -> tuple[list[str], int]:
    """Change-log sequence and audit-chain findings, and the number of audit entries."""
    from branchdesk.services import audit
    from branchdesk.store import changelog

    db = Database.open(path, create=False, upgrade=False, daily_backup=False)
    try:
        with db.reading() as s:
            findings = list(changelog.sequence_problems(s))
            # An edit made outside the app: triggers dropped, or rows that differ from the log.
            findings += changelog.trigger_problems(s.connection())
            findings += changelog.drift_problems(s.connection())
            findings += [say(tr_noop("audit chain broken at entry {position}: {reason}"),
                             position=p.position, reason=p.reason) for p in audit.verify_chain(s)]
            return findings, audit.count(s)
    finally:
        db.close()


def backup(data_dir: DataDir) -> int:
    target = files.backup(data_dir.database, data_dir.backups, "manual")
    print(target)
    return 0


def restore(data_dir: DataDir, source: Path) -> int:
    lock = instance.acquire(data_dir)
    try:
        revision, saved = files.restore(source, data_dir.database, data_dir.backups, migrate.known_revisions())
    finally:
        lock.release()
    print(say(tr_noop("Restored {path} (schema {revision})."), path=str(source), revision=revision))
    if saved:
        print(say(tr_noop("The database it replaced was kept as {path}."), path=str(saved)))
    return 0
