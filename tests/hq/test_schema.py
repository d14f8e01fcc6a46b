"""HQ's migrations build exactly what its models say, and a second start changes nothing."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from branchdesk.hq.database import HQDatabase, database_url, head_revision
from branchdesk.hq.models import HQBase


def test_migrations_and_models_agree(hq_db):
    with hq_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), HQBase.metadata)
    assert diff == []
    assert hq_db.revision() == head_revision()


def test_upgrading_a_current_database_again_is_harmless(tmp_path):
    url = database_url(tmp_path, None)
    first, second = HQDatabase(url), HQDatabase(url)
    try:
        assert first.revision() is None
        first.upgrade()
        second.upgrade()
        assert first.revision() == second.revision() == head_revision()
    finally:
        first.close()
        second.close()


def test_ci_runs_the_hq_tests_on_postgresql_too():
    """Locally the PostgreSQL variants may skip; in CI (scripts/test.sh starts a server) they must run."""
    import os

    from tests.hq.conftest import PG_ADMIN_URL

    if os.environ.get("CI") == "true":
        assert PG_ADMIN_URL, "scripts/test.sh should have started PostgreSQL and set BRANCHDESK_TEST_PG"
