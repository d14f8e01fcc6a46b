"""Checks, backups and restores of the database file itself (plain sqlite3).

Every way a file can be wrong (missing, a folder, not SQLite, cut short, damaged
pages, another program's SQLite file, a newer schema) ends in a `UserError`
with a translatable message, never in a traceback, and before anything is
written. Backups are compressed copies made through SQLite's backup API.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gzip
import lzma
import os
import shutil
import sqlite3
import zlib
from pathlib import Path
from typing import Callable, Iterator

from branchdesk.errors import UserError, tr_noop

SQLITE_HEADER = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
XZ_MAGIC = b"\xfd7zXZ\x00"
KEEP_BACKUPS = 14
BACKUP_GLOB = "branchdesk-*.sqlite3*"
# gzip level 1: see bench/backup.py for the measurement behind this choice.
BACKUP_SUFFIX = ".sqlite3.gz"
COMPRESS_LEVEL = 1
CHUNK = 1 << 20
# Tables every BranchDesk database has had since its first schema.
REQUIRED_TABLES = ("alembic_version", "branch")
DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))



def looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_HEADER


def _magic(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(16)


@contextlib.contextmanager
def _connect(path: Path, readonly: bool = True) -> Iterator[sqlite3.Connection]:
    uri = f"file:{path}?mode={'ro' if readonly else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        yield conn
    finally:
        conn.close()


def _not_branchdesk(path: Path) -> UserError:
    return UserError(
        "db.not_sqlite",
        tr_noop("{path} is not a BranchDesk database (damaged or a different file)."),
        path=str(path),
    )


def require_database_file(path: Path) -> None:
    """A clear error for a file that is missing, a folder, or not SQLite (empty is allowed: a new file)."""
    if not path.exists():
        raise UserError("db.missing", tr_noop("No database at {path}."), path=str(path))
    if not path.is_file():
        raise UserError("db.not_a_file", tr_noop("{path} is a folder, not a database file."), path=str(path))
    try:
        if path.stat().st_size and not looks_like_sqlite(path):
            raise _not_branchdesk(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> UserError:
    return UserError("db.unreadable", tr_noop("{path} cannot be read: {problem}"),
                     path=str(path), problem=exc.strerror or str(exc))


def size_problem(path: Path) -> tuple[int, int] | None:
    """(actual, expected) bytes when the file is shorter than its own header says; else None.

    Reads the 100-byte header only, so it costs nothing whatever the file's size. SQLite
    keeps the page count in the header (valid when bytes 92-95 match the change counter);
    a file cut short by a failed copy or a full disk has fewer bytes than that. While a
    non-empty write-ahead log lies beside it (an unclean shutdown, or the app is running),
    the header may be ahead of the file, so only the page-size multiple is checked then.
    """
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(100)
    if len(head) < 100:
        return size, 100
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return size, 0  # not a page size SQLite can write: the header itself is damaged
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]
    wal = Path(f"{path}-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    if size % page_size:
        return size, (size // page_size + 1) * page_size
    if header_valid and not wal_pending and pages * page_size > size:
        return size, pages * page_size
    return None


def require_whole(path: Path) -> None:
    """Refuse, cheaply, a database file that is cut short (see `size_problem`)."""
    try:
        problem = size_problem(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if problem:
        actual, expected = problem
        raise UserError(
            "db.damaged",
            tr_noop(
                "The database {path} is cut short ({actual} of {expected} bytes): it was not copied whole "
                "or the disk is damaged. Restore a backup with 'branchdesk db restore FILE'."
            ),
            path=str(path), actual=actual, expected=expected,
        )


def integrity_problems(path: Path, quick: bool = True) -> list[str]:
    """Empty when SQLite finds the file sound; else its complaints (a cut-short file included)."""
    require_database_file(path)
    try:
        problem = size_problem(path)
        if problem:
            return [f"the file is cut short ({problem[0]} of {problem[1]} bytes)"]
        with _connect(path) as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
            rows += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
    except (sqlite3.Error, OSError) as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else [r for r in rows if r != "ok"]


def damaged(problem: str) -> UserError:
    return UserError(
        "db.damaged",
        tr_noop(
            "The database failed its integrity check ({problem}). "
            "Restore a backup with 'branchdesk db restore FILE'."
        ),
        problem=problem,
    )


def current_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None for a new, empty one."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with _connect(path) as conn:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise damaged(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise damaged(str(exc)) from exc
    return row[0] if row else None


def require_branchdesk(path: Path, known_revisions: list[str]) -> str:
    """The revision of `path` if it is a BranchDesk database; else a UserError. Reads only."""
    try:
        with _connect(path) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not set(REQUIRED_TABLES) <= tables:
                raise _not_branchdesk(path)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise damaged(str(exc)) from exc
    if not row:
        raise _not_branchdesk(path)
    revision = str(row[0])
    newer = revision.isdigit() and len(revision) == len(known_revisions[-1]) and revision > known_revisions[-1]
    if revision not in known_revisions and not newer:
        raise _not_branchdesk(path)  # a revision no BranchDesk ever wrote (a newer one is refused by the caller)
    return revision


# --- disk space -------------------------------------------------------------------------------

def _mb(size: int) -> str:
    return f"{size / 1e6:,.0f} MB" if size >= 1e6 else f"{size / 1e3:,.0f} kB"


def require_free_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise UserError(
            "disk.short",
            tr_noop("Not enough free disk space in {folder}: {needed} needed, {free} free. "
                    "Free some space (old backups can be moved elsewhere); nothing was changed."),
            folder=str(folder), needed=_mb(needed), free=_mb(free),
        )


def disk_full(folder: Path) -> UserError:
    return UserError(
        "disk.full",
        tr_noop("The disk holding {folder} filled up; the unfinished file was removed and the database "
                "is untouched. Free some space and try again."),
        folder=str(folder),
    )


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in DISK_FULL:
        return True
    return isinstance(exc, sqlite3.Error) and ("full" in str(exc) or getattr(exc, "sqlite_errorcode", 0) == 13)


def _unlink(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal")]


def _durable(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


# --- backups ----------------------------------------------------------------------------------

def backup(path: Path, backup_dir: Path, reason: str, *, check: str | None = "full") -> Path:
    """A compressed, consistent copy (SQLite's backup API: safe while the app writes).

    The copy is checked (`check`: "full" is `PRAGMA integrity_check`, "quick" its quick form,
    None none) on the copy, so the app is not held up: a damaged database is refused here
    rather than hidden inside a backup that would push the good ones out. Free space is checked first; a disk that fills up anyway leaves the database
    untouched and no partial file. Only a finished backup gets its real name.
    """
    require_database_file(path)
    require_whole(path)
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(backup_dir, exc) from exc
    size = path.stat().st_size + sum(p.stat().st_size for p in _sidecars(path) if p.exists())
    # The plain copy, then the compressed file beside it (at most half the size, measured ~10-20%).
    require_free_space(backup_dir, size + size // 2 + (1 << 20))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"branchdesk-{stamp}-{reason}{BACKUP_SUFFIX}"
    copy = backup_dir / f"branchdesk-{stamp}-{reason}.copying"
    partial = target.with_name(target.name + ".partial")
    try:
        try:
            with _connect(path) as source:
                dest = sqlite3.connect(copy)
                # A scratch file: no journal, no fsync (a third faster); the compressed file is synced.
                dest.execute("PRAGMA journal_mode=OFF")
                dest.execute("PRAGMA synchronous=OFF")
                try:
                    source.backup(dest)
                finally:
                    dest.close()
        except sqlite3.DatabaseError as exc:
            if _is_disk_full(exc):
                raise
            raise damaged(str(exc)) from exc
        if check:
            problems = integrity_problems(copy, quick=check == "quick")
            if problems:
                raise damaged(problems[0])
        compress(copy, partial)
        _durable(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        if _is_disk_full(exc):
            raise disk_full(backup_dir) from exc
        if isinstance(exc, OSError):  # a read-only or vanished folder, a USB stick pulled out...
            raise _cannot_write(backup_dir, exc) from exc
        raise
    finally:
        _unlink(copy, partial, *_sidecars(copy))
    prune_backups(backup_dir)
    return target


def _cannot_write(backup_dir: Path, exc: OSError) -> UserError:
    return UserError(
        "backup.failed",
        tr_noop("The backup could not be written to {folder} ({problem}); the database is untouched."),
        folder=str(backup_dir), problem=exc.strerror or str(exc),
    )


def compress(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=COMPRESS_LEVEL, mtime=0) as out:
        while chunk := src.read(CHUNK):
            out.write(chunk)


def _opener(path: Path) -> Callable[[Path], object] | None:
    """How to read `path` decompressed: gzip, xz, or None for a plain file."""
    magic = _magic(path)
    if magic.startswith(GZIP_MAGIC):
        return lambda p: gzip.open(p, "rb")
    if magic.startswith(XZ_MAGIC):
        return lambda p: lzma.open(p, "rb")
    return None


def backups(backup_dir: Path) -> list[Path]:
    """Finished backups, oldest first (plain `.sqlite3` from older versions and compressed ones)."""
    return sorted(p for p in backup_dir.glob(BACKUP_GLOB) if not p.name.endswith(".partial"))


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in backups(backup_dir)[:-keep]:
        old.unlink(missing_ok=True)
    # Left by a power cut; an hour old at least, so as not to pull one from under a backup running now.
    an_hour_ago = dt.datetime.now().timestamp() - 3600
    for pattern in ("*.partial", "*.copying"):
        for stale in backup_dir.glob(pattern):
            with contextlib.suppress(OSError):
                if stale.stat().st_mtime < an_hour_ago:
                    stale.unlink()


def latest_backup_date(backup_dir: Path) -> dt.date | None:
    stamps = sorted(p.name.split("-")[1] for p in backups(backup_dir))
    return dt.datetime.strptime(stamps[-1], "%Y%m%d").date() if stamps else None


# --- restore ----------------------------------------------------------------------------------

def _unpacked_size_guess(source: Path) -> int:
    """gzip keeps the unpacked size (mod 4 GiB) in its last 4 bytes; else assume 1:5 as measured."""
    packed = source.stat().st_size
    guess = 5 * packed
    if _magic(source).startswith(GZIP_MAGIC) and packed >= 18:
        with open(source, "rb") as f:
            f.seek(-4, os.SEEK_END)
            guess = max(guess, int.from_bytes(f.read(4), "little"))
    return guess


def _stage(source: Path, staging: Path) -> None:
    """Copy (decompressing if need be) `source` to `staging`; a UserError for any bad input."""
    opener = _opener(source)
    if opener is None:
        require_database_file(source)
        require_free_space(staging.parent, source.stat().st_size + (1 << 20))
        shutil.copyfile(source, staging)
        return
    require_free_space(staging.parent, _unpacked_size_guess(source) + (1 << 20))
    try:
        with opener(source) as src, open(staging, "wb") as out:  # type: ignore[attr-defined]
            while chunk := src.read(CHUNK):
                out.write(chunk)
    except (EOFError, gzip.BadGzipFile, lzma.LZMAError, zlib.error) as exc:
        raise UserError(
            "db.restore_damaged",
            tr_noop("The backup {path} is damaged and was not restored: {problem}"),
            path=str(source), problem=str(exc) or "the compressed file ends too early",
        ) from exc


def _keep_current(path: Path, backup_dir: Path) -> Path:
    """Back up the database about to be replaced; a damaged one (the usual reason to restore) as is."""
    try:
        return backup(path, backup_dir, "before-restore", check=None)
    except UserError as err:
        if err.code != "db.damaged":
            raise
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = backup_dir / f"damaged-{stamp}.sqlite3"  # not a backup: never restored by mistake, never pruned
    require_free_space(backup_dir, path.stat().st_size + (1 << 20))
    shutil.copyfile(path, kept)
    return kept


def restore(source: Path, path: Path, backup_dir: Path, known_revisions: list[str]) -> tuple[str, Path | None]:
    """Replace the database with `source` (plain or compressed) after checking it in full.

    Nothing is changed unless the copy is a whole, sound BranchDesk database of a known
    schema; the current database is backed up first. Returns (revision, that backup).
    """
    if not source.exists():
        raise UserError("db.missing", tr_noop("No database at {path}."), path=str(source))
    if not source.is_file():
        raise UserError("db.not_a_file", tr_noop("{path} is a folder, not a database file."), path=str(source))
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(path.name + ".restoring")
    _unlink(staging, *_sidecars(staging))
    try:
        try:
            _stage(source, staging)
        except OSError as exc:
            if _is_disk_full(exc):
                raise disk_full(path.parent) from exc
            raise UserError("db.unreadable", tr_noop("{path} cannot be read: {problem}"),
                            path=str(source), problem=exc.strerror or str(exc)) from exc
        if not staging.stat().st_size or not looks_like_sqlite(staging):
            raise _not_branchdesk(source)
        problems = integrity_problems(staging, quick=False)
        if problems:
            raise UserError(
                "db.restore_damaged",
                tr_noop("The backup {path} is damaged and was not restored: {problem}"),
                path=str(source), problem=problems[0],
            )
        try:
            revision = require_branchdesk(staging, known_revisions)
        except UserError as err:
            raise (_not_branchdesk(source) if err.code == "db.not_sqlite" else err) from None
        if revision not in known_revisions:
            raise UserError(
                "db.newer",
                tr_noop(
                    "This database was written by a newer version of BranchDesk (schema {revision}). "
                    "Install that version or newer; nothing was changed."
                ),
                revision=revision,
            )
        _unlink(*_sidecars(staging))
        saved = _keep_current(path, backup_dir) if path.exists() and path.stat().st_size else None
        _durable(staging)
        for sidecar in _sidecars(path):
            sidecar.unlink(missing_ok=True)
        staging.replace(path)
    finally:
        _unlink(staging, *_sidecars(staging))
    return revision, saved
