"""Alembic environment: runs on the connection BranchDesk hands it."""

from alembic import context

from branchdesk.store.base import Base
from branchdesk.store import models  # noqa: F401  (registers every table)

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from pathlib import Path

        from branchdesk.store.engine import make_engine

        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("no connection given and no sqlalchemy.url in alembic.ini")
        engine = make_engine(Path(url.removeprefix("sqlite:///")))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # No batch mode: it copies tables and silently drops their triggers. A migration
        # that must rebuild a table uses branchdesk.store.schema_ops.recreate_table.
        render_as_batch=False,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
