"""Who is calling: every branch request is signed with its enrolled key and numbered (§4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import Branch, Credential, Refusal
from branchdesk.sync import protocol
from branchdesk.sync.protocol import ProtocolError

HEADERS = ("bd-protocol", "bd-branch", "bd-credential", "bd-request", "bd-sent-at", "bd-signature")


@dataclass(frozen=True)
class Caller:
    branch_id: int
    branch: str
    credential: str
    request: int
    sent_at: dt.datetime


def request_number(headers: Mapping[str, str]) -> int | None:
    """The caller's request number if it reads as one, to echo in the signed reply."""
    text = headers.get("bd-request", "")
    if not text.isdigit() or int(text) > protocol.MAX_NUMBER:
        return None
    return int(text)


def authenticate(db: HQDatabase, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Caller:
    """Check the request's signature and spend its number, in one transaction of its own."""
    caller = verify(db, method, path, headers, body)
    with db.transaction() as s:
        spend(s, caller)
    return caller


def verify(db: HQDatabase, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Caller:
    """Who signed the request, checked; its number is not spent yet (`spend`, in the caller's transaction)."""
    if headers.get("bd-protocol") != str(protocol.VERSION):
        raise ProtocolError("protocol_unsupported", "this HQ speaks protocol 1", supported=[protocol.VERSION])
    if any(not headers.get(name) for name in HEADERS):
        raise ProtocolError("unknown_credential", "the request is not signed")
    number = request_number(headers)
    if number is None or number < 1:
        raise ProtocolError("bad_request", "bad request number")
    sent_at = protocol.parse_wire_time(headers["bd-sent-at"])
    branch_code, credential_id = headers["bd-branch"], headers["bd-credential"]
    with db.reading() as s:
        found = s.execute(select(Credential, Branch).join(Branch, Branch.id == Credential.branch_id)
                          .where(Credential.id == credential_id)).first()
        if found is None:
            raise ProtocolError("unknown_credential", "no such credential")
        credential, branch = found[0], found[1]
        if branch.code != branch_code:
            raise ProtocolError("wrong_branch", "this credential belongs to another branch")
        if credential.revoked_at is not None:
            raise ProtocolError("revoked", "this credential was revoked; enrol again")
        signed = protocol.request_signing_bytes(method, path, branch_code, credential_id, number,
                                                headers["bd-sent-at"], body)
        protocol.verify(credential.public_key, signed, headers["bd-signature"])
        if credential.last_request >= number:  # early out; `spend` is what decides
            raise ProtocolError("replayed", "this request number was used before", last_request=credential.last_request)
        return Caller(branch_id=branch.id, branch=branch.code, credential=credential_id, request=number,
                      sent_at=sent_at)


def spend(s: Session, caller: Caller) -> None:
    """Spend the request's number. One statement decides, whatever worker the request reached, and a
    revocation that landed since `verify` still counts: a number used once is spent."""
    moved = s.execute(update(Credential).where(
        Credential.id == caller.credential, Credential.last_request < caller.request,
        Credential.revoked_at.is_(None)).values(last_request=caller.request))
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        credential = s.get(Credential, caller.credential)
        if credential is not None and credential.revoked_at is not None:
            raise ProtocolError("revoked", "this credential was revoked; enrol again")
        last = credential.last_request if credential else None
        raise ProtocolError("replayed", "this request number was used before", last_request=last)


def log_refusal(db: HQDatabase, refused: ProtocolError, headers: Mapping[str, str], address: str | None,
                path: str, now: dt.datetime) -> None:
    with db.transaction() as s:
        # Cut to their columns: whatever a stranger sends, the refusal is still written.
        s.add(Refusal(at=now, code=refused.code, branch=(headers.get("bd-branch") or "")[:40] or None,
                      credential=(headers.get("bd-credential") or "")[:64] or None,
                      address=(address or "")[:64] or None, path=path[:200]))
