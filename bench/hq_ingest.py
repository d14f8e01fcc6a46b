"""HQ ingest benchmark: change rows a second that HQ applies, beside a bare endpoint in the same run.

A measurement, not a test: it prints the figures beside their goal and exits 0 whatever they are.

    .venv/bin/python bench/hq_ingest.py [--rows N] [--pg URL]

Both servers run under uvicorn on loopback, one worker, in their own process, and get the same
batches of 1,000 ticket-like change rows over HTTP, each body made as the branch makes it
(canonical JSON; the HQ client also signs it and checks the signed reply):
- **HQ**: `branchdesk-hq`'s /v1/push: signed request checked, request number spent, each row checked
  and hashed, stored in raw_change, in one transaction per batch under the branch's lock, signed
  reply (branch_row is built from raw_change when it is read: `build` below measures that too);
- **bare**: a FastAPI endpoint that parses the same JSON body and inserts the rows with one
  executemany into a table of the same columns, in one transaction (sqlite3, or psycopg).
Goal: HQ at least half the bare endpoint's rows a second, on SQLite and on PostgreSQL.
With --pg (or BRANCHDESK_TEST_PG) the PostgreSQL pair runs too.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

# This folder holds bench/queue.py, which would hide the standard library's queue from psycopg.
sys.path[0] = str(Path(__file__).resolve().parent.parent)

from branchdesk.hq import ingest, registry  # noqa: E402
from branchdesk.hq.database import HQDatabase, database_url  # noqa: E402
from branchdesk.sync.http import HQClient, Identity  # noqa: E402
from branchdesk.sync.protocol import KeyPair, WireRow, canonical, cut_batches  # noqa: E402

BATCH = 1000
GOAL_SHARE = 0.5

BARE_APP = textwrap.dedent('''
    import json, os, sqlite3
    from fastapi import FastAPI, Request, Response
    app = FastAPI()
    url = os.environ["BARE_DB"]
    COLUMNS = ("branch_id", "seq", "txid", "origin", "schema_rev", "payload_format", "entity", "entity_id", "op",
               "payload", "changed_at")
    if url.startswith("postgresql"):
        import psycopg
        conn = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=False)
        MARK = "%s"
    else:
        conn = sqlite3.connect(url, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL"); conn.execute("PRAGMA synchronous=FULL")
        MARK = "?"
    conn.execute("CREATE TABLE IF NOT EXISTS raw (branch_id INTEGER, seq BIGINT, txid TEXT, origin TEXT, "
                 "schema_rev TEXT, payload_format INTEGER, entity TEXT, entity_id TEXT, op TEXT, payload TEXT, "
                 "changed_at TEXT, PRIMARY KEY (branch_id, seq))")
    if url.startswith("postgresql"):
        conn.commit()
    SQL = f"INSERT INTO raw ({', '.join(COLUMNS)}) VALUES ({', '.join([MARK] * len(COLUMNS))})"

    @app.post("/push")
    async def push(request: Request) -> Response:
        body = json.loads(await request.body())
        values = [(1, r["seq"], r["txid"], r["origin"], r["schema_rev"], r["payload_format"], r["entity"],
                   r["entity_id"], r["op"], json.dumps(r["payload"]), r["changed_at"]) for r in body["rows"]]
        if MARK == "?":
            conn.execute("BEGIN IMMEDIATE")
        conn.cursor().executemany(SQL, values)
        conn.commit() if MARK == "%s" else conn.execute("COMMIT")
        return Response(json.dumps({"held_through": body["last_seq"]}), media_type="application/json")
''')


def rows(n: int) -> list[WireRow]:
    base = dt.datetime(2026, 11, 30, 1, 0)
    out = []
    for seq in range(1, n + 1):
        ticket = str(uuid.uuid4())
        at = (base + dt.timedelta(seconds=seq)).strftime("%Y-%m-%d %H:%M:%S.%f")
        out.append(WireRow(
            seq=seq, txid=f"tx{seq // 2}", origin="local", schema_rev="0006", payload_format=2, entity="ticket",
            entity_id=ticket, op="insert",
            payload={"id": ticket, "business_date": "2026-11-30", "code": f"A{seq % 999:03d}", "status": "waiting",
                     "issued_at": at, "called_at": None, "started_at": None, "finished_at": None, "priority": 0,
                     "channel": "kiosk", "service_id": "01a22a26-a44e-7c27-a0cf-6fbc7ef2fa0f", "number": seq % 999,
                     "prefix": "A", "issue_seq": seq, "recalls": 0, "print_status": "printed", "units": None,
                     "amount_fen": None, "norm_minutes": None, "overrun": None, "back_entered": 0,
                     "served_by": None, "window_id": None, "issued_by": None,
                     "original_service_id": "01a22a26-a44e-7c27-a0cf-6fbc7ef2fa0f"},
            changed_at=at.replace(" ", "T") + "Z"))
    return out


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", *args, "--port", str(port), "--log-level",
                                "warning"], env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, port
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("server did not start") from None
            time.sleep(0.1)


BUILD_RATES: list[float] = []


def hq_rate(url: str, data: list[WireRow]) -> float:
    db = HQDatabase(url)
    db.upgrade()
    made = registry.add_branch(db, "B01", "bench", dt.datetime.now(dt.timezone.utc))
    db.close()
    process, port = start(["--factory", "branchdesk.hq.server:app_from_environment"], {"BRANCHDESK_HQ_DB": url})
    try:
        client = HQClient(f"http://127.0.0.1:{port}")
        keys = KeyPair.generate()
        enrolment = client.enrol("B01", made.code, keys, None)
        me = Identity(client.url, "B01", enrolment.credential, keys, enrolment.hq_public_key)
        batches = list(cut_batches(data, max_rows=BATCH))
        started = time.perf_counter()
        for number, batch in enumerate(batches, start=1):
            client.push(me, number, batch, len(data))
        elapsed = time.perf_counter() - started
        client.close()
    finally:
        process.terminate()
        process.wait()
    db = HQDatabase(url)
    started = time.perf_counter()
    ingest.build(db, 1)
    BUILD_RATES.append(len(data) / (time.perf_counter() - started))
    db.close()
    return len(data) / elapsed


def bare_rate(db_url: str, data: list[WireRow]) -> float:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "bare_app.py").write_text(BARE_APP)
        process, port = start(["--app-dir", folder, "bare_app:app"], {"BARE_DB": db_url})
        try:
            import httpx

            with httpx.Client(timeout=60) as http:
                batches = list(cut_batches(data, max_rows=BATCH))
                started = time.perf_counter()
                for batch in batches:  # the body made in the loop, as the HQ client makes its own
                    body = canonical({"rows": [r.to_json() for r in batch], "first_seq": batch[0].seq,
                                      "last_seq": batch[-1].seq, "log_end": len(data)})
                    http.post(f"http://127.0.0.1:{port}/push", content=body).raise_for_status()
                elapsed = time.perf_counter() - started
            return len(data) / elapsed
        finally:
            process.terminate()
            process.wait()


def fresh_pg(admin_url: str) -> tuple[str, str]:
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base, _, query = admin_url.partition("?")
    return name, f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


def drop_pg(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def report(label: str, hq: float, bare: float) -> None:
    share = hq / bare
    verdict = "met" if share >= GOAL_SHARE else "NOT met"
    print(f"{label:11} HQ {hq:8.0f} rows/s   bare endpoint {bare:8.0f} rows/s   HQ/bare {share:4.2f} "
          f"(goal >= {GOAL_SHARE}: {verdict})")


def measure(label: str, make_urls, data: list[WireRow], rounds: int) -> None:
    """Rounds of HQ then bare, alternating, so that a noisy neighbour weighs on both alike; medians."""
    hq_rates, bare_rates = [], []
    for _ in range(rounds):
        with make_urls() as (hq_url, bare_url):
            hq_rates.append(hq_rate(hq_url, data))
            bare_rates.append(bare_rate(bare_url, data))
    report(label, statistics.median(hq_rates), statistics.median(bare_rates))
    print(f"{'':11} building branch_row from them when read: {statistics.median(BUILD_RATES):8.0f} rows/s")
    BUILD_RATES.clear()


@contextlib.contextmanager
def sqlite_urls():
    with tempfile.TemporaryDirectory() as folder:
        yield database_url(Path(folder) / "hq", None), str(Path(folder) / "bare.sqlite3")


def pg_urls(admin_url: str):
    @contextlib.contextmanager
    def make():
        hq_name, hq_url = fresh_pg(admin_url)
        bare_name, bare_url = fresh_pg(admin_url)
        try:
            yield database_url(None, hq_url), bare_url
        finally:
            drop_pg(admin_url, hq_name)
            drop_pg(admin_url, bare_name)
    return make


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pg", default=os.environ.get("BRANCHDESK_TEST_PG"))
    args = parser.parse_args()
    data = rows(args.rows)
    print(f"{args.rows} ticket-like change rows in batches of {BATCH}, one client, loopback HTTP, "
          f"median of {args.rounds} alternating rounds")
    measure("SQLite", sqlite_urls, data, args.rounds)
    if args.pg:
        measure("PostgreSQL", pg_urls(args.pg), data, args.rounds)
    else:
        print("PostgreSQL: skipped (give --pg URL or set BRANCHDESK_TEST_PG)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
