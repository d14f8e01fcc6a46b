"""The audit log's hash chain shows any later edit."""

from __future__ import annotations

import sqlite3

from branchdesk.services import audit
from branchdesk.store import changelog


def test_chain_of_a_real_day_verifies(demo_services):
    demo_services.staff.sign_in("wangfang", "1357")
    with demo_services.db.reading() as s:
        assert audit.count(s) >= 6
        assert audit.verify_chain(s) == []


def tamper(path, sql: str) -> None:
    """What someone with a SQLite tool could do: drop the guard and edit."""
    conn = sqlite3.connect(path)
    for guard in ("audit_entry_no_update", "audit_entry_no_delete",
                  "capture_audit_entry_update", "capture_audit_entry_delete"):
        conn.execute(f"DROP TRIGGER {guard}")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_edited_entry_is_found(demo_services):
    tamper(demo_services.db.path, "UPDATE audit_entry SET detail = '{\"role\": \"admin\"}' WHERE position = 3")
    with demo_services.db.reading() as s:
        problems = audit.verify_chain(s)
    assert [(p.position, p.reason) for p in problems] == [(3, "content was altered")]


def test_a_deleted_entry_is_found(demo_services):
    tamper(demo_services.db.path, "DELETE FROM audit_entry WHERE position = 2")
    with demo_services.db.reading() as s:
        problems = audit.verify_chain(s)
    assert problems[0].position == 2
    assert {p.reason for p in problems} == {"missing entry", "does not follow the entry before it"}


def test_entries_cannot_be_edited_through_sqlite(demo_services):
    conn = sqlite3.connect(demo_services.db.path)
    changelog.register_functions(conn)  # even a program that could log the change is refused
    try:
        conn.execute("UPDATE audit_entry SET action = 'x'")
    except sqlite3.IntegrityError as exc:
        assert "append-only" in str(exc)
    else:
        raise AssertionError("the append-only trigger did not fire")
    finally:
        conn.close()
