"""Argon2 is slow on purpose: sign-in checks the hash with no write lock held, so the kiosk and the
counter keep working while someone signs in."""

from __future__ import annotations

import sqlite3

import pytest

from branchdesk.errors import UserError
from branchdesk.services.roles import Role
from branchdesk.services.staff import NewStaff


class LockProbe:
    """A hasher that, while verifying, proves another connection can take the write lock at once."""

    def __init__(self, hasher, path) -> None:
        self.hasher = hasher
        self.path = path
        self.probes = 0

    def verify(self, hashed: str, secret: str) -> bool:
        other = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # raises 'database is locked' if sign-in held the write lock
            other.execute("ROLLBACK")
        finally:
            other.close()
        self.probes += 1
        return self.hasher.verify(hashed, secret)

    def __getattr__(self, name):
        return getattr(self.hasher, name)


@pytest.fixture
def probe(services, admin, cheap_hasher):
    services.staff.create(admin, NewStaff("lina", "李娜", Role.CLERK, "2468"))
    services.staff.hasher = LockProbe(cheap_hasher, services.db.path)
    return services.staff.hasher


def test_the_hash_is_checked_without_the_write_lock(services, probe):
    assert services.staff.sign_in("lina", "2468").username == "lina"
    with pytest.raises(UserError):
        services.staff.sign_in("lina", "9999")
    assert probe.probes == 2


def test_a_reset_between_the_check_and_the_record_is_checked_again(services, admin, probe, cheap_hasher):
    original = probe.verify
    reset = []

    def verify_then_reset(hashed, secret):
        result = original(hashed, secret)
        if not reset:  # the administrator resets the PIN while Argon2 runs
            reset.append(1)
            services.staff.hasher = cheap_hasher
            staff_id = next(s.id for s in services.staff.list_staff() if s.username == "lina")
            services.staff.reset_secret(admin, staff_id, "8642", "pin")
            services.staff.hasher = probe
        return result

    probe.verify = verify_then_reset
    with pytest.raises(UserError) as raised:
        services.staff.sign_in("lina", "2468")  # right for the old PIN, checked again against the new one
    assert raised.value.code == "signin.wrong"
    assert services.staff.sign_in("lina", "8642").username == "lina"
