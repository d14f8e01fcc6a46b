"""Checks, backups and restores of the database file itself (plain sqlite3)."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Iterator

from branchdesk.errors import UserError, tr_noop

SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_BACKUPS = 14


def looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_HEADER


@contextlib.contextmanager
def _connect(path: Path, readonly: bool = True) -> Iterator[sqlite3.Connection]:
    uri = f"file:{path}?mode={'ro' if readonly else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        yield conn
    finally:
        conn.close()


def require_database_file(path: Path) -> None:
    """A clear error for a file that is missing, empty where it must not be, or not SQLite."""
    if not path.exists():
        raise UserError("db.missing", tr_noop("No database at {path}."), path=str(path))
    if path.stat().st_size and not looks_like_sqlite(path):
        raise UserError(
            "db.not_sqlite",
            tr_noop("{path} is not a BranchDesk database (damaged or a different file)."),
            path=str(path),
        )


def integrity_problems(path: Path, quick: bool = True) -> list[str]:
    """Empty when SQLite finds the file sound; else its complaints."""
    require_database_file(path)
    try:
        with _connect(path) as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
            rows += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else [r for r in rows if r != "ok"]


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None for a new, empty one."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with _connect(path) as conn:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def backup(path: Path, backup_dir: Path, reason: str) -> Path:
    """A consistent copy through SQLite's backup API (safe while the app writes)."""
    require_database_file(path)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"branchdesk-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    with _connect(path) as source:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    # Only a finished copy gets the real name: a power cut leaves a .partial, not a bad backup.
    partial.replace(target)
    prune_backups(backup_dir)
    return target


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> None:
    backups = sorted(backup_dir.glob("branchdesk-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    for stale in backup_dir.glob("*.partial"):
        stale.unlink(missing_ok=True)


def latest_backup_date(backup_dir: Path) -> dt.date | None:
    stamps = sorted(p.name.split("-")[1] for p in backup_dir.glob("branchdesk-*.sqlite3"))
    return dt.datetime.strptime(stamps[-1], "%Y%m%d").date() if stamps else None


def restore(source: Path, path: Path, backup_dir: Path) -> Path | None:
    """Replace the database with `source` after checking it; the old file is backed up first."""
    require_database_file(source)
    if not looks_like_sqlite(source):
        raise UserError(
            "db.not_sqlite",
            tr_noop("{path} is not a BranchDesk database (damaged or a different file)."),
            path=str(source),
        )
    problems = integrity_problems(source, quick=False)
    if problems:
        raise UserError(
            "db.restore_damaged",
            tr_noop("The backup {path} is damaged and was not restored: {problem}"),
            path=str(source),
            problem=problems[0],
        )
    saved = backup(path, backup_dir, "before-restore") if path.exists() else None
    staging = path.with_suffix(".restoring")
    shutil.copyfile(source, staging)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    staging.replace(path)
    return saved
