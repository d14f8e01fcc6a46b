"""Make the database file of one released schema, with that release's own code.

Run from a checkout of the release (see README.md beside this file):
    PYTHONPATH=<checkout> python tests/data/make_release_db.py OUT.sqlite3
The demo branch is built at a fixed moment with a cheap Argon2 cost, then the file is
checkpointed so it is a single, self-contained SQLite file.
"""

from __future__ import annotations

import datetime as dt
import inspect
import sqlite3
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from argon2 import PasswordHasher

from branchdesk.services.demo import build_demo
from branchdesk.services.secrets import SecretHasher
from branchdesk.store import Database

NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def main(out: Path) -> None:
    out.unlink(missing_ok=True)
    db = Database.open(out, out.parent / "backups-unused", daily_backup=False)
    kwargs: dict[str, object] = {"now": NOW, "hasher": SecretHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))}
    if "queue_weeks" in inspect.signature(build_demo).parameters:
        kwargs["queue_weeks"] = 1
    build_demo(db, **kwargs)
    db.close()
    with sqlite3.connect(out) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
