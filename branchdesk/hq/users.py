"""County staff who may sign in to HQ's pages; passwords hashed with Argon2, like the branch's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import HQUser
from branchdesk.hq.registry import HQError

MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    disabled: bool


def add(db: HQDatabase, username: str, full_name: str, password: str, now: dt.datetime,
        hasher: PasswordHasher | None = None) -> UserInfo:
    username = username.strip().lower()
    if len(password) < MIN_PASSWORD:
        raise HQError("short_password", length=MIN_PASSWORD)
    with db.transaction() as s:
        if s.scalars(select(HQUser).where(HQUser.username == username)).first() is not None:
            raise HQError("user_exists", username=username)
        s.add(HQUser(username=username, full_name=full_name.strip() or username,
                     password_hash=(hasher or PasswordHasher()).hash(password), disabled=False, created_at=now))
    return UserInfo(username=username, full_name=full_name, disabled=False)


def listed(db: HQDatabase) -> list[UserInfo]:
    with db.transaction() as s:
        return [UserInfo(u.username, u.full_name, u.disabled) for u in s.scalars(select(HQUser).order_by(HQUser.username))]


def disable(db: HQDatabase, username: str) -> None:
    with db.transaction() as s:
        user = s.scalars(select(HQUser).where(HQUser.username == username.strip().lower())).first()
        if user is None:
            raise HQError("no_user", username=username)
        user.disabled = True


def check(db: HQDatabase, username: str, password: str, hasher: PasswordHasher | None = None) -> UserInfo | None:
    """The user if the password is right and the account is in use; None otherwise."""
    with db.transaction() as s:
        user = s.scalars(select(HQUser).where(HQUser.username == username.strip().lower())).first()
        if user is None or user.disabled:
            return None
        try:
            (hasher or PasswordHasher()).verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        return UserInfo(user.username, user.full_name, user.disabled)


def active(db: HQDatabase, username: str) -> bool:
    with db.transaction() as s:
        user = s.scalars(select(HQUser).where(HQUser.username == username)).first()
        return user is not None and not user.disabled
