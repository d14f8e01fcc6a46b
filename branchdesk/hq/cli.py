"""`branchdesk-hq`: the county/HQ server and its administration from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from branchdesk.hq import checklists, registry, users, visits
from branchdesk.hq.bundles import import_bundle
from branchdesk.hq.database import HQDatabase, database_url
from branchdesk.hq.registry import HQError
from branchdesk.hq.text import say
from branchdesk.sync.bundle import BundleError
from branchdesk.sync.protocol import EnrolmentTicket

APP_NAME = "BranchDesk-HQ"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="branchdesk-hq", description="BranchDesk county/HQ server")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, help="folder of HQ's SQLite database (the default)")
    where.add_argument("--db", help="database URL, e.g. postgresql://user@host/branchdesk_hq")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve branches (and the county's page)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8800)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--certfile", type=Path, help="HTTPS: the server's certificate (PEM), for privacy; "
                                                     "integrity never depends on it (every message is signed)")
    serve.add_argument("--keyfile", type=Path, help="HTTPS: the certificate's private key (PEM)")

    branch = commands.add_parser("branch", help="branches and their enrolment").add_subparsers(
        dest="action", required=True)
    add = branch.add_parser("add", help="add a branch and print its one-time enrolment code")
    add.add_argument("code")
    add.add_argument("name")
    again = branch.add_parser("code", help="a new enrolment code for a branch")
    again.add_argument("code")
    for sub in (add, again):
        sub.add_argument("--url", default=os.environ.get("BRANCHDESK_HQ_URL", "http://127.0.0.1:8800"),
                         help="the address branches reach this server at (goes into the QR code)")
        sub.add_argument("--qr", type=Path, help="where to write the QR code (PNG)")
    listing = branch.add_parser("list", help="branches with last contact, what HQ holds and clock offsets")
    listing.add_argument("--json", action="store_true")
    revoke = branch.add_parser("revoke", help="revoke a branch's credentials")
    revoke.add_argument("code")
    profile = branch.add_parser("set", help="the branch's name and grade, as the county fixes them")
    profile.add_argument("code")
    profile.add_argument("--name")
    profile.add_argument("--grade", type=int, choices=(1, 2, 3, 4))

    announce = commands.add_parser("announce", help="a county announcement for the branches' home pages")
    announce.add_argument("title")
    announce.add_argument("body", nargs="?", default="")
    announce.add_argument("--branch", help="only this branch (default: every branch)")

    checklist = commands.add_parser("checklist", help="send a checklist (JSON file) to the branches as a new version")
    checklist.add_argument("file", type=Path)
    checklist.add_argument("--branch", help="only this branch (default: every branch)")

    visit = commands.add_parser("visit", help="mystery-shopper visits: send one the county recorded, release one").add_subparsers(
        dest="action", required=True)
    visit_send = visit.add_parser("send", help="send a visit recorded by the county (a JSON file) to a branch")
    visit_send.add_argument("code")
    visit_send.add_argument("file", type=Path)
    visit_release = visit.add_parser("release", help="release a visit to the branch's staff")
    visit_release.add_argument("code")
    visit_release.add_argument("id")

    importing = commands.add_parser("import", help="verify and apply a branch's weekly bundle; write its acknowledgement")
    importing.add_argument("file", type=Path)
    importing.add_argument("--out", type=Path, help="folder for the acknowledgement file (default: beside the bundle)")

    people = commands.add_parser("users", help="county staff who sign in to HQ's page").add_subparsers(
        dest="action", required=True)
    user_add = people.add_parser("add")
    user_add.add_argument("username")
    user_add.add_argument("full_name")
    user_add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    people.add_parser("list")
    user_disable = people.add_parser("disable")
    user_disable.add_argument("username")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = args.data_dir or (None if args.db else default_data_dir())
    url = database_url(data_dir, args.db)
    try:
        if args.command == "serve":
            return _serve(args, url)
        db = HQDatabase(url)
        try:
            db.upgrade()
            return _administer(args, db, data_dir)
        finally:
            db.close()
    except HQError as error:
        print(say(args.lang, error.key, **error.params), file=sys.stderr)
        return 1
    except BundleError as error:
        params = {"branch": "?", "detail": "", "format": "?", "first": "?", "last": "?", "seq": "?", "limit": "?",
                  **error.details}
        print(say(args.lang, f"bundle_{error.reason}", **params), file=sys.stderr)
        return 1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _administer(args: argparse.Namespace, db: HQDatabase, data_dir: Path | None) -> int:
    lang = args.lang
    if args.command == "branch":
        if args.action in ("add", "code"):
            made = (registry.add_branch(db, args.code, args.name, _now()) if args.action == "add"
                    else registry.new_code(db, args.code, _now()))
            keys = registry.hq_keys(db, _now())
            ticket = EnrolmentTicket(branch=made.branch, code=made.code, hq_key_id=keys.key_id(), url=args.url)
            qr_path = args.qr or (data_dir or Path.cwd()) / "enrolment" / f"{made.branch}.png"
            _write_qr(ticket.qr_text(), qr_path)
            print(say(lang, "new_code", branch=made.branch, code=made.code, qr=qr_path,
                      expires=made.expires_at.strftime("%Y-%m-%d %H:%M")))
        elif args.action == "list":
            _list_branches(db, lang, args.json)
        elif args.action == "revoke":
            count = registry.revoke(db, args.code, _now())
            print(say(lang, "revoked", code=args.code.upper(), count=count))
        elif args.action == "set":
            registry.set_profile(db, args.code, _now(), name=args.name, grade=args.grade)
            print(say(lang, "profile_set", code=args.code.upper()))
    elif args.command == "import":
        done = import_bundle(db, args.file, args.out, _now())
        print(say(lang, "imported", branch=done.branch, first=done.first_seq, last=done.last_seq,
                  applied=done.applied, held=done.held_through, ack=done.ack))
    elif args.command == "visit":
        if args.action == "send":
            visit_id = visits.send_visit(db, args.code, visits.read_visit_file(args.file), _now())
            print(say(lang, "visit_sent", code=args.code.upper(), id=visit_id))
        else:
            visits.release_visit(db, args.code, args.id, _now())
            print(say(lang, "visit_released", code=args.code.upper(), id=args.id.strip()))
    elif args.command == "announce":
        registry.announce(db, args.title, args.body, args.branch, _now())
        print(say(lang, "announced", scope=args.branch.upper() if args.branch else say(lang, "all_branches")))
    elif args.command == "checklist":
        sent = checklists.read_file(args.file)
        checklists.send(db, sent, args.branch, _now())
        print(say(lang, "checklist_sent", title=sent["title"], count=len(sent["items"]),
                  scope=args.branch.upper() if args.branch else say(lang, "all_branches")))
    elif args.command == "users":
        if args.action == "add":
            password = _password(lang, args.password_stdin)
            users.add(db, args.username, args.full_name, password, _now())
            print(say(lang, "user_added", username=args.username.lower()))
        elif args.action == "list":
            found = users.listed(db)
            print(say(lang, "users_header") if found else say(lang, "no_users"))
            for user in found:
                print(f"{user.username}\t{user.full_name}\t{say(lang, 'disabled' if user.disabled else 'active')}")
        elif args.action == "disable":
            users.disable(db, args.username)
            print(say(lang, "user_disabled", username=args.username.lower()))
    return 0


def _list_branches(db: HQDatabase, lang: str, as_json: bool) -> None:
    found = registry.branches(db)
    if as_json:
        print(json.dumps([{
            "code": b.code, "name": b.name, "enrolled": b.enrolled,
            "last_contact": b.last_contact.isoformat() if b.last_contact else None,
            "held_through": b.held_through, "pending": b.pending, "clock_offset_s": b.clock_offset_s,
        } for b in found], ensure_ascii=False, indent=2))
        return
    if not found:
        print(say(lang, "no_branches"))
        return
    print(say(lang, "list_header"))
    for b in found:
        contact = b.last_contact.strftime("%Y-%m-%d %H:%M") if b.last_contact else say(lang, "never")
        offset = "" if b.clock_offset_s is None else f"{b.clock_offset_s:+.0f} s"
        print(f"{b.code}\t{b.name}\t{say(lang, 'yes' if b.enrolled else 'no')}\t{contact}\t{b.held_through}"
              f"\t{b.pending}\t{offset}")


def _password(lang: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(say(lang, "password"))
    if getpass.getpass(say(lang, "password_again")) != first:
        raise HQError("passwords_differ")
    return first


def _write_qr(text: str, path: Path) -> None:
    import qrcode

    path.parent.mkdir(parents=True, exist_ok=True)
    image = qrcode.make(text, error_correction=qrcode.constants.ERROR_CORRECT_M)
    partial = path.with_suffix(".part")
    with open(partial, "wb") as out:
        image.save(out)
    partial.replace(path)


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    db = HQDatabase(url)
    try:
        db.upgrade()  # once, before any worker starts
        registry.hq_keys(db, _now())
    finally:
        db.close()
    scheme = "https" if args.certfile else "http"
    print(say(args.lang, "serving", url=f"{scheme}://{args.host}:{args.port}", db=_shown(url)), flush=True)
    os.environ["BRANCHDESK_HQ_DB"] = url
    uvicorn.run("branchdesk.hq.server:app_from_environment", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="info",
                ssl_certfile=str(args.certfile) if args.certfile else None,
                ssl_keyfile=str(args.keyfile) if args.keyfile else None)
    return 0


def _shown(url: str) -> str:
    """The database URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


if __name__ == "__main__":
    raise SystemExit(main())
