"""One BranchDesk per data folder: a second window on the same database is refused."""

from __future__ import annotations

from filelock import FileLock, Timeout

from branchdesk.errors import UserError, tr_noop
from branchdesk.paths import DataDir


def acquire(data_dir: DataDir) -> FileLock:
    """The held lock (released when the process ends, even by a crash), or a UserError."""
    data_dir.root.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir.lock_file), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise UserError(
            "app.running",
            tr_noop("BranchDesk is already running on this data folder ({path}); close it first."),
            path=str(data_dir.root),
        ) from None
    return lock
