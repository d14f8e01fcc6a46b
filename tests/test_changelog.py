"""The change log: every path that writes a synced table appends its change row in the same transaction."""

from __future__ import annotations

import json
import sqlite3

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import String, delete, insert, select, text, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from branchdesk.store import changelog, migrate
from branchdesk.store.base import Synced
from branchdesk.store.models import ChangeLogRow, LocalSetting, OpeningHours, Staff


def rows(db) -> list[ChangeLogRow]:
    with db.reading() as s:
        return list(s.scalars(select(ChangeLogRow).order_by(ChangeLogRow.seq)))


def seqs(db) -> list[int]:
    return [r.seq for r in rows(db)]


def new_rows(db, before: int) -> list[ChangeLogRow]:
    return rows(db)[before:]


def branch_id(db) -> str:
    with db.reading() as s:
        return s.execute(text("SELECT id FROM branch")).scalar_one()


def test_orm_insert_update_delete_are_captured_under_wire_names(db, services, admin):
    before = len(rows(db))
    with db.transaction() as s:
        staff = s.scalar(select(Staff).where(Staff.username == "admin"))
        staff.full_name = "李管理"
    (change,) = new_rows(db, before)
    assert (change.entity, change.entity_id, change.op) == ("staff", admin.staff_id, "update")
    payload = json.loads(change.payload)
    assert payload["full_name"] == "李管理"
    assert payload["id"] == admin.staff_id
    assert change.origin == changelog.ORIGIN_LOCAL
    assert change.schema_rev == migrate.head_revision()
    assert change.payload_format == changelog.PAYLOAD_FORMAT
    assert change.txid

    with db.transaction() as s:
        row = s.scalars(select(OpeningHours)).first()
        row_id, weekday = row.id, row.weekday
        s.delete(row)
    last = rows(db)[-1]
    assert (last.entity, last.entity_id, last.op) == ("opening_hours", row_id, "delete")
    # A delete carries the key and the whole row as it was, so HQ can remove it.
    assert json.loads(last.payload)["weekday"] == weekday
    assert json.loads(last.payload)["id"] == row_id


@pytest.mark.parametrize("path", ["core", "text"])
def test_core_and_text_sql_writes_are_captured(db, admin, path):
    before = len(rows(db))
    with db.transaction() as s:
        if path == "core":
            s.execute(update(Staff).where(Staff.username == "admin").values(full_name="核心"))
            s.execute(insert(OpeningHours.__table__).values(id="oh-x", branch_id=branch_id(db), weekday=9))
            s.execute(delete(OpeningHours.__table__).where(OpeningHours.id == "oh-x"))
        else:
            s.execute(text("UPDATE staff SET full_name = '核心' WHERE username = 'admin'"))
            s.execute(text("INSERT INTO opening_hours (id, branch_id, weekday) VALUES ('oh-x', :b, 9)"),
                      {"b": branch_id(db)})
            s.execute(text("DELETE FROM opening_hours WHERE id = 'oh-x'"))
    changes = new_rows(db, before)
    assert [(c.entity, c.op) for c in changes] == [
        ("staff", "update"), ("opening_hours", "insert"), ("opening_hours", "delete")]
    assert json.loads(changes[0].payload)["full_name"] == "核心"
    assert len({c.txid for c in changes}) == 1


def test_a_row_replaced_by_insert_or_replace_is_logged_as_deleted(db, admin):
    """REPLACE deletes the row that is in its way; that delete must reach the log too."""
    before = len(rows(db))
    with db.transaction() as s:
        old_id = s.execute(text("SELECT id FROM opening_hours WHERE weekday = 0")).scalar_one()
        s.execute(text("INSERT OR REPLACE INTO opening_hours (id, branch_id, weekday) VALUES ('oh-new', :b, 0)"),
                  {"b": branch_id(db)})
    assert [(c.entity_id, c.op) for c in new_rows(db, before)] == [(old_id, "delete"), ("oh-new", "insert")]
    with db.engine.connect() as conn:
        assert changelog.drift_problems(conn) == []


def test_a_migration_data_step_is_captured(db, admin):
    before = len(rows(db))
    with db.engine.begin() as conn:
        Operations(MigrationContext.configure(conn)).execute(
            "UPDATE staff SET full_name = '迁移' WHERE username = 'admin'")
    (change,) = new_rows(db, before)
    assert (change.entity, change.op) == ("staff", "update")


def test_each_transaction_has_its_own_txid(db, admin):
    before = len(rows(db))
    for name in ("一", "二"):
        with db.transaction() as s:
            s.execute(text("UPDATE staff SET full_name = :n WHERE username = 'admin'"), {"n": name})
            s.execute(text("UPDATE staff SET active = 1 - active WHERE username = 'admin'"))
    first, second, third, fourth = new_rows(db, before)
    assert first.txid == second.txid != third.txid == fourth.txid


def test_writes_applied_from_hq_are_marked_so(db, admin):
    before = len(rows(db))
    with db.transaction() as s:
        with changelog.applying_from_hq(s):
            s.execute(text("UPDATE staff SET full_name = 'HQ' WHERE username = 'admin'"))
        s.execute(text("UPDATE staff SET full_name = '本地' WHERE username = 'admin'"))
    assert [c.origin for c in new_rows(db, before)] == [changelog.ORIGIN_HQ, changelog.ORIGIN_LOCAL]


def test_local_tables_are_not_captured(db):
    with db.transaction() as s:
        s.add(LocalSetting(key="language", value="en"))
    assert rows(db) == []


def test_no_change_row_for_an_unchanged_row(db, admin):
    before = len(rows(db))
    with db.transaction() as s:
        staff = s.scalar(select(Staff).where(Staff.username == "admin"))
        staff.full_name = staff.full_name  # set, but to the same value
        s.execute(text("UPDATE staff SET full_name = full_name"))
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
        assert changelog.sequence_problems(s) == []


def test_a_program_without_the_change_log_cannot_write_a_synced_table(db, admin):
    """The sqlite3 shell, say: its write is refused and nothing changes; local tables stay writable."""
    before = len(rows(db))
    conn = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="bd_txid"):
            conn.execute("UPDATE staff SET full_name = '外部' WHERE username = 'admin'")
        conn.execute("INSERT INTO local_setting VALUES ('printer', 'lp')")
        conn.commit()
    finally:
        conn.close()
    assert len(rows(db)) == before
    with db.reading() as s:
        assert s.scalar(select(Staff.full_name).where(Staff.username == "admin")) == "管理员"


def test_an_edit_made_with_the_triggers_dropped_is_reported(db, admin):
    with db.engine.connect() as conn:
        assert changelog.trigger_problems(conn) == []
        assert changelog.drift_problems(conn) == []
    outside = sqlite3.connect(db.path)
    outside.execute("DROP TRIGGER capture_staff_update")
    outside.execute("DROP TRIGGER capture_opening_hours_insert")
    outside.execute("UPDATE staff SET full_name = '外部' WHERE username = 'admin'")
    outside.execute("INSERT INTO opening_hours (id, branch_id, weekday) VALUES ('oh-x', ?, 9)", (branch_id(db),))
    outside.commit()
    outside.close()
    with db.engine.connect() as conn:
        assert changelog.trigger_problems(conn) == [
            "capture trigger capture_opening_hours_insert is missing: changes to opening_hours are not logged",
            "capture trigger capture_staff_update is missing: changes to staff are not logged",
        ]
        assert changelog.drift_problems(conn) == [
            "opening_hours oh-x: has no change row",
            f"staff {admin.staff_id}: differs from its last change row",
        ]


def test_a_row_deleted_behind_the_logs_back_is_reported(db, admin):
    outside = sqlite3.connect(db.path)
    outside.execute("DROP TRIGGER capture_opening_hours_delete")
    (row_id,) = outside.execute("SELECT id FROM opening_hours LIMIT 1").fetchone()
    outside.execute("DELETE FROM opening_hours WHERE id = ?", (row_id,))
    outside.commit()
    outside.close()
    with db.engine.connect() as conn:
        assert f"opening_hours {row_id}: deleted without a change row" in changelog.drift_problems(conn)


def test_change_log_rows_cannot_be_edited_or_deleted(db, admin):
    conn = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM change_log WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE change_log SET payload = '{}' WHERE seq = 1")
    conn.close()


def test_wire_names_survive_a_column_rename(db):
    """A renamed column keeps its old name on the wire, so HQ reads it as before."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE test_parcel (id VARCHAR(36) PRIMARY KEY, barcode_number TEXT)")
        changelog.create_triggers(conn, changelog.Capture.of(
            "test_parcel", ["id", "barcode_number"], wire={"barcode_number": "barcode"}))
        conn.exec_driver_sql("INSERT INTO test_parcel VALUES ('p1', 'EMS123')")
    change = rows(db)[-1]
    assert json.loads(change.payload) == {"barcode": "EMS123", "id": "p1"}


class OtherBase(DeclarativeBase):
    pass


class Parcel(Synced, OtherBase):
    """A model of an area the change log has never heard of."""

    __tablename__ = "test_parcel"
    barcode: Mapped[str] = mapped_column(String(20), info={"wire": "bar_code"})


def test_a_new_synced_model_needs_only_its_triggers(db):
    assert list(changelog.captures(OtherBase)) == ["test_parcel"]
    expected = {**changelog.captures(), **changelog.captures(OtherBase)}
    OtherBase.metadata.create_all(db.engine)
    with db.engine.begin() as conn:
        # A table made without its triggers is reported, never silently left out of sync.
        assert changelog.trigger_problems(conn, expected) == [
            f"capture trigger capture_test_parcel_{op} is missing: changes to test_parcel are not logged"
            for op in ("insert", "update", "delete")]
        changelog.create_triggers(conn, expected["test_parcel"])
        assert changelog.trigger_problems(conn, expected) == []
    with db.transaction() as s:
        s.add(Parcel(barcode="EMS123"))
    change = rows(db)[-1]
    assert change.entity == "test_parcel"
    assert json.loads(change.payload)["bar_code"] == "EMS123"


def test_ordered_tables_number_rows_in_the_order_written(db, admin):
    """`seq`, not the clock or SQLite's rowid, is the order of an append-only table."""
    import datetime as dt

    from branchdesk.store.models import AttendanceEvent

    late = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone.utc)
    early = late - dt.timedelta(hours=3)  # the PC's clock was set back between the two

    def event(kind: str, at: dt.datetime) -> AttendanceEvent:
        return AttendanceEvent(staff_id=admin.staff_id, kind=kind, at=at, work_date=at.date())

    with db.transaction() as s:
        s.add_all([event("in", late), event("out", early)])
    with db.transaction() as s:
        s.add(event("in", early))
    with db.reading() as s:
        written = [(e.kind, e.at) for e in s.scalars(select(AttendanceEvent).order_by(AttendanceEvent.seq))]
        numbers = list(s.scalars(select(AttendanceEvent.seq).order_by(AttendanceEvent.seq)))
    assert written[-3:] == [("in", late), ("out", early), ("in", early)]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
