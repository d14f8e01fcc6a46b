"""Weekly bundle benchmark: a busy branch's year (150,000 changes) exported and imported at HQ.

A measurement, not a test: it prints the figures beside their goal and exits 0 whatever they are.

    .venv/bin/python bench/bundle.py [--changes N]

The branch file is built once under bench/out/ (git-ignored): a migrated database whose change
log holds N rows of ~700 bytes (county announcements written locally, two rows a transaction, so
the log looks like a counter's day: many small transactions). Then, each on a fresh copy:
- **export**: `BranchSync.export_bundle` — read every unacknowledged row, sign, zip, write (no report);
- **import**: `branchdesk-hq import` as a function on a fresh HQ SQLite file — verify, apply as a push,
  write the acknowledgement;
- **baseline**: reading the same rows with the sqlite3 module (`SELECT * FROM change_log`, fetchall).
Goals: export < 5 s and import < 5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

# This folder holds bench/queue.py, which would hide the standard library's queue.
sys.path[0] = str(Path(__file__).resolve().parent.parent)

from branchdesk.hq import registry  # noqa: E402
from branchdesk.hq.bundles import import_bundle  # noqa: E402
from branchdesk.hq.database import HQDatabase, database_url  # noqa: E402
from branchdesk.store import Database  # noqa: E402
from branchdesk.store.models import SyncState  # noqa: E402
from branchdesk.sync.engine import BranchSync  # noqa: E402
from branchdesk.sync.protocol import KeyPair  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
GOAL_S = 5.0
NOW = dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.timezone.utc)
BODY = "本周六（12 月 5 日）起，储蓄业务营业时间调整为 8:30–17:00，其余业务不变。请各网点在厅堂公告栏张贴通知，" * 3


def build(path: Path, changes: int) -> None:
    path.unlink(missing_ok=True)
    db = Database.open(path, path.parent / "unused-backups", daily_backup=False)
    with db.engine.connect() as conn:
        for start in range(0, changes, 2):
            with conn.begin():  # one transaction (one txid) per pair, as a counter's writes come
                conn.exec_driver_sql(
                    "INSERT INTO announcement (id, title, body, published_at) VALUES (?, ?, ?, ?), (?, ?, ?, ?)",
                    (f"a{start:08d}", f"通知 {start}", BODY, "2026-11-30T02:00:00.000000Z",
                     f"a{start + 1:08d}", f"通知 {start + 1}", BODY, "2026-11-30T02:00:00.000000Z"))
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=150_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    cached = OUT / f"bundle-{args.changes}.sqlite3"
    if not cached.exists():
        print(f"building a branch file with {args.changes} change rows (once) ...", flush=True)
        build(cached, args.changes)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        branch_file = work / "branch.sqlite3"
        shutil.copyfile(cached, branch_file)

        started = time.perf_counter()
        conn = sqlite3.connect(branch_file)
        rows = conn.execute("SELECT * FROM change_log").fetchall()
        conn.close()
        baseline = time.perf_counter() - started

        keys = KeyPair.generate()
        hq = HQDatabase(database_url(work / "hq", None))
        hq.upgrade()
        made = registry.add_branch(hq, "B01", "bench", NOW)
        enrolled = registry.enrol(hq, "B01", made.code, keys.public(), NOW)
        db = Database.open(branch_file, work / "backups", daily_backup=False)
        with db.transaction() as s:
            s.add(SyncState(id=1, hq_url="http://unused", branch_code="B01", credential=enrolled.credential,
                            branch_secret=keys.secret(), hq_public_key=registry.hq_keys(hq, NOW).public(),
                            enrolled_at=NOW, acknowledged=0, last_request=0, pull_cursor=0))
        sync = BranchSync(db, lambda: NOW)

        started = time.perf_counter()
        made_bundle = sync.export_bundle(work / "usb", {}, "bench", to_seal=None)
        export_s = time.perf_counter() - started

        started = time.perf_counter()
        done = import_bundle(hq, made_bundle.path, work / "acks", NOW)
        import_s = time.perf_counter() - started
        db.close()
        hq.close()

        size_mb = made_bundle.path.stat().st_size / 1e6
    print(f"{len(rows)} change rows; bundle {made_bundle.first_seq}-{made_bundle.last_seq} ({size_mb:.1f} MB), "
          f"{done.applied} applied at HQ")
    print(f"baseline: read with sqlite3   {baseline:6.2f} s")
    print(f"export (sign, zip, write)     {export_s:6.2f} s  ({export_s / baseline:5.1f}x baseline; goal < {GOAL_S} s: "
          f"{'met' if export_s < GOAL_S else 'NOT met'})")
    print(f"import at HQ (verify, apply)  {import_s:6.2f} s  ({import_s / baseline:5.1f}x baseline; goal < {GOAL_S} s: "
          f"{'met' if import_s < GOAL_S else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
