"""Staff accounts and sign-in: roles enforced in the service, Argon2, lockout, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services import Services, audit
from branchdesk.services.roles import Role
from branchdesk.services.staff import MAX_FAILURES, NewStaff
from branchdesk.store.models import StaffCredential
from tests.conftest import ADMIN_PASSWORD


def actions(db) -> list[str]:
    with db.reading() as s:
        return [line.action for line in reversed(audit.recent(s))]


def test_sign_in_returns_the_actor_and_is_audited(services, admin):
    actor = services.staff.sign_in("admin", ADMIN_PASSWORD)
    assert (actor.staff_id, actor.role) == (admin.staff_id, Role.ADMIN)
    assert actions(services.db)[-1] == "signin.ok"


def test_secret_is_stored_as_argon2id_not_plain(services, admin):
    with services.db.reading() as s:
        stored = s.scalar(select(StaffCredential.secret_hash))
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


@pytest.mark.parametrize("name, secret", [("admin", "wrong-pass"), ("nobody", ADMIN_PASSWORD)])
def test_wrong_name_or_secret_gives_one_message_and_is_audited(services, admin, name, secret):
    with pytest.raises(UserError) as err:
        services.staff.sign_in(name, secret)
    assert err.value.code == "signin.wrong"
    assert actions(services.db)[-1] == "signin.failed"


def test_lockout_after_repeated_failures_survives_a_restart_and_expires(services, admin, clock, cheap_hasher):
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(UserError, match="Wrong"):
            services.staff.sign_in("admin", "wrong-pass")
    with pytest.raises(UserError) as err:
        services.staff.sign_in("admin", "wrong-pass")
    assert err.value.code == "signin.locked"
    # A fresh service on the same file (the app restarted) still refuses, even the right password.
    restarted = Services.build(services.db, clock, cheap_hasher)
    with pytest.raises(UserError) as err:
        restarted.staff.sign_in("admin", ADMIN_PASSWORD)
    assert err.value.code == "signin.locked"
    clock.advance(minutes=16)
    assert restarted.staff.sign_in("admin", ADMIN_PASSWORD).username == "admin"
    assert "signin.locked" in actions(services.db)


def test_successful_sign_in_resets_the_failure_count(services, admin):
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(UserError):
            services.staff.sign_in("admin", "wrong-pass")
    services.staff.sign_in("admin", ADMIN_PASSWORD)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(UserError, match="Wrong"):
            services.staff.sign_in("admin", "wrong-pass")


def test_only_administrators_manage_staff(services, admin, clerk):
    head = services.staff.create(admin, NewStaff("wangfang", "王芳", Role.BRANCH_HEAD, "1357"))
    head_actor = services.staff.sign_in("wangfang", "1357")
    for actor in (clerk, head_actor):
        with pytest.raises(PermissionDenied):
            services.staff.create(actor, NewStaff("x1", "某人", Role.CLERK, "2468"))
        with pytest.raises(PermissionDenied):
            services.staff.reset_secret(actor, head.id, "9876", "pin")
        with pytest.raises(PermissionDenied):
            services.staff.update(actor, clerk.staff_id, role=Role.ADMIN)
    assert {s.username for s in services.staff.list_staff()} == {"admin", "zhangmin", "wangfang"}


def test_admin_resets_a_pin_and_lifts_the_lockout(services, admin, clerk):
    for _ in range(MAX_FAILURES):
        with pytest.raises(UserError):
            services.staff.sign_in("zhangmin", "0000")
    services.staff.reset_secret(admin, clerk.staff_id, "8642", "pin")
    assert services.staff.sign_in("zhangmin", "8642").staff_id == clerk.staff_id
    assert "staff.secret_reset" in actions(services.db)


def test_change_own_secret_needs_the_current_one(services, clerk):
    with pytest.raises(UserError) as err:
        services.staff.change_own_secret(clerk, "1111", "8642", "pin")
    assert err.value.code == "secret.wrong_current"
    services.staff.change_own_secret(clerk, "3579", "8642", "pin")
    with pytest.raises(UserError):
        services.staff.sign_in("zhangmin", "3579")
    assert services.staff.sign_in("zhangmin", "8642")


@pytest.mark.parametrize(
    "secret, kind, code",
    [("12", "pin", "secret.bad_pin"), ("12a4", "pin", "secret.bad_pin"), ("1111", "pin", "secret.weak_pin"),
     ("short", "password", "secret.short_password")],
)
def test_bad_secrets_are_refused_and_nothing_is_created(services, admin, secret, kind, code):
    with pytest.raises(UserError) as err:
        services.staff.create(admin, NewStaff("lisi", "李四", Role.CLERK, secret, kind))
    assert err.value.code == code
    assert "lisi" not in {s.username for s in services.staff.list_staff()}


def test_duplicate_and_malformed_names_are_refused(services, admin):
    with pytest.raises(UserError, match="taken"):
        services.staff.create(admin, NewStaff("admin", "另一个", Role.CLERK, "2468"))
    with pytest.raises(UserError) as err:
        services.staff.create(admin, NewStaff("has space", "某人", Role.CLERK, "2468"))
    assert err.value.code == "staff.bad_username"


def test_the_last_administrator_cannot_be_removed(services, admin, clerk):
    second = services.staff.create(admin, NewStaff("admin2", "副管理员", Role.ADMIN, "pass-word-2", "password"))
    with pytest.raises(UserError) as err:
        services.staff.update(admin, admin.staff_id, active=False)
    assert err.value.code == "staff.self_demote"
    other = services.staff.sign_in("admin2", "pass-word-2")
    services.staff.update(other, admin.staff_id, active=False)
    with pytest.raises(UserError) as err:
        services.staff.update(admin, second.id, role=Role.CLERK)  # admin is inactive but holds an actor
    assert err.value.code == "staff.last_admin"


def test_deactivated_staff_cannot_sign_in(services, admin, clerk):
    services.staff.update(admin, clerk.staff_id, active=False)
    with pytest.raises(UserError, match="Wrong"):
        services.staff.sign_in("zhangmin", "3579")


def _lock_out(services, username: str) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(UserError):
            services.staff.sign_in(username, "0000")


def test_a_branch_head_unlocks_a_colleague_who_keeps_their_pin(services, admin):
    """Issue 8, item 11: no new PIN forced, audited, and only a branch head or an administrator."""
    services.staff.create(admin, NewStaff("zhangmin", "张敏", Role.CLERK, "3579"))
    head_info = services.staff.create(admin, NewStaff("wangfang", "王芳", Role.BRANCH_HEAD, "1357"))
    manager_info = services.staff.create(admin, NewStaff("liqiang", "李强", Role.DUTY_MANAGER, "2468"))
    head = services.staff.sign_in(head_info.username, "1357")
    manager = services.staff.sign_in(manager_info.username, "2468")
    _lock_out(services, "zhangmin")
    clerk_id = next(s.id for s in services.staff.list_staff() if s.username == "zhangmin")

    with pytest.raises(PermissionDenied):
        services.staff.unlock(manager, clerk_id)
    with pytest.raises(UserError) as err:
        services.staff.sign_in("zhangmin", "3579")
    assert err.value.code == "signin.locked"

    info = services.staff.unlock(head, clerk_id)
    assert info.locked_until is None
    assert services.staff.sign_in("zhangmin", "3579").username == "zhangmin"  # the same PIN
    assert "staff.unlocked" in actions(services.db)
    with pytest.raises(UserError) as err:
        services.staff.unlock(head, clerk_id)  # nothing to unlock: said, nothing written
    assert err.value.code == "staff.not_locked"
