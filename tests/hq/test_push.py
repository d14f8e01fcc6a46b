"""Push (docs/sync-protocol.md §5.3): every change exactly once and in order, whatever arrives twice."""

from __future__ import annotations

import dataclasses
import json
import threading

import pytest
from sqlalchemy import select, text

from branchdesk.hq import ingest
from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import BranchRow, RawChange
from branchdesk.sync.protocol import ProtocolError, WireRow

from tests.hq.conftest import START


def rows(first: int, last: int, txid_of=lambda seq: f"tx{seq}", entity="ticket") -> list[WireRow]:
    return [WireRow(seq=seq, txid=txid_of(seq), origin="local", schema_rev="0005", payload_format=2,
                    entity=entity, entity_id=f"t{seq % 3}", op="insert" if seq < 3 else "update",
                    payload={"id": f"t{seq % 3}", "code": f"A{seq:03d}", "business_date": "2026-11-30"},
                    changed_at="2026-11-30T01:00:00.000000Z") for seq in range(first, last + 1)]


def held(hq_db: HQDatabase) -> list[tuple[int, str]]:
    with hq_db.transaction() as s:
        return [tuple(r) for r in s.execute(select(RawChange.seq, RawChange.row_hash).order_by(RawChange.seq))]


def test_a_batch_is_applied_once_and_a_repeat_is_acknowledged_without_change(branch_a, hq_db):
    batch = rows(1, 5)
    assert branch_a.push(batch) == {"held_through": 5, "applied": 5, "server_time": "2026-11-30T02:00:00.000000Z"}
    before = held(hq_db)
    assert [seq for seq, _ in before] == [1, 2, 3, 4, 5]
    again = branch_a.push(batch)  # the reply to the first was lost, say
    assert (again["held_through"], again["applied"]) == (5, 0)
    assert held(hq_db) == before


def test_a_batch_overlapping_what_hq_holds_applies_only_the_new_rows(branch_a, hq_db):
    branch_a.push(rows(1, 3))
    assert branch_a.push(rows(2, 6))["applied"] == 3
    assert [seq for seq, _ in held(hq_db)] == [1, 2, 3, 4, 5, 6]


def test_a_batch_that_skips_rows_is_refused_naming_where_to_resume(branch_a, hq_db):
    branch_a.push(rows(1, 3))
    with pytest.raises(ProtocolError) as refused:
        branch_a.push(rows(6, 8), log_end=20)
    assert (refused.value.code, refused.value.details["expected_seq"]) == ("gap", 4)
    assert [seq for seq, _ in held(hq_db)] == [1, 2, 3]
    from branchdesk.hq import registry

    summary = registry.branches(hq_db)[0]
    assert (summary.held_through, summary.pending) == (3, 17)  # HQ knows what it is missing


def test_a_held_row_sent_again_with_other_content_is_a_conflict_and_nothing_is_applied(branch_a, hq_db):
    branch_a.push(rows(1, 3))
    changed = rows(1, 5)
    changed[1] = dataclasses.replace(changed[1], payload={"id": "x", "code": "Z999"})
    with pytest.raises(ProtocolError) as refused:
        branch_a.push(changed)
    assert (refused.value.code, refused.value.details["seq"]) == ("conflict", 2)
    assert [seq for seq, _ in held(hq_db)] == [1, 2, 3]


def test_a_batch_that_starts_inside_a_held_transaction_is_refused(branch_a, hq_db):
    one_transaction = lambda seq: "tx-big"  # noqa: E731
    branch_a.push(rows(1, 3, one_transaction))
    with pytest.raises(ProtocolError) as refused:
        branch_a.push(rows(4, 5, one_transaction))
    assert refused.value.code == "split_transaction"
    assert [seq for seq, _ in held(hq_db)] == [1, 2, 3]


def test_each_branch_has_its_own_sequence(branch_a, branch_b, hq_db):
    branch_a.push(rows(1, 4))
    assert branch_b.push(rows(1, 2))["held_through"] == 2
    with hq_db.transaction() as s:
        counts = {b: n for b, n in s.execute(text("SELECT branch_id, count(*) FROM raw_change GROUP BY branch_id"))}
    assert sorted(counts.values()) == [2, 4]


def test_hq_builds_the_branch_rows_from_the_changes_the_last_one_winning(branch_a, hq_db):
    branch_a.push(rows(1, 7))
    delete = WireRow(seq=8, txid="tx8", origin="local", schema_rev="0005", payload_format=2, entity="ticket",
                     entity_id="t2", op="delete", payload={"id": "t2", "code": "A005"},
                     changed_at="2026-11-30T01:00:00.000000Z")
    branch_a.push([delete])
    with hq_db.transaction() as s:
        assert s.scalars(select(BranchRow)).all() == []  # receiving only stores the raw rows
    assert ingest.build(hq_db, 1) == 8
    assert ingest.build(hq_db, 1) == 0
    with hq_db.transaction() as s:
        built = {r.entity_id: r for r in s.scalars(select(BranchRow))}
    assert json.loads(built["t1"].payload)["code"] == "A007" and built["t1"].last_seq == 7
    assert built["t1"].day == "2026-11-30" and not built["t1"].deleted
    assert built["t2"].deleted and built["t2"].last_seq == 8


def test_rows_from_hq_come_back_as_stubs_and_build_nothing(branch_a, hq_db):
    stub = WireRow(seq=1, txid="h1", origin="hq", schema_rev="0006", payload_format=2, entity="announcement",
                   entity_id="n1", op="insert", payload=None, changed_at="2026-11-30T01:00:00.000000Z")
    assert branch_a.push([stub] + rows(2, 2))["held_through"] == 2
    ingest.build(hq_db, 1)
    with hq_db.transaction() as s:
        assert [r.entity for r in s.scalars(select(BranchRow))] == ["ticket"]


def test_real_change_rows_of_a_branch_arrive_whole(branch_a, hq_db, services, admin):
    from branchdesk.sync.protocol import cut_batches

    services.queue.issue("mail")
    services.queue.issue("mail", priority=True)
    with services.db.engine.connect() as conn:
        logged = [WireRow.from_log(dict(r._mapping)) for r in conn.execute(text("SELECT * FROM change_log ORDER BY seq"))]
    for batch in cut_batches(logged, max_rows=7):
        branch_a.push(batch, log_end=logged[-1].seq)
    assert [h for _, h in held(hq_db)] == [row.digest() for row in logged]


def test_two_workers_receiving_the_same_batch_at_once_apply_it_once(branch_a, hq_db):
    """Two database connections (as two worker processes have) race on the same batch."""
    from branchdesk.hq import registry

    branch_id = 1
    batch = rows(1, 200)
    results: list[ingest.Applied | Exception] = []
    start = threading.Barrier(2)

    def worker() -> None:
        own = HQDatabase(hq_db.url)
        try:
            start.wait()
            results.append(ingest.apply_batch(own, branch_id, batch, 1, 200, 200, "push", START))
        except Exception as failed:  # collected and asserted below
            results.append(failed)
        finally:
            own.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.applied for r in results) == [0, 200], results
    assert [seq for seq, _ in held(hq_db)] == list(range(1, 201))
    assert registry.branches(hq_db)[0].held_through == 200


@pytest.fixture
def pg_hq_db(tmp_path):
    from tests.hq.conftest import fresh_database

    with fresh_database("postgresql", tmp_path) as url:
        db = HQDatabase(url)
        db.upgrade()
        yield db
        db.close()


def test_county_items_commit_in_the_order_of_their_cursor(pg_hq_db, hq_clock):
    """A second writer of `outgoing` waits for the first to commit, so no branch's pull cursor can pass an
    item that commits later with a smaller id (PostgreSQL: SQLite's BEGIN IMMEDIATE queues every writer)."""
    hq_db = pg_hq_db
    from branchdesk.hq import registry
    from branchdesk.hq.models import Outgoing

    registry.add_branch(hq_db, "A01", "甲所", hq_clock())
    second_done = threading.Event()
    with hq_db.transaction() as first:
        registry._lock_outgoing(first)
        first.add(Outgoing(branch_id=None, entity="announcement", entity_id="first", op="insert", payload="{}",
                           created_at=hq_clock()))
        first.flush()
        second = threading.Thread(target=lambda: (registry.announce(hq_db, "第二条", "", None, hq_clock()),
                                                  second_done.set()))
        second.start()
        assert not second_done.wait(1.0)  # it waits for the first writer (it would be done at once otherwise)
    second.join(30)
    assert second_done.is_set()
    with hq_db.transaction() as s:
        order = [o.entity_id for o in s.scalars(select(Outgoing).order_by(Outgoing.id))]
    assert order[0] == "first" and len(order) == 2
