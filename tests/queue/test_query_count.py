"""Reading the queue costs a fixed number of SQL statements, however many tickets wait.

The queue page and the board re-read after every change; with a statement per
waiting ticket (as before: 454 for 150 waiting), a market-day morning made every
refresh slower the longer the queue grew.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event

BUSINESSES = ("mail", "savings", "remittance")


@contextmanager
def counted(db):
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def queue_of(services, admin, waiting: int):
    services.queue.open_window(admin, 1)
    services.queue.open_window(admin, 2)
    for index in range(waiting + 2):
        services.queue.issue(BUSINESSES[index % 3], priority=index % 7 == 0)
    services.queue.call_next(admin, 1)  # someone at my window
    services.queue.call_next(admin, 2)
    services.queue.hold(admin, 2)  # and one on hold
    return services.queue


def statements_for(services, admin, waiting: int) -> dict[str, int]:
    queue = queue_of(services, admin, waiting)
    counts = {}
    for name, read in (("overview", lambda: queue.overview(1)), ("waiting", queue.waiting),
                       ("held", queue.held), ("print_failures", queue.print_failures)):
        with counted(services.db) as statements:
            read()
        counts[name] = len(statements)
    overview = queue.overview(1)
    assert len(overview.waiting) == waiting and len(overview.held) == 1
    assert overview.current is not None and overview.window.number == 1
    return counts


@pytest.fixture
def ten(services, admin):
    return statements_for(services, admin, 10)


def test_reading_the_queue_does_not_grow_with_the_queue(ten, tmp_path, migrated_template, clock, cheap_hasher):
    import shutil

    from branchdesk.services import Services
    from branchdesk.services.roles import Role
    from branchdesk.services.staff import NewStaff
    from branchdesk.store import Database
    from tests.conftest import ADMIN_PASSWORD, branch_settings

    path = tmp_path / "long.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = Database.open(path, daily_backup=False)
    try:
        services = Services.build(db, clock, cheap_hasher)
        admin = services.staff.set_up_branch(
            branch_settings(), NewStaff("admin", "管理员", Role.ADMIN, ADMIN_PASSWORD, "password"))
        long = statements_for(services, admin, 150)
    finally:
        db.close()
    assert long == ten
    assert ten["overview"] <= 15  # the whole queue page in one read
