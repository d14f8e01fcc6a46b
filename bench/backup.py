"""Backup benchmark: one backup of a big branch database beside a plain file copy.

A measurement, not a test: it prints the figures and exits 0 whatever they are;
it exits non-zero only if a run fails.

    .venv/bin/python bench/backup.py                       # the million-ticket file of bench/queue.py
    .venv/bin/python bench/backup.py --db FILE [--runs 3]  # any branch database
    .venv/bin/python bench/backup.py --compare             # also gzip -6 and xz -0 (slow)

In the same run, interleaved `--runs` times:
  copy    shutil.copyfile of the database file: the baseline (what the old
          backups cost in time, and their size: the whole file);
  backup  store.files.backup(..., check=None): SQLite's backup API to a temporary
          file, gzip level 1, atomic rename — what `db backup` does minus its check;
then once each: the integrity checks the backups run on their copy (`quick`, as
the daily backup at start-up, and `full`, as `db backup` and the pre-upgrade
backup), timed on their own. With --compare, the same copy compressed at other
levels, to show why gzip -1 was chosen. Figures: median seconds, sizes in MB,
14 daily backups' total against 14 plain copies.
"""

from __future__ import annotations

import argparse
import gzip
import lzma
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from branchdesk.store import files  # noqa: E402

DEFAULT_DB = Path(__file__).resolve().parent / "out" / "queue-1000000-400.sqlite3"


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _compress_with(opener, source: Path, target: Path) -> int:
    with open(source, "rb") as src, opener(target) as out:
        while chunk := src.read(files.CHUNK):
            out.write(chunk)
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the database to back up")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs of copy and backup (default 3)")
    parser.add_argument("--work", type=Path, help="folder for the copies (default: a temporary folder beside --db)")
    parser.add_argument("--compare", action="store_true", help="also measure gzip -6 and xz -0 on the copy")
    args = parser.parse_args(argv)
    if not args.db.exists():
        sys.stderr.write(f"bench: no database at {args.db}; build it with bench/queue.py (or pass --db)\n")
        return 1
    size = args.db.stat().st_size
    with tempfile.TemporaryDirectory(prefix="branchdesk-backup-", dir=args.work or args.db.parent) as tmp:
        work = Path(tmp)
        copies, backups, backup_size = [], [], 0
        for i in range(args.runs):
            seconds, _ = _timed(lambda: shutil.copyfile(args.db, work / "copy.sqlite3"))
            copies.append(seconds)
            (work / "copy.sqlite3").unlink()
            reason = f"bench{i}"
            seconds, target = _timed(lambda: files.backup(args.db, work / "backups", reason, check=None))  # noqa: B023
            backups.append(seconds)
            backup_size = target.stat().st_size
            target.unlink()
        plain = work / "plain.sqlite3"
        shutil.copyfile(args.db, plain)
        quick, _ = _timed(lambda: files.integrity_problems(plain, quick=True))
        full, _ = _timed(lambda: files.integrity_problems(plain, quick=False))
        others = []
        if args.compare:
            for label, opener in (
                ("gzip -6", lambda p: gzip.open(p, "wb", compresslevel=6)),
                ("xz -0", lambda p: lzma.open(p, "wb", preset=0)),
            ):
                seconds, packed = _timed(lambda: _compress_with(opener, plain, work / "packed"))  # noqa: B023
                others.append((label, seconds, packed))

    mb = 1e6
    copy_s, backup_s = statistics.median(copies), statistics.median(backups)
    print(f"database: {args.db} ({size / mb:,.0f} MB); {args.runs} runs of each, interleaved")
    print(f"plain copy (baseline):       median {copy_s:6.2f} s   {size / mb:8,.0f} MB")
    print(f"backup (backup API + gzip1): median {backup_s:6.2f} s   {backup_size / mb:8,.0f} MB"
          f"   ({backup_s / copy_s:.1f} × the copy's time, {backup_size / size:.0%} of its size)")
    print(f"14 kept: {14 * backup_size / 1e9:.1f} GB instead of {14 * size / 1e9:.1f} GB")
    print(f"checks on the copy: quick_check {quick:.2f} s (daily backup), integrity_check {full:.2f} s "
          f"(db backup, before an upgrade)")
    for label, seconds, packed in others:
        print(f"  compression {label}: {seconds:6.2f} s   {packed / mb:8,.0f} MB (on the plain copy, alone)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
