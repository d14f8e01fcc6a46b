"""Many branches at once: 500 simulated branches push to one HQ on loopback; every change must arrive once.

A measurement, not a test: it prints the time, the rows a second and HQ's peak memory, and checks
that HQ holds every change exactly once (exit 1 if not: that would be a bug, not a figure).

    .venv/bin/python bench/hq_branches.py [--branches 500] [--rows 60] [--clients 50] [--workers 2] [--pg URL]

HQ is `branchdesk-hq serve` in its own process (SQLite by default, PostgreSQL with --pg); the branches
are enrolled through the registry, then each pushes its rows in batches of 20 over its own signed
client, `--clients` of them at a time (the bound: a county's branches do not all dial in the same
second). Peak memory is the largest resident set (VmHWM) of HQ's processes. Beside it, as a baseline
in the same run: the same rows pushed by one branch alone.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)

from sqlalchemy import func, select  # noqa: E402

from branchdesk.hq import registry  # noqa: E402
from branchdesk.hq.database import HQDatabase, database_url  # noqa: E402
from branchdesk.hq.models import BranchState, RawChange  # noqa: E402
from branchdesk.sync.http import HQClient, Identity, ReplyLost  # noqa: E402
from branchdesk.sync.protocol import KeyPair, WireRow, cut_batches  # noqa: E402

BATCH = 20
NOW = dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.timezone.utc)


def rows_of(n: int) -> list[WireRow]:
    return [WireRow(seq=seq, txid=f"t{seq}", origin="local", schema_rev="0006", payload_format=2, entity="ticket",
                    entity_id=f"k{seq}", op="insert",
                    payload={"id": f"k{seq}", "code": f"A{seq:03d}", "status": "done", "business_date": "2026-11-30",
                             "issued_at": "2026-11-30 01:00:00.000000", "called_at": "2026-11-30 01:05:00.000000"},
                    changed_at="2026-11-30T01:00:00.000000Z") for seq in range(1, n + 1)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def peak_kb(pid: int) -> int:
    """VmHWM of a process and its children (uvicorn's workers)."""
    total = 0
    pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for one in pids:
        for line in Path(f"/proc/{one}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1])
    return total


def push_all(url: str, me: Identity, rows: list[WireRow]) -> None:
    client = HQClient(url)
    try:
        for number, batch in enumerate(cut_batches(rows, max_rows=BATCH), start=1):
            for attempt in range(20):
                try:
                    client.push(me, number * 100 + attempt, batch, len(rows))
                    break
                except ReplyLost:
                    time.sleep(0.2)
            else:
                raise RuntimeError(f"{me.branch}: batch {number} never went through")
    finally:
        client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--branches", type=int, default=500)
    parser.add_argument("--rows", type=int, default=60)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pg", help="a PostgreSQL database URL (empty) instead of SQLite")
    args = parser.parse_args()
    rows = rows_of(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        url = database_url(None, args.pg) if args.pg else database_url(Path(folder), None)
        db = HQDatabase(url)
        db.upgrade()
        identities = []
        for number in range(args.branches + 1):  # the last one is the baseline's lone branch
            code = f"B{number:04d}"
            made = registry.add_branch(db, code, code, NOW)
            keys = KeyPair.generate()
            enrolled = registry.enrol(db, code, made.code, keys.public(), NOW)
            identities.append((code, enrolled.credential, keys))
        hq_key = registry.hq_keys(db, NOW).public()
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "branchdesk.hq.cli", "--db", url, "serve", "--port", str(port), "--workers",
             str(args.workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"})
        base = f"http://127.0.0.1:{port}"
        try:
            probe = HQClient(base)
            deadline = time.monotonic() + 60
            while True:
                try:
                    probe.health()
                    break
                except ReplyLost:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            probe.close()
            mes = [Identity(base, code, credential, keys, hq_key) for code, credential, keys in identities]

            started = time.perf_counter()
            push_all(base, mes[-1], rows)
            alone = time.perf_counter() - started

            started = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(lambda me: push_all(base, me, rows), mes[:-1]))
            together = time.perf_counter() - started
            peak = peak_kb(server.pid)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(30)
        with db.transaction() as s:
            held = s.scalar(select(func.count()).select_from(RawChange))
            wrong = s.scalar(select(func.count()).select_from(BranchState).where(BranchState.held_through != args.rows))
        db.close()
    total = args.rows * (args.branches + 1)
    print(f"{args.branches} branches x {args.rows} changes in batches of {BATCH}, {args.clients} at a time, "
          f"HQ on {'PostgreSQL' if args.pg else 'SQLite'} with {args.workers} worker(s)")
    print(f"baseline: one branch alone     {alone:6.2f} s  ({args.rows / alone:7.0f} rows/s)")
    print(f"all branches at once          {together:6.2f} s  ({args.rows * args.branches / together:7.0f} rows/s)")
    print(f"HQ peak memory (all processes) {peak / 1024:6.0f} MB")
    exact = held == total and wrong == 0
    print(f"exactly once: {'yes' if exact else 'NO'} ({held} rows held of {total}; {wrong} branches off)")
    return 0 if exact else 1


if __name__ == "__main__":
    raise SystemExit(main())
