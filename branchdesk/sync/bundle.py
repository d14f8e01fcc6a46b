"""The weekly bundle file and HQ's acknowledgement file (docs/sync-protocol.md §8).

A bundle is a signed batch on a USB stick: HQ applies it exactly as a push. Nothing here
trusts a byte it has not checked: a cut-short, altered or foreign file raises BundleError
before anything is applied.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from branchdesk.sync import protocol
from branchdesk.sync.protocol import KeyPair, ProtocolError, WireRow
from branchdesk.sync.seal import SealError, seal, unseal

FORMAT = 1
SEALED_FORMAT = 2  # a bundle with sealed rows (§8.1): an HQ that knows only format 1 refuses it as newer
BUNDLE_SUFFIX = ".bdbundle"
ACK_SUFFIX = ".bdack"
MANIFEST, CHANGES, SIGNATURE = "manifest.json", "changes.jsonl", "signature"
# A busy branch's year is a 4 MB bundle of 100 MB of rows (bench/bundle.py): room for a decade, and no more
# memory than that for a hostile file.
MAX_BUNDLE_BYTES = 256 << 20
MAX_MEMBER_BYTES = 1 << 30
MAX_UNPACKED_BYTES = 1 << 30
MAX_MEMBERS = 16


class BundleError(Exception):
    """A bundle or acknowledgement file that cannot be used; `reason` names why, `details` fill the message."""

    def __init__(self, reason: str, **details: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


@dataclass(frozen=True)
class Bundle:
    manifest: dict[str, Any]
    rows: list[WireRow]
    sha256: str  # of the whole file: what the acknowledgement and the next bundle name

    @property
    def branch(self) -> str:
        return str(self.manifest["branch"])

    @property
    def credential(self) -> str:
        return str(self.manifest["credential"])

    @property
    def first_seq(self) -> int:
        return int(self.manifest["first_seq"])

    @property
    def last_seq(self) -> int:
        return int(self.manifest["last_seq"])


def bundle_name(branch: str, first_seq: int, last_seq: int) -> str:
    return f"BD-{branch}-{first_seq}-{last_seq}{BUNDLE_SUFFIX}"


def _context(branch: str, seq: int) -> bytes:
    """What a sealed row is bound to: it opens only as this branch's row at this place."""
    return f"{branch}:{seq}".encode()


def write_bundle(folder: Path, *, branch: str, credential: str, keys: KeyPair, rows: list[WireRow],
                 reports: Mapping[str, bytes], previous_sha256: str | None, app_version: str, schema_rev: str,
                 made_at: str, sealed: frozenset[int] = frozenset(), hq_public: str | None = None,
                 ) -> tuple[Path, str]:
    """Write the bundle into `folder` (atomically: a partial file never has the final name); returns its
    path and SHA-256. The rows whose seq is in `sealed` travel encrypted to `hq_public` (§8.1)."""
    if not rows:
        raise ValueError("a bundle holds at least one change")
    if sealed and hq_public is None:
        raise ValueError("sealing needs HQ's public key")
    lines: list[bytes] = []
    counts: dict[str, int] = {}
    for row in rows:
        if row.seq in sealed:
            assert hq_public is not None
            lines.append(protocol.canonical({"seq": row.seq, "sealed": seal(
                hq_public, row.canonical_bytes, _context(branch, row.seq))}))
            counts["sealed"] = counts.get("sealed", 0) + 1  # not even its entity shows
        else:
            lines.append(row.canonical_bytes)
            counts[row.entity] = counts.get(row.entity, 0) + 1
    changes = b"".join(line + b"\n" for line in lines)
    manifest = protocol.canonical({
        "format": SEALED_FORMAT if "sealed" in counts else FORMAT, "branch": branch, "credential": credential, "first_seq": rows[0].seq,
        "last_seq": rows[-1].seq, "counts": counts, "changes_sha256": protocol.sha256_hex(changes),
        "reports": {name: protocol.sha256_hex(data) for name, data in reports.items()},
        "previous_bundle_sha256": previous_sha256, "app_version": app_version, "schema_rev": schema_rev,
        "made_at": made_at,
    })
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest)
        archive.writestr(CHANGES, changes)
        for name, data in reports.items():
            archive.writestr(name, data)
        archive.writestr(SIGNATURE, keys.sign(manifest))
    data = buffer.getvalue()
    path = folder / bundle_name(branch, rows[0].seq, rows[-1].seq)
    _write_atomically(path, data)
    return path, hashlib.sha256(data).hexdigest()


def read_bundle(path: Path, public_key_of: Callable[[str, str], str], hq_keys: KeyPair | None = None) -> Bundle:
    """Read and verify a bundle whole. `public_key_of(branch, credential)` gives the enrolled key (or raises
    BundleError("foreign")); `hq_keys` (HQ's) open its sealed rows, which without them are refused."""
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError("too_large", limit=MAX_BUNDLE_BYTES)
        data = path.read_bytes()
    except OSError as failed:
        raise BundleError("unreadable", detail=failed.strerror or str(failed)) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            # Sizes are checked before anything is unpacked: a few MB of hostile zip must not become gigabytes.
            # (A member never yields more than the size it declares.)
            if (len(infos) > MAX_MEMBERS or any(info.file_size > MAX_MEMBER_BYTES for info in infos)
                    or sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES):
                raise BundleError("too_large", limit=MAX_UNPACKED_BYTES)
            members = {info.filename: archive.read(info) for info in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise BundleError("damaged") from None
    manifest_bytes, signature = members.get(MANIFEST), members.get(SIGNATURE)
    if manifest_bytes is None or signature is None or CHANGES not in members:
        raise BundleError("damaged")
    try:
        manifest = json.loads(manifest_bytes)
        branch, credential = str(manifest["branch"]), str(manifest["credential"])
        if manifest["format"] not in (FORMAT, SEALED_FORMAT):
            raise BundleError("newer_format", format=manifest["format"])
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError):
        raise BundleError("damaged") from None
    try:
        protocol.verify(public_key_of(branch, credential), manifest_bytes, signature.decode("ascii", "replace"))
    except ProtocolError:
        raise BundleError("bad_signature", branch=branch) from None
    changes = members[CHANGES]
    if protocol.sha256_hex(changes) != manifest.get("changes_sha256"):
        raise BundleError("tampered", branch=branch)
    for name, digest in dict(manifest.get("reports") or {}).items():
        if name not in members or protocol.sha256_hex(members[name]) != digest:
            raise BundleError("tampered", branch=branch)
    try:
        rows = [_row(line, branch, hq_keys) for line in changes.splitlines() if line]
        protocol.check_batch(rows, int(manifest["first_seq"]), int(manifest["last_seq"]))
    except (ProtocolError, json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError):
        raise BundleError("tampered", branch=branch) from None  # orjson's JSONDecodeError is a ValueError
    return Bundle(manifest=manifest, rows=rows, sha256=hashlib.sha256(data).hexdigest())


def _row(line: bytes, branch: str, hq_keys: KeyPair | None) -> WireRow:
    """A line of changes.jsonl: a row, or a sealed row opened with HQ's keys (then the same row, byte for byte,
    as a push carries: the same row hash)."""
    if not line.startswith(b'{"sealed":'):  # canonical: "sealed" sorts before "seq"
        return WireRow.from_line(line)
    envelope = protocol.parse_json(line)
    if hq_keys is None or not isinstance(envelope, dict) or envelope.keys() != {"seq", "sealed"}:
        raise ValueError("a sealed row HQ cannot open here")
    try:
        row = WireRow.from_line(unseal(hq_keys, str(envelope["sealed"]), _context(branch, int(envelope["seq"]))))
    except SealError:
        raise ValueError("a sealed row that does not open") from None
    if row.seq != envelope["seq"]:
        raise ValueError("a sealed row out of its place")
    return row


@dataclass(frozen=True)
class Ack:
    branch: str
    held_through: int
    bundle_sha256: str
    hq_time: str


def write_ack(folder: Path, keys: KeyPair, ack: Ack) -> Path:
    body = protocol.canonical({"format": FORMAT, "branch": ack.branch, "held_through": ack.held_through,
                               "bundle_sha256": ack.bundle_sha256, "hq_time": ack.hq_time})
    data = protocol.canonical({"ack": json.loads(body), "signature": keys.sign(body)})
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"BD-{ack.branch}-ack-{ack.held_through}{ACK_SUFFIX}"
    _write_atomically(path, data)
    return path


def read_ack(path: Path, hq_public_key: str) -> Ack:
    try:
        outer = json.loads(path.read_bytes())
        inner, signature = outer["ack"], outer["signature"]
        body = protocol.canonical(inner)
        protocol.verify(hq_public_key, body, signature)
        if inner["format"] != FORMAT:
            raise BundleError("newer_format", format=inner["format"])
        return Ack(branch=str(inner["branch"]), held_through=int(inner["held_through"]),
                   bundle_sha256=str(inner["bundle_sha256"]), hq_time=str(inner["hq_time"]))
    except OSError as failed:
        raise BundleError("unreadable", detail=failed.strerror or str(failed)) from None
    except ProtocolError:
        raise BundleError("bad_signature") from None
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError):
        raise BundleError("damaged") from None


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    with open(partial, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
