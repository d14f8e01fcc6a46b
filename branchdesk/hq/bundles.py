"""`branchdesk-hq import FILE`: a weekly bundle applied exactly as a push, and its acknowledgement file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from branchdesk.hq import ingest
from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import Branch, Credential
from branchdesk.hq.registry import hq_keys
from branchdesk.sync import protocol
from branchdesk.sync.bundle import Ack, BundleError, read_bundle, write_ack
from branchdesk.sync.protocol import ProtocolError


@dataclass(frozen=True)
class Imported:
    branch: str
    first_seq: int
    last_seq: int
    applied: int
    held_through: int
    ack: Path


def import_bundle(db: HQDatabase, path: Path, out_dir: Path | None, now: dt.datetime) -> Imported:
    ids: dict[str, int] = {}

    def public_key_of(branch: str, credential: str) -> str:
        with db.transaction() as s:
            found = s.execute(select(Credential, Branch).join(Branch, Branch.id == Credential.branch_id)
                              .where(Credential.id == credential)).first()
        if found is None or found[1].code != branch or found[0].revoked_at is not None:
            raise BundleError("foreign", branch=branch)
        ids[branch] = found[1].id
        return found[0].public_key

    bundle = read_bundle(path, public_key_of, hq_keys(db, now))  # HQ's keys open the sealed rows (§8.1)
    branch_id = ids[bundle.branch]
    try:
        applied = ingest.apply_batch(db, branch_id, bundle.rows, bundle.first_seq, bundle.last_seq,
                                     bundle.last_seq, "bundle", now)
    except ProtocolError as refused:
        if refused.code == "gap":
            expected = int(refused.details["expected_seq"])
            raise BundleError("missing", branch=bundle.branch, first=expected, last=bundle.first_seq - 1) from None
        if refused.code == "conflict":
            raise BundleError("conflict", branch=bundle.branch, seq=refused.details.get("seq")) from None
        raise BundleError("tampered", branch=bundle.branch) from None
    ingest.note_contact(db, branch_id, now, None)
    try:
        ack = write_ack(out_dir or path.parent, hq_keys(db, now), Ack(
            branch=bundle.branch, held_through=applied.held_through, bundle_sha256=bundle.sha256,
            hq_time=protocol.wire_time(now)))
    except OSError as failed:  # applied all the same: importing the bundle again writes the acknowledgement
        raise BundleError("ack_not_written", branch=bundle.branch, detail=failed.strerror or str(failed)) from None
    return Imported(branch=bundle.branch, first_seq=bundle.first_seq, last_seq=bundle.last_seq,
                    applied=applied.applied, held_through=applied.held_through, ack=ack)
