"""Branches, their enrolment codes and credentials, and HQ's own key."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import Branch, BranchState, Credential, EnrolmentCode, HQKey, Outgoing
from branchdesk.sync import protocol
from branchdesk.sync.protocol import KeyPair, ProtocolError

ENROLMENT_VALID = dt.timedelta(days=14)
BRANCH_CODE = re.compile(r"[0-9A-Z_\-]{1,20}")


class HQError(Exception):
    """Something the county's operator did wrong at the command line; `key` names the message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def hq_keys(db: HQDatabase, now: dt.datetime) -> KeyPair:
    """HQ's key pair, made on first use; every worker reads the same one from the database."""
    with db.transaction() as s:
        row = s.get(HQKey, 1)
        if row is not None:
            return KeyPair.from_secret(row.secret)
    try:
        with db.transaction() as s:
            s.add(HQKey(id=1, secret=KeyPair.generate().secret(), created_at=now))
    except IntegrityError:
        pass  # another worker made it first: use theirs
    with db.transaction() as s:
        row = s.get(HQKey, 1)
        assert row is not None
        return KeyPair.from_secret(row.secret)


@dataclass(frozen=True)
class NewCode:
    branch: str
    code: str
    expires_at: dt.datetime


def add_branch(db: HQDatabase, code: str, name: str, now: dt.datetime) -> NewCode:
    code = code.strip().upper()
    if not BRANCH_CODE.fullmatch(code):
        raise HQError("bad_branch_code", code=code)
    if not name.strip():
        raise HQError("empty_name")
    with db.transaction() as s:
        if s.scalars(select(Branch).where(Branch.code == code)).first() is not None:
            raise HQError("branch_exists", code=code)
        branch = Branch(code=code, name=name.strip(), created_at=now)
        s.add(branch)
        s.flush()
        s.add(BranchState(branch_id=branch.id, held_through=0, built_through=0, known_through=0, last_txid=""))
    return new_code(db, code, now)


def new_code(db: HQDatabase, branch_code: str, now: dt.datetime) -> NewCode:
    """A fresh one-time enrolment code for a branch (earlier unused ones stay valid until they expire)."""
    code = protocol.new_enrolment_code()
    with db.transaction() as s:
        branch = _branch(s, branch_code)
        s.add(EnrolmentCode(branch_id=branch.id, code_sha256=protocol.sha256_hex(code.encode()),
                            created_at=now, expires_at=now + ENROLMENT_VALID))
    return NewCode(branch=branch.code, code=code, expires_at=now + ENROLMENT_VALID)


def revoke(db: HQDatabase, branch_code: str, now: dt.datetime) -> int:
    """Revoke every live credential of a branch; returns how many."""
    with db.transaction() as s:
        branch = _branch(s, branch_code)
        result = s.execute(update(Credential).where(Credential.branch_id == branch.id, Credential.revoked_at.is_(None))
                           .values(revoked_at=now))
        return int(result.rowcount)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Enrolled:
    credential: str
    branch: str
    branch_name: str


def enrol(db: HQDatabase, branch_code: str, code: str, public_key: str, now: dt.datetime) -> Enrolled:
    """Exchange a one-time code and the branch's public key for a credential (§5.2)."""
    normal = protocol.normalise_enrolment_code(code)
    protocol.check_public_key(public_key)
    with db.transaction() as s:
        branch = s.scalars(select(Branch).where(Branch.code == branch_code.strip().upper())).first()
        row = None
        if branch is not None and normal is not None:
            row = s.scalars(select(EnrolmentCode).where(
                EnrolmentCode.code_sha256 == protocol.sha256_hex(normal.encode()),
                EnrolmentCode.branch_id == branch.id).with_for_update()).first()
        if branch is None or row is None:
            raise ProtocolError("unknown_credential", "no such enrolment code for this branch")
        if row.used_at is not None:
            raise ProtocolError("enrolment_code_used", "this enrolment code was used already")
        if row.expires_at <= now:
            raise ProtocolError("enrolment_code_expired", "this enrolment code has expired")
        row.used_at = now
        credential = Credential(id=str(uuid.uuid4()), branch_id=branch.id, public_key=public_key, created_at=now,
                                last_request=0)
        s.add(credential)
        return Enrolled(credential=credential.id, branch=branch.code, branch_name=branch.name)


@dataclass(frozen=True)
class BranchSummary:
    code: str
    name: str
    enrolled: bool
    last_contact: dt.datetime | None
    held_through: int
    pending: int  # changes the branch has that HQ does not hold yet, as far as HQ knows
    clock_offset_s: float | None


def branches(db: HQDatabase) -> list[BranchSummary]:
    with db.transaction() as s:
        live = (select(Credential.branch_id, func.count().label("n")).where(Credential.revoked_at.is_(None))
                .group_by(Credential.branch_id).subquery())
        rows = s.execute(
            select(Branch, BranchState, live.c.n).join(BranchState, BranchState.branch_id == Branch.id)
            .outerjoin(live, live.c.branch_id == Branch.id).order_by(Branch.code)).all()
        return [BranchSummary(code=b.code, name=b.name, enrolled=bool(n), last_contact=st.last_contact,
                              held_through=st.held_through, pending=max(0, st.known_through - st.held_through),
                              clock_offset_s=st.clock_offset_s) for b, st, n in rows]


def _branch(s: Session, code: str) -> Branch:
    branch = s.scalars(select(Branch).where(Branch.code == code.strip().upper())).first()
    if branch is None:
        raise HQError("no_branch", code=code)
    return branch


def announce(db: HQDatabase, title: str, body: str, branch_code: str | None, now: dt.datetime) -> str:
    """A county announcement for one branch or all of them; it goes down with the next pull."""
    if not title.strip():
        raise HQError("empty_title")
    announcement_id = str(uuid.uuid4())
    send_down(db, "announcement", announcement_id, {"title": title.strip(), "body": body.strip(),
                                                    "published_at": protocol.wire_time(now)}, branch_code, now)
    return announcement_id


def send_down(db: HQDatabase, entity: str, entity_id: str, payload: dict[str, object], branch_code: str | None,
              now: dt.datetime) -> None:
    """Queue a row HQ owns for one branch (by code) or every branch; it goes down with the next pull."""
    with db.transaction() as s:
        _lock_outgoing(s)
        branch_id = _branch(s, branch_code).id if branch_code else None
        s.add(Outgoing(branch_id=branch_id, entity=entity, entity_id=entity_id, op="insert",
                       payload=protocol.canonical(payload).decode(), created_at=now))


def set_profile(db: HQDatabase, branch_code: str, now: dt.datetime, name: str | None = None,
                grade: int | None = None) -> None:
    """The branch's name and grade as the county fixes them; sent down to the branch."""
    if grade is not None and not 1 <= grade <= 4:
        raise HQError("bad_grade")
    with db.transaction() as s:
        _lock_outgoing(s)
        branch = _branch(s, branch_code)
        if name is not None and name.strip():
            branch.name = name.strip()
        if grade is not None:
            branch.grade = grade
        profile: dict[str, object] = {"name": branch.name}
        if branch.grade is not None:
            profile["grade"] = branch.grade
        s.add(Outgoing(branch_id=branch.id, entity="branch_profile", entity_id=branch.code, op="update",
                       payload=protocol.canonical(profile).decode(), created_at=now))


def _lock_outgoing(s: Session) -> None:
    """One writer of `outgoing` at a time, to its commit: ids then commit in their order, so a branch that
    pulled past an id can never find a smaller one committed later (its cursor would skip it). SQLite's
    BEGIN IMMEDIATE already serialises writers."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("LOCK TABLE outgoing IN SHARE ROW EXCLUSIVE MODE"))
