"""Was the database closed cleanly last time? One marker file per open database.

`Database.open` creates `<db>.open-<pid>-<token>` and holds an OS lock on it for as
long as the database is open; `Database.close` removes it. A marker that is still
there but no longer locked belongs to a process that ended without closing (a
crash, a kill, a power cut): only then is the file scanned at start-up. A locked
marker is another program that has the database open right now (the app while
the CLI writes a report), which is no reason for a scan.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from pathlib import Path

# Plain OS locks (released by the OS when a process dies), not filelock: importing
# filelock costs start-up tens of milliseconds, and this runs at every open.
if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _markers(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.open-*"))


def _held(marker: Path) -> bool:
    """True while the process that made `marker` still has it locked."""
    try:
        fd = os.open(marker, os.O_RDWR)
    except OSError:
        return True  # gone meanwhile, or not ours to judge: no reason to scan
    try:
        _lock(fd)
    except OSError:
        return True
    else:
        _unlock(fd)
        return False
    finally:
        os.close(fd)


def left_by_a_crash(path: Path) -> list[Path]:
    """Markers whose process ended without closing the database."""
    return [marker for marker in _markers(path) if not _held(marker)]


def clear(markers: list[Path]) -> None:
    for marker in markers:
        with contextlib.suppress(OSError):
            marker.unlink()


class Marker:
    """This process has the database open (until `release`)."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(f"{path.name}.open-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        self._fd: int | None = None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a read-only folder: run without a marker
            return
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __del__(self) -> None:  # a Database dropped without close(): its marker stays, as after a crash
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
