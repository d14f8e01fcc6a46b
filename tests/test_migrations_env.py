"""migrations/env.py given neither a connection nor sqlalchemy.url says so (it once failed on None)."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config

from branchdesk.store.migrate import migrations_dir


def test_no_connection_and_no_url_is_a_clear_error():
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with pytest.raises(RuntimeError, match="no sqlalchemy.url"):
        command.upgrade(config, "head")
