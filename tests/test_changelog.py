"""The change log: same transaction, gap-free, captured for every synced model."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import String, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from branchdesk.store.base import Synced
from branchdesk.store.changelog import BulkWriteRefused, sequence_problems
from branchdesk.store.models import ChangeLogRow, LocalSetting, OpeningHours, Staff


def rows(db) -> list[ChangeLogRow]:
    with db.reading() as s:
        return list(s.scalars(select(ChangeLogRow).order_by(ChangeLogRow.seq)))


def seqs(db) -> list[int]:
    return [r.seq for r in rows(db)]


def test_insert_update_delete_are_captured_with_snapshots(db, services, admin):
    before = len(rows(db))
    with db.transaction() as s:
        staff = s.scalar(select(Staff).where(Staff.username == "admin"))
        staff.full_name = "李管理"
    after = rows(db)[before:]
    assert [(r.entity, r.op) for r in after] == [("staff", "update")]
    change = after[0]
    assert change.entity_id == admin.staff_id
    assert json.loads(change.payload)["full_name"] == "李管理"

    with db.transaction() as s:
        row = s.scalars(select(OpeningHours)).first()
        row_id = row.id
        s.delete(row)
    last = rows(db)[-1]
    assert (last.entity, last.entity_id, last.op) == ("opening_hours", row_id, "delete")


def test_local_tables_are_not_captured(db):
    with db.transaction() as s:
        s.add(LocalSetting(key="language", value="en"))
    assert rows(db) == []


def test_no_change_row_for_an_unchanged_object(db, admin):
    before = len(rows(db))
    with db.transaction() as s:
        staff = s.scalar(select(Staff).where(Staff.username == "admin"))
        staff.full_name = staff.full_name  # set, but to the same value
    assert len(rows(db)) == before


def test_rolled_back_transaction_leaves_no_change_rows(db, admin):
    before = seqs(db)
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            staff = s.scalar(select(Staff).where(Staff.username == "admin"))
            staff.full_name = "不会保存"
            s.flush()  # the change row is written inside the transaction...
            raise RuntimeError("power cut in the middle")
    assert seqs(db) == before  # ...and goes with the rollback
    with db.reading() as s:
        assert s.scalar(select(Staff.full_name).where(Staff.username == "admin")) == "管理员"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(commits=st.lists(st.booleans(), min_size=1, max_size=30))
def test_seq_has_no_gaps_under_many_writes_and_rollbacks(db, admin, commits):
    for n, commit in enumerate(commits):
        try:
            with db.transaction() as s:
                staff = s.scalar(select(Staff).where(Staff.username == "admin"))
                staff.full_name = f"管理员{n}-{commit}-{len(commits)}-{id(commits)}"
                s.flush()
                if not commit:
                    raise KeyError("rolled back")
        except KeyError:
            pass
    numbers = seqs(db)
    assert numbers == list(range(1, len(numbers) + 1))
    with db.reading() as s:
        assert sequence_problems(s) == []


class OtherBase(DeclarativeBase):
    pass


class Parcel(Synced, OtherBase):
    """A model the hook has never heard of: captured because it is Synced."""

    __tablename__ = "test_parcel"
    barcode: Mapped[str] = mapped_column(String(20))


def test_a_new_synced_model_is_captured_without_touching_the_hook(db):
    OtherBase.metadata.create_all(db.engine)
    with db.transaction() as s:
        s.add(Parcel(barcode="EMS123"))
    change = rows(db)[-1]
    assert change.entity == "test_parcel"
    assert json.loads(change.payload)["barcode"] == "EMS123"


def test_bulk_update_of_a_synced_model_is_refused(db, admin):
    with pytest.raises(BulkWriteRefused):
        with db.transaction() as s:
            s.execute(update(Staff).values(full_name="x"))
    with db.reading() as s:
        assert s.scalar(select(Staff.full_name)) == "管理员"


def test_change_log_rows_cannot_be_edited_or_deleted(db, admin):
    conn = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM change_log WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE change_log SET payload = '{}' WHERE seq = 1")
    conn.close()


def test_times_in_snapshots_are_utc(db, services, admin):
    payload = json.loads(next(r for r in rows(db) if r.entity == "staff").payload)
    assert dt.datetime.fromisoformat(payload["created_at"]).utcoffset() == dt.timedelta(0)
