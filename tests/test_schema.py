"""The newest schema has exactly the triggers and constraints it should, built new or upgraded
from a real database file of every released schema (tests/data)."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import UniqueConstraint, inspect, select

from branchdesk.store import Database, changelog, files, migrate
from branchdesk.store.base import Base
from branchdesk.store.models import Business, ChangeLogRow, Staff, WindowBusiness

DATA = Path(__file__).parent / "data"
RELEASES = sorted(DATA.glob("schema-*.sqlite3.gz"))

APPEND_ONLY = ("action_step", "activity_business", "activity_contact", "activity_invitation", "activity_signin",
               "activity_spending", "attendance_event", "audit_entry", "change_log", "complaint_step", "staff_evaluation",
               "staff_target", "staff_target_figure", "ticket_event", "window_event")
# Schema 0007: published template versions and signed inspections refuse change.
FROZEN = tuple(
    [f"template_version_published_no_{a}" for a in ("update", "delete")]
    + [f"template_item_published_no_{a}" for a in ("insert", "update", "delete")]
    + [f"inspection_signed_no_{a}" for a in ("update", "delete")]
    + [f"inspection_answer_signed_no_{a}" for a in ("insert", "update", "delete")]
    # Schema 0010: a signed mystery visit changes only by its release.
    + ["mystery_visit_signed_no_update", "mystery_visit_no_delete", "mystery_visit_release_unsigned"]
)
# Schema 0012: a closed activity and every row of it refuse change (append-only tables: only inserts to refuse).
OF_AN_ACTIVITY = ("activity_day", "activity_goal", "activity_milestone", "activity_phase", "activity_budget_line",
                  "activity_spending", "activity_channel", "activity_sheet", "activity_signin", "activity_business",
                  "activity_invitation", "activity_followup", "activity_contact", "activity_review",
                  "activity_review_action")
CLOSED_ACTIVITY = tuple(
    ["activity_closed_no_update", "activity_closed_no_delete"]
    + [f"{table}_closed_no_{action}" for table in OF_AN_ACTIVITY
       for action in (("insert",) if table in APPEND_ONLY else ("insert", "update", "delete"))]
)
FIGURES = ("ticket_forgets_figures_on_delete", "ticket_forgets_figures_on_insert", "ticket_forgets_figures_on_update")
ORDERED = ("action_step", "attendance_event", "complaint_step", "staff_evaluation", "staff_target", "staff_target_figure",
           "ticket_event", "window_event")
RENAMED = {"queue_service": "business", "window_service": "window_business"}  # schema 0005
REBUILT = ("queue_day_figures", "queue_day_built")  # emptied by 0005, rebuilt from the tickets when read


def expected_triggers() -> set[str]:
    names = {name for capture in changelog.captures().values() for name in capture.trigger_names()}
    names |= {f"{table}_no_{action}" for table in APPEND_ONLY for action in ("update", "delete")}
    return names | set(FIGURES) | set(FROZEN) | set(CLOSED_ACTIVITY)


def schema_of(path: Path) -> dict[tuple[str, str], str]:
    """Every table, index and trigger, with its SQL written the same way whatever the history."""
    conn = sqlite3.connect(path)
    try:
        entries = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    finally:
        conn.close()
    return {(kind, name): re.sub(r'\s+', " ", (sql or "").replace('"', "")).strip() for kind, name, sql in entries}


def release_copy(archive: Path, tmp_path: Path) -> Path:
    path = tmp_path / archive.name.removesuffix(".gz")
    path.write_bytes(gzip.decompress(archive.read_bytes()))
    return path


@pytest.fixture(scope="module")
def new_schema(tmp_path_factory) -> dict[tuple[str, str], str]:
    path = tmp_path_factory.mktemp("new") / "new.sqlite3"
    Database.open(path).close()
    return schema_of(path)


def test_a_new_database_has_exactly_the_expected_triggers(new_schema):
    assert {name for kind, name in new_schema if kind == "trigger"} == expected_triggers()


def test_every_synced_table_is_captured_and_no_local_one_is():
    synced = set(changelog.captures())
    assert "staff" in synced and "ticket" in synced
    assert not synced & {"change_log", "local_setting", "staff_credential", "queue_day_figures", "queue_day_built",
                          "sync_state"}


def test_unique_constraints_are_named_after_all_their_columns(db):
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        uniques = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
        for unique in uniques:
            assert unique.name == f"uq_{table.name}_" + "_".join(col.name for col in unique.columns)
        expected = {u.name: [col.name for col in u.columns] for u in uniques}
        found = {u["name"]: u["column_names"] for u in inspector.get_unique_constraints(table.name)}
        assert found == expected, table.name


def test_the_release_files_are_what_they_say(tmp_path):
    # One file per release; a release may carry several migrations (0004 went out with 0005).
    revisions = migrate.known_revisions()
    released = [p.name.removeprefix("schema-").removesuffix(".sqlite3.gz") for p in RELEASES]
    assert all(r in revisions for r in released), released
    assert released == sorted(released, key=revisions.index)
    assert {"0001", "0002", "0003", "0005"} <= set(released)
    for archive, revision in zip(RELEASES, released, strict=True):
        assert files.current_revision(release_copy(archive, tmp_path)) == revision


def test_upgrading_an_empty_file_one_step_at_a_time_gives_the_new_schema(tmp_path, new_schema):
    from alembic import command
    from alembic.config import Config

    from branchdesk.paths import migrations_dir

    path = tmp_path / "steps.sqlite3"
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    for revision in migrate.known_revisions()[:-1]:
        command.upgrade(config, revision)
        assert files.current_revision(path) == revision
    Database.open(path, tmp_path / "backups").close()  # the last step, as the app takes it
    assert schema_of(path) == new_schema


@pytest.mark.parametrize("archive", RELEASES, ids=lambda p: p.name)
def test_each_released_database_upgrades_to_the_new_schema_keeping_everything(archive, tmp_path, new_schema):
    path = release_copy(archive, tmp_path)
    old = sqlite3.connect(path)
    tables = [name for (name,) in old.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    counts = {t: old.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    in_written_order = {t: [r[0] for r in old.execute(f"SELECT id FROM {t} ORDER BY rowid")]
                        for t in ORDERED if t in tables}
    old.close()

    Database.open(path, tmp_path / "backups").close()

    assert files.current_revision(path) == migrate.head_revision()
    assert schema_of(path) == new_schema
    assert files.integrity_problems(path, quick=False) == []
    upgraded = sqlite3.connect(path)
    try:
        for table, count in counts.items():
            if table != "alembic_version":
                expected = 0 if table in REBUILT else count
                now = RENAMED.get(table, table)
                assert upgraded.execute(f'SELECT count(*) FROM "{now}"').fetchone()[0] == expected, table
        for table, ids in in_written_order.items():
            assert [r[0] for r in upgraded.execute(f"SELECT id FROM {table} ORDER BY seq")] == ids
        assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        upgraded.close()

    db = Database.open(path, tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            # The rows the old version logged still match their tables, read under the old format.
            assert changelog.trigger_problems(conn) == []
            assert changelog.drift_problems(conn) == []
        with db.transaction() as s:
            staff = s.scalars(select(Staff).order_by(Staff.username)).first()
            staff.full_name = "升级后"
        with db.reading() as s:
            last = s.scalars(select(ChangeLogRow).order_by(ChangeLogRow.seq.desc())).first()
            assert (last.entity, last.op, last.payload_format) == ("staff", "update", changelog.PAYLOAD_FORMAT)
            assert changelog.sequence_problems(s) == []
    finally:
        db.close()


def test_wire_names_never_change():
    """HQ reads change rows by wire name: a renamed column must keep its old one (info={"wire": ...}).

    tests/data/wire_names.json is the record, by entity (a table's name on the wire, which a
    renamed table keeps); add a new table's or column's names to it, never remove or rename one.
    """
    recorded = json.loads((DATA / "wire_names.json").read_text())
    current = {capture.entity: [wire for wire, _ in capture.fields] for capture in changelog.captures().values()}
    for entity, names in recorded.items():
        assert entity in current, f"entity {entity} disappeared; a renamed table keeps it with info={{'wire': ...}}"
        missing = set(names) - set(current[entity])
        assert not missing, f"{entity}: wire names {sorted(missing)} disappeared; keep them with info={{'wire': ...}}"
    assert current == recorded, "a synced table or column is new: add its wire names to tests/data/wire_names.json"


def _last_change(db, entity: str) -> ChangeLogRow:
    with db.reading() as s:
        row = s.scalars(select(ChangeLogRow).where(ChangeLogRow.entity == entity)
                        .order_by(ChangeLogRow.seq.desc())).first()
        assert row is not None, entity
        return row


def test_renamed_tables_and_columns_keep_their_old_wire_names(services, admin, clock):
    """Schema 0005 renamed queue_service, window_service and service_id; HQ still reads the old names."""
    captured = changelog.captures()
    assert (captured["business"].entity, captured["window_business"].entity) == ("queue_service", "window_service")
    services.queue_settings.set_business_active(admin, "philately", False)
    assert _last_change(services.db, "queue_service").op == "update"
    ticket = services.queue.issue("mail")
    change = _last_change(services.db, "ticket")
    payload = json.loads(change.payload)
    assert change.entity_id == ticket.id
    assert "business_id" not in payload and "original_business_id" not in payload
    with services.db.reading() as s:
        mail = s.scalars(select(Business).where(Business.code == "mail")).one()
        assert payload["service_id"] == payload["original_service_id"] == mail.id
        link = s.scalars(select(WindowBusiness)).first()
    with services.db.transaction() as s:
        s.delete(s.get(WindowBusiness, link.id))
    gone = _last_change(services.db, "window_service")
    assert (gone.entity_id, gone.op) == (link.id, "delete")
    assert json.loads(gone.payload)["service_id"] == link.business_id
    with services.db.engine.connect() as conn:
        assert changelog.drift_problems(conn) == []
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM change_log WHERE entity IN ('business', 'window_business')").scalar() == 0


def test_an_upgraded_release_file_keeps_its_old_change_rows_matching(tmp_path):
    """Rows logged as queue_service / window_service before the rename are still what `db check` compares."""
    path = release_copy(DATA / "schema-0003.sqlite3.gz", tmp_path)  # the last release before the rename
    old = sqlite3.connect(path)
    try:
        logged = old.execute("SELECT count(*) FROM change_log WHERE entity IN ('queue_service', 'window_service')"
                             ).fetchone()[0]
        businesses = old.execute("SELECT count(*) FROM queue_service").fetchone()[0]
    finally:
        old.close()
    assert logged and businesses
    db = Database.open(path, tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            assert changelog.trigger_problems(conn) == []
            assert changelog.drift_problems(conn) == []  # each business matched to a queue_service row
        with db.transaction() as s:
            business = s.scalars(select(Business).order_by(Business.code)).first()
            business.name_en = "Renamed"
        assert _last_change(db, "queue_service").entity_id == business.id
        with db.engine.connect() as conn:
            assert changelog.drift_problems(conn) == []
    finally:
        db.close()
