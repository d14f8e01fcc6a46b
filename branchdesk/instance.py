"""One BranchDesk per data folder: a second window on the same database is refused, and the running one
is asked to come to the front instead (ui/wake.py carries that message over a local socket)."""

from __future__ import annotations

import getpass
import hashlib

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


def wake_name(data_dir: DataDir) -> str:
    """The local socket the running BranchDesk of `data_dir` listens on for "come to the front": one per
    user and data folder (a socket name is short and has no slashes, so a hash of the path)."""
    key = f"{getpass.getuser()}\0{data_dir.root.resolve()}"
    return "branchdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
