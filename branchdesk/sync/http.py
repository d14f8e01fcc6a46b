"""The branch's side of protocol v1 over HTTP: signed requests out, signed replies checked.

A reply whose signature does not verify is treated as lost (`ReplyLost`), never believed:
what HQ holds is only ever learnt from HQ's own signature.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from branchdesk.sync import protocol
from branchdesk.sync.protocol import Identity, KeyPair, ProtocolError, ReplyLost, WireRow

__all__ = ["Enrolment", "HQClient", "Health", "Identity", "ReplyLost"]

TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@dataclass(frozen=True)
class Health:
    server_time: dt.datetime
    hq_key_id: str
    offset_s: float  # HQ's clock minus ours, estimated at the middle of the round trip


@dataclass(frozen=True)
class Enrolment:
    credential: str
    branch: str
    branch_name: str
    hq_public_key: str
    hq_key_id: str


class HQClient:
    def __init__(self, url: str, client: httpx.Client | None = None,
                 wall_clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)) -> None:
        self.url = url.rstrip("/")
        # HTTPS against the system's certificate authorities, or a county's own one named by SSL_CERT_FILE
        # (httpx reads it). Privacy only: every reply is checked against HQ's key whatever the transport.
        self.http = client or httpx.Client(timeout=TIMEOUT, trust_env=True)
        self.wall_clock = wall_clock

    def close(self) -> None:
        self.http.close()

    # --- unsigned requests, signed replies ---

    def health(self, hq_public_key: str | None = None) -> Health:
        started = time.monotonic()
        sent_wall = self.wall_clock()
        response = self._send("GET", "/v1/health", b"", {})
        body = self._checked(response, None, hq_public_key)
        elapsed = time.monotonic() - started
        server_time = protocol.parse_wire_time(body["server_time"])
        middle = sent_wall + dt.timedelta(seconds=elapsed / 2)
        return Health(server_time=server_time, hq_key_id=body["hq_key_id"],
                      offset_s=(server_time - middle).total_seconds())

    def enrol(self, branch: str, code: str, keys: KeyPair, expected_key_id: str | None) -> Enrolment:
        """Exchange a one-time code for a credential; with `expected_key_id` (from the QR code) a reply
        signed by any other HQ is refused."""
        payload = protocol.canonical({"branch": branch, "code": code, "public_key": keys.public(),
                                      "app_version": _app_version(), "schema_rev": ""})
        response = self._send("POST", "/v1/enrol", payload, {})
        hq_key = _json(response).get("hq_public_key") if response.status_code == 200 else None
        if response.status_code == 200:
            if not isinstance(hq_key, str) or (expected_key_id and protocol.key_id(hq_key) != expected_key_id):
                raise ReplyLost("the reply was not signed by the HQ named in the enrolment code")
        body = self._checked(response, protocol.sha256_hex(payload), hq_key if isinstance(hq_key, str) else None)
        # The key id to show is the one of the key kept, computed here, never the one the reply claims: a man
        # in the middle could send his own key and claim the county's id.
        return Enrolment(credential=body["credential"], branch=body["branch"], branch_name=body["branch_name"],
                         hq_public_key=body["hq_public_key"], hq_key_id=protocol.key_id(body["hq_public_key"]))

    # --- signed requests ---

    def push(self, me: Identity, request: int, rows: list[WireRow], log_end: int) -> dict[str, Any]:
        body = protocol.canonical({"rows": [row.to_json() for row in rows], "first_seq": rows[0].seq,
                                   "last_seq": rows[-1].seq, "log_end": log_end})
        return self._signed(me, request, "POST", "/v1/push", body)

    def pull(self, me: Identity, request: int, after: int) -> dict[str, Any]:
        return self._signed(me, request, "GET", f"/v1/pull?after={after}", b"")

    def state(self, me: Identity, request: int) -> dict[str, Any]:
        return self._signed(me, request, "GET", "/v1/state", b"")

    def _signed(self, me: Identity, request: int, method: str, path: str, body: bytes) -> dict[str, Any]:
        sent_at = protocol.wire_time(self.wall_clock())
        signature = me.keys.sign(protocol.request_signing_bytes(method, path, me.branch, me.credential, request,
                                                                sent_at, body))
        headers = {"BD-Protocol": str(protocol.VERSION), "BD-Branch": me.branch, "BD-Credential": me.credential,
                   "BD-Request": str(request), "BD-Sent-At": sent_at, "BD-Signature": signature}
        # The reply must be bound to this very request (its signature): no other reply passes.
        return self._checked(self._send(method, path, body, headers), signature, me.hq_public_key)

    def _send(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        if body:
            headers = {**headers, "Content-Type": "application/json"}
        try:
            return self.http.request(method, self.url + path, content=body, headers=headers)
        except httpx.HTTPError as failed:
            raise ReplyLost(str(failed) or type(failed).__name__) from failed

    @staticmethod
    def _checked(response: httpx.Response, binding: str | None, hq_public_key: str | None) -> dict[str, Any]:
        """The reply's body if HQ signed it; a signed refusal is raised as the ProtocolError it names."""
        signature = response.headers.get("BD-Signature")
        if hq_public_key is not None:
            if not signature:
                raise ReplyLost(f"unsigned reply (HTTP {response.status_code})")
            try:
                protocol.verify(hq_public_key, protocol.response_signing_bytes(
                    binding, response.status_code, response.content), signature)
            except ProtocolError:
                raise ReplyLost("the reply's signature does not verify") from None
        body = _json(response)
        error = body.get("error")
        if response.status_code != 200:
            if isinstance(error, dict) and error.get("code") in protocol.ERRORS:
                details = {k: v for k, v in error.items() if k not in ("code", "message")}
                raise ProtocolError(error["code"], str(error.get("message", "")), **details)
            raise ReplyLost(f"HTTP {response.status_code}")
        return body


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        value = json.loads(response.content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ReplyLost(f"the reply is not JSON (HTTP {response.status_code})") from None
    if not isinstance(value, dict):
        raise ReplyLost("the reply is not a JSON object")
    return value


def _app_version() -> str:
    from branchdesk import __version__

    return __version__
