"""Who is calling: every branch request is signed with its enrolled key and numbered (§4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select, update

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
    try:
        return int(headers.get("bd-request", ""))
    except ValueError:
        return None


def authenticate(db: HQDatabase, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Caller:
    if headers.get("bd-protocol") != str(protocol.VERSION):
        raise ProtocolError("protocol_unsupported", "this HQ speaks protocol 1", supported=[protocol.VERSION])
    if any(not headers.get(name) for name in HEADERS):
        raise ProtocolError("unknown_credential", "the request is not signed")
    number = request_number(headers)
    if number is None or number < 1:
        raise ProtocolError("bad_request", "bad request number")
    sent_at = protocol.parse_wire_time(headers["bd-sent-at"])
    branch_code, credential_id = headers["bd-branch"], headers["bd-credential"]
    with db.transaction() as s:
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
        # One statement decides, whatever worker the request reached: a number used once is spent.
        moved = s.execute(update(Credential).where(Credential.id == credential_id,
                                                   Credential.last_request < number).values(last_request=number))
        if moved.rowcount != 1:  # type: ignore[attr-defined]
            last = s.scalar(select(Credential.last_request).where(Credential.id == credential_id))
            raise ProtocolError("replayed", "this request number was used before", last_request=last)
        return Caller(branch_id=branch.id, branch=branch.code, credential=credential_id, request=number,
                      sent_at=sent_at)


def log_refusal(db: HQDatabase, refused: ProtocolError, headers: Mapping[str, str], address: str | None,
                path: str, now: dt.datetime) -> None:
    with db.transaction() as s:
        s.add(Refusal(at=now, code=refused.code, branch=(headers.get("bd-branch") or None),
                      credential=(headers.get("bd-credential") or None), address=address, path=path[:200]))
