"""The county office's minimal web page: sign-in, the branches with their sync, a branch's day of queue.

Chinese first, English second, like the branch app. Sessions are signed cookies (itsdangerous
through Starlette's SessionMiddleware) whose key is derived from HQ's own key, so every worker
and process accepts the same sessions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from branchdesk.hq import channel_links, figures, registry, users
from branchdesk.hq.database import HQDatabase
from branchdesk.sync.protocol import KeyPair

TEMPLATES = Path(__file__).resolve().parent / "templates"
COUNTY_ZONE = ZoneInfo("Asia/Shanghai")
SESSION_HOURS = 12
LOGIN_BODY = 4096


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    env.filters["local"] = lambda value: value.astimezone(COUNTY_ZONE).strftime("%Y-%m-%d %H:%M")
    env.filters["minutes"] = _minutes
    return env


def _minutes(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes:+d} 分钟 min" if minutes else "0 分钟 min"  # never "-0"


def install(app: FastAPI, db: HQDatabase, keys: KeyPair, now: Callable[[], dt.datetime]) -> None:
    secret = hashlib.sha256(b"branchdesk-hq session\0" + keys.secret().encode()).hexdigest()
    app.add_middleware(SessionMiddleware, secret_key=secret, max_age=SESSION_HOURS * 3600, same_site="strict",
                       session_cookie="branchdesk_hq")
    env = _environment()

    def page(name: str, request: Request, status: int = 200, **values: object) -> HTMLResponse:
        html = env.get_template(name).render(user=request.session.get("user"), **values)
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    def signed_in(request: Request) -> str | None:
        """The signed-in user, asked of the database each time: a disabled account's session ends at once."""
        user = request.session.get("user")
        if not isinstance(user, str) or not users.active(db, user):
            request.session.clear()
            return None
        return user

    @app.get("/login")
    def login_form(request: Request) -> Response:
        return page("login.html", request, username="", error=False)

    @app.post("/login")
    async def login(request: Request) -> Response:
        body = await request.body()
        if len(body) > LOGIN_BODY:
            return page("login.html", request, status=413, username="", error=True)
        form = parse_qs(body.decode("utf-8", "replace"))
        username = (form.get("username") or [""])[0]
        # Argon2 takes a moment on purpose: off the event loop, so branches' syncs are not kept waiting.
        user = await run_in_threadpool(users.check, db, username, (form.get("password") or [""])[0])
        if user is None:
            return page("login.html", request, status=401, username=username, error=True)
        request.session.clear()
        request.session["user"] = user.username
        return RedirectResponse("/", status_code=303)

    @app.post("/logout")
    def logout(request: Request) -> Response:
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @app.get("/")
    def branches(request: Request) -> Response:
        if signed_in(request) is None:
            return RedirectResponse("/login", status_code=303)
        return page("branches.html", request, branches=registry.branches(db))

    @app.get("/c/{code}")
    def channel_link(code: str) -> Response:
        """A poster's short link: open to anyone (the customer's phone), no session, nothing but the activity."""
        found = channel_links.landing(db, code, now().astimezone(COUNTY_ZONE).date())
        html = env.get_template("channel.html").render(landing=found)
        return HTMLResponse(html, status_code=200 if found else 404, headers={"Cache-Control": "no-store"})

    @app.get("/branch/{code}")
    def branch_day(request: Request, code: str, day: str | None = None) -> Response:
        if signed_in(request) is None:
            return RedirectResponse("/login", status_code=303)
        try:
            chosen = dt.date.fromisoformat(day) if day else now().astimezone(COUNTY_ZONE).date()
        except ValueError:
            chosen = now().astimezone(COUNTY_ZONE).date()
        found = figures.day_figures(db, code, chosen)
        if found is None:
            return page("branches.html", request, status=404, branches=registry.branches(db))
        return page("day.html", request, figures=found)
