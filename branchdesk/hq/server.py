"""HQ's HTTP interface, protocol v1 (docs/sync-protocol.md §5), on FastAPI.

Bodies are read as bytes and parsed here, not by FastAPI's models: the signature covers the
exact bytes, and every reply, errors included, is signed with HQ's key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from sqlalchemy import or_, select
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool

from branchdesk.hq import auth, ingest, pages, registry
from branchdesk.hq.database import HQDatabase
from branchdesk.hq.models import Outgoing
from branchdesk.sync import protocol
from branchdesk.sync.protocol import ProtocolError, WireRow

log = logging.getLogger(__name__)

MAX_BODY = 64 << 20  # a push; a single transaction bigger than a batch goes whole (§5.3)
MAX_ENROL_BODY = 64 << 10  # enrolment, pull and state carry next to nothing
PULL_PAGE = 500
# Refusals that say someone knocked who should not have: each is logged at HQ.
LOGGED = {"unknown_credential", "bad_signature", "revoked", "wrong_branch", "replayed", "protocol_unsupported",
          "enrolment_code_used", "enrolment_code_expired"}
Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def create_app(db: HQDatabase, now: Clock = utc_now) -> FastAPI:
    app = FastAPI(title="BranchDesk HQ", docs_url=None, redoc_url=None, openapi_url=None)
    keys = registry.hq_keys(db, now())

    def reply(status: int, body: dict[str, Any], binding: str | None) -> Response:
        """A signed reply, bound to the request it answers (its signature, or for enrolment its body's
        hash), so that no reply can be passed off as the answer to another request or another branch's."""
        data = protocol.canonical(body)
        signature = keys.sign(protocol.response_signing_bytes(binding, status, data))
        return Response(data, status_code=status, media_type="application/json",
                        headers={"BD-Signature": signature, "BD-HQ-Key": keys.key_id()})

    async def refuse(refused: ProtocolError, request: Request, binding: str | None) -> Response:
        if refused.code in LOGGED:
            address = request.client.host if request.client else None
            log.warning("refused %s %s from %s: %s", request.method, request.url.path, address or "?", refused)
            with contextlib.suppress(OperationalError):  # a busy database must not turn a refusal into a 500
                await run_in_threadpool(auth.log_refusal, db, refused, request.headers, address, request.url.path,
                                        now())
        return reply(refused.status, refused.body(), binding)

    def busy(binding: str | None) -> Response:
        return reply(503, ProtocolError("busy", "HQ is busy", retry_after=2).body(), binding)

    def path_of(request: Request) -> str:
        query = request.url.query
        return request.url.path + (f"?{query}" if query else "")

    def signed_binding(request: Request) -> str | None:
        return request.headers.get("bd-signature") or None

    @app.get("/v1/health")
    def health() -> Response:
        return reply(200, {"protocol": [protocol.VERSION], "server_time": protocol.wire_time(now()),
                           "hq_key_id": keys.key_id()}, None)

    @app.post("/v1/enrol")
    async def enrol(request: Request) -> Response:
        binding: str | None = None
        try:
            raw = await body_of(request, MAX_ENROL_BODY)
            binding = protocol.sha256_hex(raw)
            body = _json_object(raw)
            enrolled = await run_in_threadpool(registry.enrol, db, _text(body, "branch"), _text(body, "code"),
                                               _text(body, "public_key"), now())
        except ProtocolError as refused:
            return await refuse(refused, request, binding)
        except OperationalError:
            return busy(binding)
        return reply(200, {"credential": enrolled.credential, "branch": enrolled.branch,
                           "branch_name": enrolled.branch_name, "hq_public_key": keys.public(),
                           "hq_key_id": keys.key_id(), "server_time": protocol.wire_time(now())}, binding)

    @app.post("/v1/push")
    async def push(request: Request) -> Response:
        binding = signed_binding(request)
        try:
            raw = await body_of(request, MAX_BODY)
            caller = await run_in_threadpool(auth.verify, db, "POST", path_of(request), request.headers, raw)
        except ProtocolError as refused:
            return await refuse(refused, request, binding)
        except OperationalError:
            return busy(binding)
        try:
            body = _json_object(raw)
            rows = body.get("rows")
            if not isinstance(rows, list):
                raise ProtocolError("bad_request", "rows must be a list")
            batch = [WireRow.from_json(row) for row in rows]
            received = now()
            # In a worker thread: the event loop keeps serving other branches while this one's batch commits.
            # The request number is spent in the batch's own transaction: one commit a batch.
            applied = await run_in_threadpool(
                ingest.apply_batch, db, caller.branch_id, batch, _int(body, "first_seq"), _int(body, "last_seq"),
                _int(body, "log_end"), "push", received, (caller.sent_at - received).total_seconds(),
                lambda s: auth.spend(s, caller))
        except ProtocolError as refused:
            if refused.code not in ("replayed", "revoked"):  # refused after all: its number is spent all the same
                with contextlib.suppress(ProtocolError, OperationalError):
                    await run_in_threadpool(_spend_alone, db, caller)
            return await refuse(refused, request, binding)
        except OperationalError as waited:  # SQLite's lock wait ran out: the branch tries again shortly
            log.warning("push from %s deferred: %s", request.headers.get("bd-branch"), waited)
            return busy(binding)
        return reply(200, {"held_through": applied.held_through, "applied": applied.applied,
                           "server_time": protocol.wire_time(now())}, binding)

    @app.get("/v1/pull")
    async def pull(request: Request) -> Response:
        binding = signed_binding(request)
        try:
            raw = await body_of(request, MAX_ENROL_BODY)
            caller = await run_in_threadpool(auth.authenticate, db, "GET", path_of(request), request.headers, raw)
            after = _query_int(request, "after", 0)
            limit = min(max(_query_int(request, "limit", PULL_PAGE), 1), PULL_PAGE)
            found = await run_in_threadpool(_outgoing, db, caller.branch_id, after, limit)
        except ProtocolError as refused:
            return await refuse(refused, request, binding)
        except OperationalError:
            return busy(binding)
        items = [{"cursor": o.id, "entity": o.entity, "entity_id": o.entity_id, "op": o.op,
                  "payload": json.loads(o.payload)} for o in found[:limit]]
        return reply(200, {"items": items, "cursor": items[-1]["cursor"] if items else after,
                           "more": len(found) > limit, "server_time": protocol.wire_time(now())}, binding)

    @app.get("/v1/state")
    async def state(request: Request) -> Response:
        binding = signed_binding(request)
        try:
            raw = await body_of(request, MAX_ENROL_BODY)
            caller = await run_in_threadpool(auth.authenticate, db, "GET", path_of(request), request.headers, raw)
            summary = await run_in_threadpool(registry.branches, db)
        except ProtocolError as refused:
            return await refuse(refused, request, binding)
        except OperationalError:
            return busy(binding)
        held = next(b.held_through for b in summary if b.code == caller.branch)
        return reply(200, {"held_through": held, "last_request": caller.request,
                           "server_time": protocol.wire_time(now())}, binding)

    pages.install(app, db, keys, now)
    app.state.keys = keys
    return app


async def body_of(request: Request, limit: int) -> bytes:
    """The request's body, refused as soon as it passes `limit` (never read whole first)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise ProtocolError("too_large", "the body is too large", limit=limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ProtocolError("too_large", "the body is too large", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _outgoing(db: HQDatabase, branch_id: int, after: int, limit: int) -> list[Outgoing]:
    with db.transaction() as s:
        return list(s.scalars(select(Outgoing).where(
            Outgoing.id > after, or_(Outgoing.branch_id.is_(None), Outgoing.branch_id == branch_id))
            .order_by(Outgoing.id).limit(limit + 1)))


def _spend_alone(db: HQDatabase, caller: auth.Caller) -> None:
    with db.transaction() as s:
        auth.spend(s, caller)


def app_from_environment() -> FastAPI:
    """For `uvicorn --factory` in each worker process: the database comes from the environment."""
    return create_app(HQDatabase(os.environ["BRANCHDESK_HQ_DB"]))


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        value = protocol.parse_json(raw)
    except ValueError:  # orjson's JSONDecodeError, bad UTF-8 included
        raise ProtocolError("bad_request", "the body is not JSON") from None
    if not isinstance(value, dict):
        raise ProtocolError("bad_request", "the body must be a JSON object")
    return value


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ProtocolError("bad_request", f"{name} is missing")
    return value


def _int(body: dict[str, Any], name: str) -> int:
    value = body.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= protocol.MAX_NUMBER:
        raise ProtocolError("bad_request", f"{name} must be a whole number")
    return value


def _query_int(request: Request, name: str, default: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) > protocol.MAX_NUMBER:
        raise ProtocolError("bad_request", f"{name} must be a whole number")
    return int(text)

