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
import uuid
from pathlib import Path

from filelock import FileLock, Timeout


def _markers(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.open-*"))


def left_by_a_crash(path: Path) -> list[Path]:
    """Markers whose process ended without closing the database."""
    orphans = []
    for marker in _markers(path):
        probe = FileLock(str(marker), timeout=0)
        try:
            probe.acquire()
        except Timeout:
            continue  # held: that process is alive and has the database open
        except OSError:
            continue
        probe.release()
        orphans.append(marker)
    return orphans


def clear(markers: list[Path]) -> None:
    for marker in markers:
        with contextlib.suppress(OSError):
            marker.unlink()


class Marker:
    """This process has the database open (until `release`)."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(f"{path.name}.open-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        self._lock = FileLock(str(self.path), timeout=0)
        try:
            self._lock.acquire()
        except (OSError, Timeout):  # a read-only folder: run without a marker
            self._lock = None

    def release(self) -> None:
        if self._lock is None:
            return
        self._lock.release()
        self._lock = None
        with contextlib.suppress(OSError):
            self.path.unlink()
