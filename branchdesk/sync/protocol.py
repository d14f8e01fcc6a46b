"""Sync protocol v1 (docs/sync-protocol.md): wire rows, hashes, signatures, batches, enrolment codes.

Shared by the branch app and the HQ server, so it depends on nothing of either: no Qt, no
store, no services. Every check here is a pure function of bytes; what to do about a
failed one is the caller's business.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import hashlib
import re
import secrets
import unicodedata
from dataclasses import InitVar, dataclass, field
from itertools import pairwise
from typing import Any, Iterable, Iterator, Mapping

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

VERSION = 1
ORIGINS = ("local", "hq")
OPS = ("insert", "update", "delete")
MAX_BATCH_ROWS = 1000
MAX_BATCH_BYTES = 1 << 20
MAX_NUMBER = 2**63 - 1  # sequence and request numbers fit a signed 64-bit column

# code -> HTTP status (docs/sync-protocol.md §9)
ERRORS: dict[str, int] = {
    "bad_request": 400,
    "unknown_credential": 401,
    "bad_signature": 401,
    "revoked": 403,
    "wrong_branch": 403,
    "replayed": 409,
    "gap": 409,
    "split_transaction": 409,
    "conflict": 409,
    "enrolment_code_used": 410,
    "enrolment_code_expired": 410,
    "too_large": 413,
    "protocol_unsupported": 426,
    "busy": 503,
}


class ReplyLost(Exception):
    """No reply, or none that HQ signed: the request may or may not have been applied."""


class ProtocolError(Exception):
    """A message that breaks the protocol; `code` is one of ERRORS."""

    def __init__(self, code: str, message: str, **details: Any) -> None:
        if code not in ERRORS:
            raise ValueError(code)
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.details = details

    @property
    def status(self) -> int:
        return ERRORS[self.code]

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, **self.details}}


def canonical(value: Any) -> bytes:
    """The one byte form that is hashed and signed (docs/sync-protocol.md §3): orjson's, keys sorted — the
    compact UTF-8 form json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False) writes, except
    that floats are in their shortest form ("1e-8"). Fixed for ever: HQ keeps the hashes it made with it."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONEncodeError, TypeError) as failed:  # a lone surrogate, an integer beyond 64 bits
        raise ValueError(f"not canonical JSON: {failed}") from None


def parse_json(data: bytes | str) -> Any:
    """JSON text read strictly (no NaN, no Infinity), as canonical() can write it back."""
    return orjson.loads(data)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- times ---------------------------------------------------------------------------------

_WIRE_TIME = re.compile(r"\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-6]\d\.\d{6}Z")
_STORED_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")


def wire_time(value: dt.datetime | str) -> str:
    """UTC as `YYYY-MM-DDTHH:MM:SS.ffffffZ`, from an aware datetime or a time as the store keeps it."""
    if isinstance(value, str):
        if not _STORED_TIME.match(value):
            raise ValueError(f"not a stored UTC time: {value!r}")
        if len(value) == 26:  # "YYYY-MM-DD HH:MM:SS.ffffff", as the store writes it: no parsing needed
            return f"{value[:10]}T{value[11:]}Z"
        value = dt.datetime.fromisoformat(value).replace(tzinfo=dt.timezone.utc)
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _as_utc(value: dt.datetime | str) -> dt.datetime | str:
    """The store hands back naive datetimes that are UTC, or the stored text."""
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value


def parse_wire_time(value: str) -> dt.datetime:
    try:
        parsed = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ")
    except (TypeError, ValueError):
        raise ProtocolError("bad_request", f"bad time {value!r}") from None
    return parsed.replace(tzinfo=dt.timezone.utc)


# --- change rows on the wire ---------------------------------------------------------------

@dataclass(frozen=True)
class WireRow:
    """One change row as it travels (§3). Rows that came from HQ travel as stubs, without payload."""

    seq: int
    txid: str
    origin: str
    schema_rev: str
    payload_format: int
    entity: str
    entity_id: str
    op: str
    payload: dict[str, Any] | None
    changed_at: str

    @classmethod
    def from_log(cls, row: Mapping[str, Any]) -> WireRow:
        """From a `change_log` row as the store reads it (payload a JSON string, times as stored)."""
        origin = row["origin"] or "local"
        return cls(
            seq=int(row["seq"]), txid=row["txid"] or "", origin=origin, schema_rev=row["schema_rev"] or "",
            payload_format=int(row["payload_format"]), entity=row["entity"], entity_id=row["entity_id"],
            op=row["op"], payload=None if origin == "hq" else parse_json(row["payload"]),
            changed_at=wire_time(_as_utc(row["changed_at"])),
        )

    @classmethod
    def from_line(cls, line: bytes) -> WireRow:
        """From a line of a bundle's changes.jsonl, which the branch wrote as the row's canonical JSON: its
        bytes are taken as they are (hashed, and the payload's cut out), not made again. Were a branch ever
        to write a line that is not canonical, its hash would differ from the same row's sent by push, and
        the overlap would be refused as a conflict: loud, never a silent double."""
        row = cls.from_json(parse_json(line), known=line)
        start, end = line.find(b',"payload":'), line.rfind(b',"payload_format":')
        if row.payload is not None and 0 < start < end:  # the payload key sorts between origin and payload_format
            object.__setattr__(row, "payload_bytes", line[start + len(b',"payload":'):end])
        return row

    @classmethod
    def from_json(cls, value: Any, known: bytes | None = None) -> WireRow:
        """From a received object, every field checked: a bad row is a bad request, never a crash."""
        if not isinstance(value, dict) or value.keys() != _FIELDS:
            raise ProtocolError("bad_request", "a change row must have exactly the fields " + ", ".join(WIRE_FIELDS))
        seq, payload = value["seq"], value["payload"]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ProtocolError("bad_request", f"bad seq {seq!r}")
        for name in ("txid", "schema_rev", "entity", "entity_id", "changed_at"):
            if not isinstance(value[name], str):
                raise ProtocolError("bad_request", f"{name} must be a string", seq=seq)
        if value["origin"] not in ORIGINS or value["op"] not in OPS:
            raise ProtocolError("bad_request", "bad origin or op", seq=seq)
        if value["payload_format"] not in (1, 2):
            raise ProtocolError("bad_request", "bad payload_format", seq=seq)
        if value["origin"] == "hq" and payload is not None:
            raise ProtocolError("bad_request", "a row from HQ travels without payload", seq=seq)
        if value["origin"] == "local" and not isinstance(payload, dict):
            raise ProtocolError("bad_request", "a local row needs its payload object", seq=seq)
        if not _WIRE_TIME.fullmatch(value["changed_at"]):
            raise ProtocolError("bad_request", "bad changed_at", seq=seq)
        try:
            return cls(**value, known=known)
        except ValueError:  # see __post_init__
            raise ProtocolError("bad_request", "the payload is not canonical JSON", seq=seq) from None

    # The whole row's canonical JSON, as it is hashed and written into a bundle, made once at construction
    # (HQ hashes thousands of rows a second); a payload canonical JSON cannot carry (an integer beyond 64 bits,
    # a lone surrogate) raises ValueError here. The payload's own, as HQ stores it, when first asked for.
    canonical_bytes: bytes = field(init=False, repr=False, compare=False)
    known: InitVar[bytes | None] = None  # the canonical bytes when they came with the row (from_line)

    def __post_init__(self, known: bytes | None) -> None:
        object.__setattr__(self, "canonical_bytes", known if known is not None else canonical(self.to_json()))

    @functools.cached_property
    def payload_bytes(self) -> bytes | None:
        return None if self.payload is None else canonical(self.payload)

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in WIRE_FIELDS}

    @property
    def payload_text(self) -> str | None:
        return None if self.payload_bytes is None else self.payload_bytes.decode("utf-8")

    @functools.cached_property
    def _digest(self) -> str:
        return sha256_hex(self.canonical_bytes)

    def digest(self) -> str:
        """The row hash HQ keeps for ever, to recognise the row when it comes again."""
        return self._digest

    def size(self) -> int:
        return len(self.canonical_bytes)


WIRE_FIELDS = ("seq", "txid", "origin", "schema_rev", "payload_format", "entity", "entity_id", "op", "payload",
               "changed_at")
_FIELDS = frozenset(WIRE_FIELDS)


def cut_batches(rows: Iterable[WireRow], max_rows: int = MAX_BATCH_ROWS,
                max_bytes: int = MAX_BATCH_BYTES) -> Iterator[list[WireRow]]:
    """Consecutive rows in batches of whole transactions (§5.3).

    A batch closes before a transaction that would take it over either limit; a transaction
    bigger than the limits alone goes whole. Rows without txid (logged before schema 0004)
    count as a transaction each.
    """
    batch: list[WireRow] = []
    batch_bytes = 0
    for transaction in _transactions(rows):
        size = sum(row.size() for row in transaction)
        if batch and (len(batch) + len(transaction) > max_rows or batch_bytes + size > max_bytes):
            yield batch
            batch, batch_bytes = [], 0
        batch.extend(transaction)
        batch_bytes += size
    if batch:
        yield batch


def _transactions(rows: Iterable[WireRow]) -> Iterator[list[WireRow]]:
    current: list[WireRow] = []
    for row in rows:
        if current and (not row.txid or row.txid != current[-1].txid):
            yield current
            current = []
        if current and row.seq != current[-1].seq + 1:
            raise ValueError(f"rows not consecutive at seq {row.seq}")
        current.append(row)
    if current:
        yield current


def check_batch(rows: list[WireRow], first_seq: int, last_seq: int) -> None:
    """A received batch says what it holds: first_seq..last_seq, consecutive, nothing missing."""
    if not rows or rows[0].seq != first_seq or rows[-1].seq != last_seq:
        raise ProtocolError("bad_request", "the batch does not hold first_seq..last_seq")
    for before, after in pairwise(rows):
        if after.seq != before.seq + 1:
            raise ProtocolError("bad_request", f"rows not consecutive at seq {after.seq}", seq=after.seq)


# --- keys and signatures -------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        raise ProtocolError("bad_signature", "not base64") from None


@dataclass(frozen=True)
class KeyPair:
    private: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_secret(cls, text: str) -> KeyPair:
        return cls(Ed25519PrivateKey.from_private_bytes(_unb64(text.strip())))

    def secret(self) -> str:
        """The private key as base64 text, for a file only its owner can read."""
        from cryptography.hazmat.primitives import serialization

        raw = self.private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                         serialization.NoEncryption())
        return _b64(raw)

    def public(self) -> str:
        return public_text(self.private.public_key())

    def key_id(self) -> str:
        return key_id(self.public())

    def sign(self, data: bytes) -> str:
        return _b64(self.private.sign(data))


def public_text(key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return _b64(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def check_public_key(public: object) -> None:
    """A received public key must be one: 32 bytes of Ed25519, in base64."""
    try:
        if not isinstance(public, str):
            raise ValueError
        Ed25519PublicKey.from_public_bytes(_unb64(public))
    except (ProtocolError, ValueError):
        raise ProtocolError("bad_request", "not an Ed25519 public key") from None


def key_id(public: str) -> str:
    """Sixteen hex digits naming a public key, short enough to compare by eye."""
    return sha256_hex(_unb64(public))[:16]


def verify(public: str, data: bytes, signature: str) -> None:
    """Raise ProtocolError("bad_signature") unless `signature` is `public`'s over `data`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(_unb64(public))
        key.verify(_unb64(signature), data)
    except (InvalidSignature, ValueError):
        raise ProtocolError("bad_signature", "the signature does not verify") from None


def request_signing_bytes(method: str, path: str, branch: str, credential: str, request: int,
                          sent_at: str, body: bytes) -> bytes:
    return canonical({"method": method.upper(), "path": path, "branch": branch, "credential": credential,
                      "request": request, "sent_at": sent_at, "body_sha256": sha256_hex(body)})


def response_signing_bytes(binding: str | None, status: int, body: bytes) -> bytes:
    """What HQ signs in a reply: its status and body, bound to the request it answers (`binding`: the
    request's own signature; for enrolment the SHA-256 of its body; nothing for health)."""
    return canonical({"request": binding, "status": status, "body_sha256": sha256_hex(body)})


# --- enrolment codes -----------------------------------------------------------------------

# Digits and capitals without O and I: read aloud, typed, or typed by a scanner with Caps Lock on
# or a Chinese input method active (we upper-case and fold full-width forms), they stay the same.
ENROLMENT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
ENROLMENT_LENGTH = 20
QR_PREFIX = "bdenrol:1:"


def new_enrolment_code() -> str:
    return "".join(secrets.choice(ENROLMENT_ALPHABET) for _ in range(ENROLMENT_LENGTH))


def normalise_enrolment_code(text: str) -> str | None:
    """The code as typed (any case, full-width, with spaces or dashes), or None if it cannot be one."""
    folded = unicodedata.normalize("NFKC", text).upper()
    code = re.sub(r"[\s\-]", "", folded)
    if len(code) != ENROLMENT_LENGTH or any(ch not in ENROLMENT_ALPHABET for ch in code):
        return None
    return code


@dataclass(frozen=True)
class EnrolmentTicket:
    """What the QR code of an enrolment carries: everything the branch needs to enrol."""

    branch: str
    code: str
    hq_key_id: str
    url: str

    def qr_text(self) -> str:
        # The URL goes last: it is the one field that contains ':'.
        return f"{QR_PREFIX}{self.branch}:{self.code}:{self.hq_key_id}:{self.url}"

    @classmethod
    def parse(cls, text: str) -> EnrolmentTicket | None:
        text = unicodedata.normalize("NFKC", text.strip())
        if not text.lower().startswith(QR_PREFIX):
            return None
        parts = text[len(QR_PREFIX):].split(":", 3)
        if len(parts) != 4:
            return None
        branch, code, hq_key, url = parts
        normal = normalise_enrolment_code(code)
        if not re.fullmatch(r"[0-9A-Za-z_\-]{1,20}", branch) or normal is None:
            return None
        address = re.fullmatch(r"(?i)(https?://[^\s/?#]+)(/\S*)?", url)
        if not re.fullmatch(r"[0-9a-fA-F]{16}", hq_key) or address is None:
            return None
        # A scanner with Caps Lock on swaps the case of every letter: scheme and host do not care.
        url = address.group(1).lower() + (address.group(2) or "")
        return cls(branch=branch.upper(), code=normal, hq_key_id=hq_key.lower(), url=url)


@dataclass(frozen=True)
class Identity:
    """What enrolment gave the branch: enough to sign requests and check replies."""

    url: str
    branch: str
    credential: str
    keys: KeyPair
    hq_public_key: str
