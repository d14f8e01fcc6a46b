"""Bring a database file to the schema this version of BranchDesk expects.

Alembic is imported only when an upgrade is actually due: the known revisions
are read from the migration file names (`NNNN_what.py`), which keeps start-up fast.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine

from branchdesk.errors import UserError, tr_noop
from branchdesk.paths import migrations_dir


def known_revisions(directory: Path | None = None) -> list[str]:
    directory = directory or migrations_dir()
    return sorted(p.name.split("_", 1)[0] for p in (directory / "versions").glob("[0-9]*_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def state_of(revision: str | None) -> str:
    """'empty', 'current', 'older' or 'newer' (written by a later BranchDesk)."""
    if revision is None:
        return "empty"
    known = known_revisions()
    if revision not in known:
        return "newer"
    return "current" if revision == known[-1] else "older"


def refuse_if_newer(revision: str | None) -> None:
    if state_of(revision) == "newer":
        raise UserError(
            "db.newer",
            tr_noop(
                "This database was written by a newer version of BranchDesk (schema {revision}). "
                "Install that version or newer; nothing was changed."
            ),
            revision=revision,
        )


def upgrade(engine: Engine) -> None:
    """Run every pending migration in one transaction, with foreign keys off while tables are rebuilt.

    SQLite ignores `PRAGMA foreign_keys` inside a transaction, so it is switched here,
    outside; the keys are checked in full before the transaction commits.
    """
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                _run_alembic(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"the upgrade would break a foreign key: {tuple(broken)}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _run_alembic(connection: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
