"""Staff accounts and sign-in: roles enforced here, lockout after repeated failures."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit, secrets
from branchdesk.services.branch import BranchSettings, create_branch, load_branch
from branchdesk.services.clock import Clock
from branchdesk.services.events import ALL, STAFF, Publisher, publishes
from branchdesk.services.roles import Actor, Permission, Role
from branchdesk.store import Database
from branchdesk.store.models import Staff, StaffCredential

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
USERNAME_PATTERN = re.compile(r"^[\w.-]{2,40}$")


@dataclass(frozen=True)
class StaffInfo:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    secret_kind: str
    locked_until: dt.datetime | None


@dataclass(frozen=True)
class NewStaff:
    username: str
    full_name: str
    role: Role
    secret: str
    secret_kind: str = secrets.PIN


def _info(staff: Staff, cred: StaffCredential | None) -> StaffInfo:
    return StaffInfo(
        id=staff.id,
        username=staff.username,
        full_name=staff.full_name,
        role=Role(staff.role),
        active=staff.active,
        secret_kind=cred.secret_kind if cred else secrets.PIN,
        locked_until=cred.locked_until if cred else None,
    )


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.full_name, Role(staff.role))


class StaffService(Publisher):
    def __init__(self, db: Database, clock: Clock, hasher: secrets.SecretHasher | None = None) -> None:
        self.db = db
        self.clock = clock
        self.hasher = hasher or secrets.SecretHasher()

    # --- first run -------------------------------------------------------
    @publishes(*ALL)
    def set_up_branch(self, settings: BranchSettings, admin: NewStaff) -> Actor:
        """First-run set-up: the branch and its first administrator, in one transaction."""
        if admin.role is not Role.ADMIN:
            raise UserError("setup.admin_role", tr_noop("The first account must be an administrator."))
        _check_new(admin)
        now = self.clock.now()
        with self.db.transaction() as s:
            branch = create_branch(s, settings, now)
            audit.append(s, now, "branch.created", None, code=branch.code, name=branch.name)
            staff = self._add(s, branch.id, admin, now)
            audit.append(s, now, "staff.created", staff.id, username=staff.username, role=staff.role)
            return _actor(staff)

    # --- accounts ----------------------------------------------------------
    def list_staff(self, include_inactive: bool = True) -> list[StaffInfo]:
        with self.db.reading() as s:
            query = select(Staff, StaffCredential).outerjoin(StaffCredential).order_by(Staff.created_at)
            if not include_inactive:
                query = query.where(Staff.active.is_(True))
            return [_info(staff, cred) for staff, cred in s.execute(query)]

    @publishes(STAFF)
    def create(self, actor: Actor, new: NewStaff) -> StaffInfo:
        actor.require(Permission.MANAGE_STAFF)
        _check_new(new)
        now = self.clock.now()
        with self.db.transaction() as s:
            branch = load_branch(s)
            if branch is None:
                raise UserError("branch.not_set_up", tr_noop("The branch is not set up yet."))
            if s.scalar(select(Staff).where(Staff.username == new.username)):
                raise UserError(
                    "staff.exists", tr_noop("The name {username} is taken."), username=new.username
                )
            staff = self._add(s, branch.id, new, now)
            audit.append(s, now, "staff.created", actor.staff_id, username=staff.username, role=staff.role)
            return _info(staff, s.get(StaffCredential, staff.id))

    @publishes(STAFF)
    def update(self, actor: Actor, staff_id: str, *, full_name: str | None = None,
               role: Role | None = None, active: bool | None = None) -> StaffInfo:
        actor.require(Permission.MANAGE_STAFF)
        now = self.clock.now()
        with self.db.transaction() as s:
            staff = self._get(s, staff_id)
            changes: dict[str, object] = {}
            if full_name is not None and full_name.strip() != staff.full_name:
                if not full_name.strip():
                    raise UserError("staff.no_name", tr_noop("Enter the full name."))
                staff.full_name = changes["full_name"] = full_name.strip()
            if role is not None and role.value != staff.role:
                if Role.INSPECTOR in (role, Role(staff.role)):
                    # Else an account whose PIN the administrator knows could read the county's hidden visits.
                    raise UserError("staff.inspector_role",
                                    tr_noop("An account cannot become an inspector or stop being one: "
                                            "make a new account instead."))
                staff.role = changes["role"] = role.value
            if active is not None and active != staff.active:
                staff.active = changes["active"] = active
            if staff.id == actor.staff_id and (changes.get("active") is False or "role" in changes):
                raise UserError(
                    "staff.self_demote",
                    tr_noop("You cannot deactivate yourself or change your own role."),
                )
            if changes:
                self._keep_an_admin(s)
                audit.append(s, now, "staff.updated", actor.staff_id, staff=staff.username, **changes)
            return _info(staff, s.get(StaffCredential, staff.id))

    @publishes(STAFF)
    def reset_secret(self, actor: Actor, staff_id: str, secret: str, kind: str) -> None:
        """An administrator sets a new PIN or password and lifts any lockout."""
        actor.require(Permission.MANAGE_STAFF)
        secrets.check_rules(secret, kind)
        now = self.clock.now()
        with self.db.transaction() as s:
            staff = self._get(s, staff_id)
            if staff.role == Role.INSPECTOR.value:
                # The inspector's visits are hidden from the branch: nobody else may learn their PIN.
                raise UserError("staff.inspector_secret",
                                tr_noop("Only the inspector changes their own PIN or password. If it is forgotten, "
                                        "make a new inspector account."))
            self._set_secret(s, staff.id, secret, kind, now)
            audit.append(s, now, "staff.secret_reset", actor.staff_id, staff=staff.username)

    @publishes(STAFF)
    def unlock(self, actor: Actor, staff_id: str) -> StaffInfo:
        """A branch head or administrator lifts a sign-in lockout before it ends; the PIN or password stays
        as it is (the colleague knows it, they mistyped it). Audited."""
        actor.require(Permission.UNLOCK_STAFF)
        now = self.clock.now()
        with self.db.transaction() as s:
            staff = self._get(s, staff_id)
            cred = s.get(StaffCredential, staff.id)
            if cred is None or cred.locked_until is None or cred.locked_until <= now:
                raise UserError("staff.not_locked", tr_noop("{name} is not locked out."), name=staff.full_name)
            cred.failed_attempts, cred.locked_until = 0, None
            audit.append(s, now, "staff.unlocked", actor.staff_id, staff=staff.username)
            return _info(staff, cred)

    @publishes(STAFF)
    def change_own_secret(self, actor: Actor, current: str, new: str, kind: str) -> None:
        """The current secret is checked, and the new one hashed, with no transaction open (Argon2 is slow)."""
        secrets.check_rules(new, kind)
        now = self.clock.now()
        with self.db.reading() as s:
            cred = s.get(StaffCredential, actor.staff_id)
            checked_hash = cred.secret_hash if cred else None
        if checked_hash is None or not self.hasher.verify(checked_hash, current):
            raise UserError("secret.wrong_current", tr_noop("The current PIN or password is wrong."))
        hashed = self.hasher.hash(new)
        with self.db.transaction() as s:
            cred = s.get(StaffCredential, actor.staff_id)
            if cred is None or cred.secret_hash != checked_hash:  # changed meanwhile: check against the new one
                raise UserError("secret.wrong_current", tr_noop("The current PIN or password is wrong."))
            self._set_secret(s, actor.staff_id, new, kind, now, hashed)
            audit.append(s, now, "staff.secret_changed", actor.staff_id)

    # --- sign-in -----------------------------------------------------------
    def sign_in(self, username: str, secret: str) -> Actor:
        """The signed-in actor, or a UserError; every attempt is audited.

        Argon2 is slow on purpose (a tenth of a second or more), so the hash is
        checked with no transaction open; then one short write transaction
        records the outcome (failure count, lockout, audit). If the credential
        changed in between (a reset), the check is made again on the new one.
        Failures are committed even though sign-in then fails, so the count and
        the lockout survive a restart.
        """
        name = username.strip()
        for _attempt in range(3):
            now = self.clock.now()
            with self.db.reading() as s:
                staff = s.scalar(select(Staff).where(Staff.username == name))
                cred = s.get(StaffCredential, staff.id) if staff else None
                checked_hash: str | None = None  # None: no usable account, or locked (the write says which)
                if staff is not None and cred is not None and staff.active and not (
                        cred.locked_until is not None and cred.locked_until > now):
                    checked_hash = cred.secret_hash
            # No lock held: the slow part.
            correct = checked_hash is not None and self.hasher.verify(checked_hash, secret)
            new_hash = (self.hasher.hash(secret) if checked_hash is not None and correct
                        and self.hasher.needs_rehash(checked_hash) else None)
            with self.db.transaction() as s:
                staff = s.scalar(select(Staff).where(Staff.username == name))
                cred = s.get(StaffCredential, staff.id) if staff else None
                if staff is None or cred is None or not staff.active:
                    audit.append(s, now, "signin.failed", None, username=name, reason="unknown")
                    failure = _wrong_credentials()
                elif cred.locked_until and cred.locked_until > now:
                    audit.append(s, now, "signin.failed", staff.id, reason="locked")
                    failure = _locked(cred.locked_until)
                elif cred.secret_hash != checked_hash:
                    continue  # reset or changed meanwhile (or the lockout ended): check the new one
                elif not correct:
                    cred.failed_attempts += 1
                    failure = _wrong_credentials()
                    if cred.failed_attempts >= MAX_FAILURES:
                        cred.locked_until = now + LOCKOUT
                        cred.failed_attempts = 0
                        failure = _locked(cred.locked_until)
                        audit.append(s, now, "signin.locked", staff.id, until=cred.locked_until.isoformat())
                    else:
                        audit.append(s, now, "signin.failed", staff.id, reason="secret",
                                     attempts=cred.failed_attempts)
                else:
                    cred.failed_attempts, cred.locked_until = 0, None
                    if new_hash:
                        cred.secret_hash = new_hash
                    audit.append(s, now, "signin.ok", staff.id)
                    return _actor(staff)
            raise failure
        raise UserError("signin.busy", tr_noop("The account was changed while signing in; please try again."))

    def sign_out(self, actor: Actor) -> None:
        with self.db.transaction() as s:
            audit.append(s, self.clock.now(), "signout", actor.staff_id)

    # --- helpers -----------------------------------------------------------
    def _add(self, s: Session, branch_id: str, new: NewStaff, now: dt.datetime) -> Staff:
        staff = Staff(branch_id=branch_id, username=new.username.strip(), full_name=new.full_name.strip(),
                      role=new.role.value, active=True, created_at=now)
        s.add(staff)
        s.flush()
        self._set_secret(s, staff.id, new.secret, new.secret_kind, now)
        return staff

    def _set_secret(self, s: Session, staff_id: str, secret: str, kind: str, now: dt.datetime,
                    hashed: str | None = None) -> None:
        cred = s.get(StaffCredential, staff_id)
        hashed = hashed or self.hasher.hash(secret)
        if cred is None:
            s.add(StaffCredential(staff_id=staff_id, secret_hash=hashed, secret_kind=kind,
                                  failed_attempts=0, changed_at=now))
        else:
            cred.secret_hash, cred.secret_kind = hashed, kind
            cred.failed_attempts, cred.locked_until, cred.changed_at = 0, None, now

    @staticmethod
    def _get(s: Session, staff_id: str) -> Staff:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise UserError("staff.unknown", tr_noop("No such staff member."))
        return staff

    @staticmethod
    def _keep_an_admin(s: Session) -> None:
        s.flush()
        admins = s.scalars(select(Staff).where(Staff.role == Role.ADMIN.value, Staff.active.is_(True)))
        if admins.first() is None:
            raise UserError("staff.last_admin", tr_noop("The branch must keep one active administrator."))


def _check_new(new: NewStaff) -> None:
    if not USERNAME_PATTERN.match(new.username.strip()):
        raise UserError(
            "staff.bad_username",
            tr_noop("A sign-in name is 2-40 letters, digits, dots or dashes, without spaces."),
        )
    if not new.full_name.strip():
        raise UserError("staff.no_name", tr_noop("Enter the full name."))
    secrets.check_rules(new.secret, new.secret_kind)


def _wrong_credentials() -> UserError:
    return UserError("signin.wrong", tr_noop("Wrong name or PIN/password."))


def _locked(until: dt.datetime) -> UserError:
    return UserError(
        "signin.locked",
        tr_noop("Too many wrong attempts: this account is locked for {minutes} minutes."),
        minutes=int(LOCKOUT.total_seconds() // 60),
        until=until,
    )
