"""Shared fixtures: real SQLite files migrated by the real migrations."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher

# Views are tested offscreen, never on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from branchdesk.paths import DataDir  # noqa: E402
from branchdesk.services import Services  # noqa: E402
from branchdesk.services.branch import BranchSettings, standard_week  # noqa: E402
from branchdesk.services.clock import FixedClock  # noqa: E402
from branchdesk.services.demo import build_demo  # noqa: E402
from branchdesk.services.roles import Role  # noqa: E402
from branchdesk.services.secrets import SecretHasher  # noqa: E402
from branchdesk.services.staff import NewStaff  # noqa: E402
from branchdesk.store import Database  # noqa: E402

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A Tuesday morning, 07:30 in the branch, before the 08:00 opening.
MORNING = dt.datetime(2026, 11, 24, 7, 30, tzinfo=SHANGHAI)
ADMIN_PASSWORD = "admin-pass-1"


@pytest.fixture(scope="session")
def cheap_hasher() -> SecretHasher:
    """Real Argon2id, at a cost that keeps the suite quick."""
    return SecretHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One empty database upgraded by the migrations; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Database.open(path).close()
    return path


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    return DataDir(tmp_path / "data").ensure()


def close_after_background_work(database: Database) -> None:
    """A view's background task may still be using the database when its test ends: let it finish first
    (closing a connection another thread is using crashes sqlite3), as app.run does on quit."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
    database.close()


@pytest.fixture
def db(data_dir, migrated_template) -> Database:
    shutil.copyfile(migrated_template, data_dir.database)
    database = Database.open(data_dir.database, data_dir.backups, daily_backup=False)
    yield database
    close_after_background_work(database)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MORNING)


@pytest.fixture
def services(db, clock, cheap_hasher) -> Services:
    """Services on an empty (not yet set up) database."""
    return Services.build(db, clock, cheap_hasher)


def branch_settings(**changes) -> BranchSettings:
    base = BranchSettings(
        code="QS-001", name="青山镇邮政支局", grade=3, timezone="Asia/Shanghai",
        savings_business=True, hours=standard_week(dt.time(8, 0), dt.time(17, 30)),
    )
    return base.with_changes(**changes)


@pytest.fixture
def admin(services):
    """A set-up branch and its first administrator (signed in)."""
    return services.staff.set_up_branch(
        branch_settings(), NewStaff("admin", "管理员", Role.ADMIN, ADMIN_PASSWORD, "password")
    )


@pytest.fixture
def clerk(services, admin):
    info = services.staff.create(admin, NewStaff("zhangmin", "张敏", Role.CLERK, "3579"))
    return services.staff.sign_in(info.username, "3579")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, migrated_template, cheap_hasher) -> Path:
    """The demo branch, built once as `branchdesk demo` builds it, at MORNING."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database.open(path, daily_backup=False)
    build_demo(database, cheap_hasher, now=MORNING)
    database.close()
    return path


@pytest.fixture
def demo_services(data_dir, demo_template, cheap_hasher) -> Services:
    """A fresh copy of the demo branch for each test."""
    shutil.copyfile(demo_template, data_dir.database)
    database = Database.open(data_dir.database, data_dir.backups, daily_backup=False)
    yield Services.build(database, FixedClock(MORNING), cheap_hasher)
    close_after_background_work(database)
