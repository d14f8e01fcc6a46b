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
from branchdesk.store.models import ChangeLogRow, Staff

DATA = Path(__file__).parent / "data"
RELEASES = sorted(DATA.glob("schema-*.sqlite3.gz"))

APPEND_ONLY = ("attendance_event", "audit_entry", "change_log", "ticket_event", "window_event")
FIGURES = ("ticket_forgets_figures_on_delete", "ticket_forgets_figures_on_insert", "ticket_forgets_figures_on_update")
ORDERED = ("attendance_event", "ticket_event", "window_event")


def expected_triggers() -> set[str]:
    names = {name for capture in changelog.captures().values() for name in capture.trigger_names()}
    names |= {f"{table}_no_{action}" for table in APPEND_ONLY for action in ("update", "delete")}
    return names | set(FIGURES)


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
    assert not synced & {"change_log", "local_setting", "staff_credential", "queue_day_figures", "queue_day_built"}


def test_unique_constraints_are_named_after_all_their_columns(db):
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        uniques = [c for c in table.constraints if isinstance(c, UniqueConstraint)]
        for unique in uniques:
            assert unique.name == f"uq_{table.name}_" + "_".join(col.name for col in unique.columns)
        expected = {u.name: [col.name for col in u.columns] for u in uniques}
        found = {u["name"]: u["column_names"] for u in inspector.get_unique_constraints(table.name)}
        assert found == expected, table.name


def test_the_release_files_are_what_they_say():
    assert [p.name for p in RELEASES] == [f"schema-{r}.sqlite3.gz" for r in migrate.known_revisions()[:len(RELEASES)]]
    assert len(RELEASES) >= 3


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
                assert upgraded.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == count, table
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

    tests/data/wire_names.json is the record; add a new table's or column's names to it,
    never remove or rename one.
    """
    recorded = json.loads((DATA / "wire_names.json").read_text())
    current = {table: [wire for wire, _ in capture.fields] for table, capture in changelog.captures().items()}
    for table, names in recorded.items():
        missing = set(names) - set(current.get(table, []))
        assert not missing, f"{table}: wire names {sorted(missing)} disappeared; keep them with info={{'wire': ...}}"
    assert current == recorded, "a synced table or column is new: add its wire names to tests/data/wire_names.json"
