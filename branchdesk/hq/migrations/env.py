"""Alembic environment of the HQ server: runs on the connection HQDatabase.upgrade hands it."""

from alembic import context

from branchdesk.hq import models

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=models.HQBase.metadata, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
