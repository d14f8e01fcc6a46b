"""PINs and passwords: the rules they must meet, and Argon2 hashing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from branchdesk.errors import UserError, tr_noop

if TYPE_CHECKING:  # argon2 is imported at the first sign-in, not at start-up
    from argon2 import PasswordHasher

PIN = "pin"
PASSWORD = "password"
PIN_LENGTHS = range(4, 9)
MIN_PASSWORD = 8


def check_rules(secret: str, kind: str) -> None:
    if kind == PIN:
        if not (secret.isdigit() and len(secret) in PIN_LENGTHS):
            raise UserError("secret.bad_pin", tr_noop("A PIN is 4 to 8 digits."))
        if len(set(secret)) == 1:
            raise UserError("secret.weak_pin", tr_noop("A PIN of one repeated digit is too easy to guess."))
    elif kind == PASSWORD:
        if len(secret) < MIN_PASSWORD:
            raise UserError(
                "secret.short_password", tr_noop("A password has at least {n} characters."), n=MIN_PASSWORD
            )
    else:
        raise UserError("secret.bad_kind", tr_noop("Choose a PIN or a password."))


class SecretHasher:
    """Argon2id with the library's recommended cost; tests may pass a cheaper one."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._given = hasher
        self._made: PasswordHasher | None = None

    @property
    def _hasher(self) -> PasswordHasher:
        if self._given is not None:
            return self._given
        if self._made is None:
            from argon2 import PasswordHasher

            self._made = PasswordHasher()
        return self._made

    def hash(self, secret: str) -> str:
        return self._hasher.hash(secret)

    def verify(self, stored: str, secret: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return self._hasher.verify(stored, secret)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
