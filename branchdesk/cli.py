"""The `branchdesk` command: the GUI by default, and headless subcommands.

Every failure a user can meet ends in one clear line on stderr and a non-zero
exit code, never a traceback; bugs are logged with theirs in the data folder.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from pathlib import Path
from typing import NoReturn

from branchdesk import __version__
from branchdesk.errors import UserError, tr_noop
from branchdesk.paths import DataDir, default_data_dir

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 70
LANGS = ("zh_CN", "en")

log = logging.getLogger("branchdesk.cli")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of a usage block."""

    def error(self, message: str) -> NoReturn:  # noqa: D401 - argparse's signature
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    # SUPPRESS below the top level, so "--data-dir" works before or after the subcommand.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder holding the branch database, backups and logs")
    parser.add_argument("--lang", choices=LANGS, default=default, help="language of the interface")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="branchdesk", description="BranchDesk: the counter of a rural post office.")
    parser.add_argument("--version", action="version", version=f"BranchDesk {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    init = sub.add_parser("init", help="set up the branch and its first administrator without the GUI")
    _common(init, top=False)
    init.add_argument("--code", required=True, help="branch code, e.g. QS-001")
    init.add_argument("--name", required=True, help="branch name")
    init.add_argument("--grade", required=True, type=int, choices=(1, 2, 3, 4))
    init.add_argument("--timezone", default="Asia/Shanghai")
    init.add_argument("--savings", action=argparse.BooleanOptionalAction, default=True,
                      help="the branch offers savings business")
    init.add_argument("--hours", default="08:00-17:30", metavar="HH:MM-HH:MM",
                      help="opening hours, every day of the week (change per day later in Settings)")
    init.add_argument("--admin", required=True, metavar="NAME", help="sign-in name of the first administrator")
    init.add_argument("--admin-full-name", required=True, metavar="FULL_NAME")
    init.add_argument("--secret-kind", choices=("password", "pin"), default="password")

    demo = sub.add_parser("demo", help="open (creating if needed) the demo branch")
    _common(demo, top=False)
    demo.add_argument("--no-gui", action="store_true", help="only create the demo data and list the accounts")

    selftest = sub.add_parser("selftest", help="open the database and build the main window offscreen")
    _common(selftest, top=False)

    queue = sub.add_parser("queue", help="queue reports without the GUI")
    _common(queue, top=False)
    queue_sub = queue.add_subparsers(dest="queue_command", required=True, parser_class=_Parser)
    report = queue_sub.add_parser("report", help="write the daily queue report as an A4 PDF")
    _common(report, top=False)
    report.add_argument("--date", metavar="YYYY-MM-DD", help="the business day (default: today at the branch)")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to save the PDF")

    db = sub.add_parser("db", help="database maintenance")
    _common(db, top=False)
    db_sub = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    for name, text in (("upgrade", "back up, then migrate the database to this version"),
                       ("check", "integrity, change log and audit chain"),
                       ("backup", "write a consistent copy into the backups folder")):
        _common(db_sub.add_parser(name, help=text), top=False)
    restore = db_sub.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    _common(restore, top=False)
    restore.add_argument("file", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = args.lang
    data_dir = DataDir(args.data_dir or _default_dir(args))
    try:
        return _dispatch(args, data_dir)
    except UserError as err:
        print(f"branchdesk: {_translate(err, lang, data_dir)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug: keep the traceback in the log, give the user one line
        log_path = _log_bug(data_dir)
        print(f"branchdesk: unexpected error; details in {log_path}", file=sys.stderr)
        return EXIT_BUG


def _default_dir(args) -> Path:
    return default_data_dir() / "demo" if args.command == "demo" else default_data_dir()


def _dispatch(args, data_dir: DataDir) -> int:
    if args.command is None:
        from branchdesk.app import run_gui

        return run_gui(data_dir, args.lang)
    if args.command == "demo":
        return _demo(args, data_dir)
    if args.command == "init":
        return _init(args, data_dir)
    if args.command == "selftest":
        return _selftest(data_dir)
    if args.command == "queue":
        return _queue_report(args, data_dir)
    from branchdesk import dbcommands

    return dbcommands.run(args.db_command, data_dir, getattr(args, "file", None))


def _demo(args, data_dir: DataDir) -> int:
    if not args.no_gui:
        from branchdesk.app import run_gui

        return run_gui(data_dir, args.lang, demo=True)
    from branchdesk.services.demo import DEMO_ACCOUNTS, build_demo
    from branchdesk.services.branch import BranchService
    from branchdesk.services.clock import Clock

    db = _open(data_dir)
    if not BranchService(db, Clock()).is_set_up():
        build_demo(db)
    print(f"demo branch ready in {data_dir.root}")
    for account in DEMO_ACCOUNTS:
        print(f"  {account.username:10} {account.secret:10} {account.full_name} ({account.role.value})")
    db.close()
    return 0


def _init(args, data_dir: DataDir) -> int:
    from branchdesk.services import Services
    from branchdesk.services.branch import BranchSettings, hours_warnings, standard_week
    from branchdesk.services.roles import Role
    from branchdesk.services.staff import NewStaff

    opens, closes = _parse_hours(args.hours)
    secret = _read_secret(args.secret_kind)
    settings = BranchSettings(
        code=args.code, name=args.name, grade=args.grade, timezone=args.timezone,
        savings_business=args.savings, hours=standard_week(opens, closes),
    )
    db = _open(data_dir)
    try:
        services = Services.build(db)
        services.staff.set_up_branch(
            settings, NewStaff(args.admin, args.admin_full_name, Role.ADMIN, secret, args.secret_kind)
        )
        if args.lang:
            services.local.set_language(args.lang)
    finally:
        db.close()
    print(f"branch {settings.code} set up in {data_dir.root}; administrator: {args.admin}")
    for warning in hours_warnings(settings):
        print(f"warning: {UserError(warning.code, warning.message, **warning.params)}", file=sys.stderr)
    return 0


def _parse_hours(text: str):
    import datetime as dt

    try:
        start, end = (dt.time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise UserError(
            "cli.bad_hours", tr_noop("Opening hours look like 08:00-17:30, not {text}."), text=text
        ) from None
    return start, end


def _read_secret(kind: str) -> str:
    """From the terminal without echo, or the first line of a pipe."""
    if sys.stdin is None:
        raise UserError("cli.no_secret", tr_noop("Give the administrator's password on standard input."))
    if sys.stdin.isatty():
        first = getpass.getpass(f"{kind}: ")
        if getpass.getpass(f"{kind} (again): ") != first:
            raise UserError("cli.secret_mismatch", tr_noop("The two entries differ."))
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError("cli.no_secret", tr_noop("Give the administrator's password on standard input."))
    return line


def _queue_report(args, data_dir: DataDir) -> int:
    import datetime as dt

    from branchdesk.printing.output import save_pdf
    from branchdesk.printing.queue_report import queue_day_report_pdf
    from branchdesk.services import Services
    from branchdesk.store import Database
    from branchdesk.store.files import require_database_file

    day = None
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            raise UserError("cli.bad_date", tr_noop("A date looks like 2026-11-24, not {text}."),
                            text=args.date) from None
    require_database_file(data_dir.database)
    db = Database.open(data_dir.database, data_dir.backups, create=False, daily_backup=False)
    try:
        services = Services.build(db)
        data = services.queue_reports.day_report_data(day or services.branch.today())
    finally:
        db.close()
    path = save_pdf(queue_day_report_pdf(data), args.out)
    print(f"{path} ({data.day.isoformat()}, {data.total.arrivals} arrivals)")
    return 0


def _selftest(data_dir: DataDir) -> int:
    from branchdesk.app import selftest

    try:
        timings = selftest(data_dir)
    except UserError:
        raise
    except Exception as exc:  # report, don't crash: selftest is how CI and support probe a PC
        _log_bug(data_dir)
        print(json.dumps({"ok": False, "version": __version__, "error": repr(exc)}))
        return EXIT_USER_ERROR
    print(json.dumps({"ok": True, "version": __version__, "timings": timings}))
    return 0


def _open(data_dir: DataDir):
    from branchdesk.store import Database

    data_dir.ensure()
    return Database.open(data_dir.database, data_dir.backups)


def _translate(err: UserError, lang: str | None, data_dir: DataDir) -> str:
    """The message in the chosen language; English if the translations cannot load."""
    try:
        from branchdesk.app import translate_error

        return translate_error(err, lang or "zh_CN")
    except Exception:
        return err.render()


def _log_bug(data_dir: DataDir) -> Path:
    from branchdesk.log import setup_logging

    try:
        path = setup_logging(data_dir.logs)
    except OSError:
        print("".join(__import__("traceback").format_exc()), file=sys.stderr)
        return Path("stderr")
    log.exception("unexpected error in %s", " ".join(sys.argv))
    return path
