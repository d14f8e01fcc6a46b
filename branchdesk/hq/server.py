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

MAX_BODY = 8 << 20
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

    def reply(status: int, body: dict[str, Any], request: int | None) -> Response:
        data = protocol.canonical(body)
        signature = keys.sign(protocol.response_signing_bytes(request, status, data))
        return Response(data, status_code=status, media_type="application/json",
                        headers={"BD-Signature": signature, "BD-HQ-Key": keys.key_id()})

    def refuse(refused: ProtocolError, request: Request, number: int | None) -> Response:
        if refused.code in LOGGED:
            log.warning("refused %s %s from %s: %s", request.method, request.url.path,
                        request.client.host if request.client else "?", refused)
            auth.log_refusal(db, refused, request.headers, request.client.host if request.client else None,
                             request.url.path, now())
        return reply(refused.status, refused.body(), number)

    async def body_of(request: Request) -> bytes:
        body = await request.body()
        if len(body) > MAX_BODY:
            raise ProtocolError("too_large", "the body is too large", limit=MAX_BODY)
        return body

    def path_of(request: Request) -> str:
        query = request.url.query
        return request.url.path + (f"?{query}" if query else "")

    @app.get("/v1/health")
    def health() -> Response:
        return reply(200, {"protocol": [protocol.VERSION], "server_time": protocol.wire_time(now()),
                           "hq_key_id": keys.key_id()}, None)

    @app.post("/v1/enrol")
    async def enrol(request: Request) -> Response:
        try:
            body = _json_object(await body_of(request))
            enrolled = registry.enrol(db, _text(body, "branch"), _text(body, "code"), _text(body, "public_key"),
                                      now())
        except ProtocolError as refused:
            return refuse(refused, request, None)
        return reply(200, {"credential": enrolled.credential, "branch": enrolled.branch,
                           "branch_name": enrolled.branch_name, "hq_public_key": keys.public(),
                           "hq_key_id": keys.key_id(), "server_time": protocol.wire_time(now())}, None)

    @app.post("/v1/push")
    async def push(request: Request) -> Response:
        number = auth.request_number(request.headers)
        try:
            raw = await body_of(request)
            caller = await run_in_threadpool(auth.verify, db, "POST", path_of(request), request.headers, raw)
        except ProtocolError as refused:
            return refuse(refused, request, number)
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
                with contextlib.suppress(ProtocolError):
                    await run_in_threadpool(_spend_alone, db, caller)
            return refuse(refused, request, number)
        except OperationalError as busy:  # SQLite's lock wait ran out: the branch tries again shortly
            log.warning("push from %s deferred: %s", request.headers.get("bd-branch"), busy)
            return reply(503, ProtocolError("busy", "HQ is busy", retry_after=2).body(), number)
        return reply(200, {"held_through": applied.held_through, "applied": applied.applied,
                           "server_time": protocol.wire_time(now())}, number)

    @app.get("/v1/pull")
    async def pull(request: Request) -> Response:
        number = auth.request_number(request.headers)
        try:
            caller = auth.authenticate(db, "GET", path_of(request), request.headers, await body_of(request))
            after = _query_int(request, "after", 0)
            limit = min(max(_query_int(request, "limit", PULL_PAGE), 1), PULL_PAGE)
        except ProtocolError as refused:
            return refuse(refused, request, number)
        with db.transaction() as s:
            found = s.scalars(select(Outgoing).where(
                Outgoing.id > after, or_(Outgoing.branch_id.is_(None), Outgoing.branch_id == caller.branch_id))
                .order_by(Outgoing.id).limit(limit + 1)).all()
        items = [{"cursor": o.id, "entity": o.entity, "entity_id": o.entity_id, "op": o.op,
                  "payload": json.loads(o.payload)} for o in found[:limit]]
        return reply(200, {"items": items, "cursor": items[-1]["cursor"] if items else after,
                           "more": len(found) > limit, "server_time": protocol.wire_time(now())}, number)

    @app.get("/v1/state")
    async def state(request: Request) -> Response:
        number = auth.request_number(request.headers)
        try:
            caller = auth.authenticate(db, "GET", path_of(request), request.headers, await body_of(request))
        except ProtocolError as refused:
            return refuse(refused, request, number)
        summary = next(b for b in registry.branches(db) if b.code == caller.branch)
        return reply(200, {"held_through": summary.held_through, "last_request": caller.request,
                           "server_time": protocol.wire_time(now())}, number)

    pages.install(app, db, keys, now)
    app.state.keys = keys
    return app


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
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ProtocolError("bad_request", f"{name} must be a whole number")
    return value


def _query_int(request: Request, name: str, default: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        raise ProtocolError("bad_request", f"{name} must be a whole number") from None

