"""The schema: migrations from an empty file, agreement with the models, refusals."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from branchdesk.errors import UserError
from branchdesk.paths import migrations_dir
from branchdesk.store import Database, files, migrate
from branchdesk.store.base import Base


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return ScriptDirectory.from_config(config)


def test_migrations_build_an_empty_file_to_head(tmp_path):
    path = tmp_path / "new.sqlite3"
    Database.open(path).close()
    assert files.current_revision(path) == _script().get_current_head()
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_revision_ids_match_file_names():
    """Start-up reads revisions from file names; the ids inside must agree with them."""
    script = _script()
    for rev in script.walk_revisions():
        assert rev.path.rsplit("/", 1)[-1].startswith(f"{rev.revision}_")
    assert migrate.known_revisions() == sorted(r.revision for r in script.walk_revisions())
    assert migrate.head_revision() == script.get_current_head()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    Database.open(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:  # closes, not only commits
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(path)
    with pytest.raises(UserError) as err:
        Database.open(path, tmp_path / "backups")
    assert err.value.code == "db.newer"
    assert "newer version" in str(err.value)
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_existing_file_is_backed_up_before_an_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    Database.open(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:  # as if written before the first migration
        conn.execute("DELETE FROM alembic_version")
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            if name != "alembic_version":
                conn.execute(f"DROP TABLE {name}")
    Database.open(path, tmp_path / "backups").close()
    assert files.current_revision(path) == migrate.head_revision()
    assert [p.name for p in (tmp_path / "backups").glob("*before-upgrade-none*")]


def test_daily_backup_is_taken_once_a_day(tmp_path):
    path = tmp_path / "b.sqlite3"
    Database.open(path, tmp_path / "backups").close()  # new file: nothing to back up
    Database.open(path, tmp_path / "backups").close()
    Database.open(path, tmp_path / "backups").close()
    assert len(list((tmp_path / "backups").glob("*-daily.sqlite3*"))) == 1


def test_truncated_database_is_refused_with_a_clear_error(tmp_path, demo_services):
    source = demo_services.db.path
    demo_services.db.close()
    broken = tmp_path / "broken.sqlite3"
    data = source.read_bytes()
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(UserError) as err:
        Database.open(broken, tmp_path / "backups")
    assert err.value.code == "db.damaged"


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is a spreadsheet, not a database" * 20)
    with pytest.raises(UserError) as err:
        Database.open(junk)
    assert err.value.code == "db.not_sqlite"
    assert junk.read_bytes().startswith(b"this is a spreadsheet")


def test_pragmas_are_set(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_database_of_an_older_schema_is_backed_up_then_upgraded(tmp_path):
    from alembic import command

    path = tmp_path / "v1.sqlite3"
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, "0001")
    with closing(sqlite3.connect(path)) as conn, conn:  # closes, not only commits
        conn.execute("INSERT INTO local_setting VALUES ('language', 'en')")
    db = Database.open(path, tmp_path / "backups")
    db.close()
    assert files.current_revision(path) == migrate.head_revision() != "0001"
    (backup,) = (tmp_path / "backups").glob("*before-upgrade-0001*")
    plain = tmp_path / "backup.sqlite3"  # backups are gzip-compressed
    plain.write_bytes(__import__("gzip").decompress(backup.read_bytes()))
    assert files.current_revision(plain) == "0001"
    with closing(sqlite3.connect(path)) as conn, conn:  # closes, not only commits
        assert conn.execute("SELECT value FROM local_setting").fetchone() == ("en",)


def test_a_daily_backup_that_fails_unexpectedly_is_still_reported(tmp_path, monkeypatch):
    """Not only a UserError: whatever stops the day's backup, the branch must learn it has none."""
    path = tmp_path / "b.sqlite3"
    Database.open(path, tmp_path / "backups").close()

    def broken_backup(*args, **kwargs):
        raise RuntimeError("the compressor crashed")

    monkeypatch.setattr(files, "backup", broken_backup)
    db = Database.open(path, tmp_path / "backups")
    try:
        problem = db.wait_for_backup()
    finally:
        db.close()
    assert problem is not None and problem.code == "backup.failed"
    assert "the compressor crashed" in str(problem)
