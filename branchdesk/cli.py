"""The `branchdesk` command: the GUI by default, and headless subcommands.

Every failure a user can meet ends in one clear line on stderr and a non-zero
exit code, never a traceback; bugs are logged with theirs in the data folder.
"""

from __future__ import annotations

import argparse
import gc
import contextlib
import getpass
import json
import logging
import sys
from pathlib import Path
from typing import Iterator, NoReturn

from branchdesk import __version__, clitext
from branchdesk.clitext import error_text, say, tr
from branchdesk.errors import UserError, tr_noop
from branchdesk.paths import DataDir, default_data_dir

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 70
LANGS = ("zh_CN", "en")

log = logging.getLogger("branchdesk.cli")


# argparse's own messages (Python 3.11-3.13), collected into the catalogue; see _argparse_speaks.
ARGPARSE_TEXTS = (
    tr_noop("usage: "),
    tr_noop("positional arguments"),
    tr_noop("options"),
    tr_noop("show this help message and exit"),
    tr_noop("show program's version number and exit"),
    tr_noop("argument %(argument_name)s: %(message)s"),
    tr_noop("the following arguments are required: %s"),
    tr_noop("one of the arguments %s is required"),
    tr_noop("unrecognized arguments: %s"),
    tr_noop("not allowed with argument %s"),
    tr_noop("ignored explicit argument %r"),
    tr_noop("expected one argument"),
    tr_noop("expected at most one argument"),
    tr_noop("expected at least one argument"),
    tr_noop("expected %s argument"),
    tr_noop("expected %s arguments"),
    tr_noop("ambiguous option: %(option)s could match %(matches)s"),
    tr_noop("invalid %(type)s value: %(value)r"),
    tr_noop("invalid choice: %(value)r (choose from %(choices)s)"),
    tr_noop("unknown parser %(parser_name)r (choices: %(choices)s)"),
    tr_noop(" (default: %(default)s)"),
)
DEFAULT_SUFFIX = " (default: %(default)s)"


@contextlib.contextmanager
def _argparse_speaks(translate) -> Iterator[None]:
    """argparse looks its messages up through the module's gettext names: point them at our catalogue."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: translate(one if n == 1 else many)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class _Formatter(argparse.HelpFormatter):
    """Help text in the user's language: headings, descriptions and each argument's help."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        if not text or text == argparse.SUPPRESS:
            return text
        if text.endswith(DEFAULT_SUFFIX):  # BooleanOptionalAction appends this (Python 3.11-3.12)
            return tr(text[: -len(DEFAULT_SUFFIX)]) + tr(DEFAULT_SUFFIX)
        return tr(text)

    def start_section(self, heading: str | None) -> None:
        super().start_section(tr(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(tr(text) if text and text != argparse.SUPPRESS else text)


class _Parser(argparse.ArgumentParser):
    """argparse that speaks the user's language and reports a usage error as one line."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # noqa: D401 - argparse's signature
        line = say(tr_noop("{prog}: {message} (see '{prog} --help')"), prog=self.prog, message=message)
        self.exit(EXIT_USAGE, line + "\n")


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    # SUPPRESS below the top level, so "--data-dir" works before or after the subcommand.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help=tr_noop("folder holding the branch database, backups and logs"))
    parser.add_argument("--lang", choices=LANGS, default=default, help=tr_noop("language of the interface"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="branchdesk", description=tr_noop("BranchDesk: the counter of a rural post office."))
    parser.add_argument("--version", action="version", version=f"BranchDesk {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    init = sub.add_parser("init", help=tr_noop("set up the branch and its first administrator without the GUI"))
    _common(init, top=False)
    init.add_argument("--code", required=True, help=tr_noop("branch code, e.g. QS-001"))
    init.add_argument("--name", required=True, help=tr_noop("branch name"))
    init.add_argument("--grade", required=True, type=int, choices=(1, 2, 3, 4), help=tr_noop("branch grade"))
    init.add_argument("--timezone", default="Asia/Shanghai", help=tr_noop("time zone of the branch"))
    init.add_argument("--savings", action=argparse.BooleanOptionalAction, default=True,
                      help=tr_noop("the branch offers savings business"))
    init.add_argument("--hours", default="08:00-17:30", metavar="HH:MM-HH:MM",
                      help=tr_noop("opening hours, every day of the week (change per day later in Settings)"))
    init.add_argument("--admin", required=True, metavar="NAME",
                      help=tr_noop("sign-in name of the first administrator"))
    init.add_argument("--admin-full-name", required=True, metavar="FULL_NAME",
                      help=tr_noop("full name of the first administrator"))
    init.add_argument("--secret-kind", choices=("password", "pin"), default="password",
                      help=tr_noop("how the administrator signs in"))

    demo = sub.add_parser("demo", help=tr_noop("open (creating if needed) the demo branch"))
    _common(demo, top=False)
    demo.add_argument("--no-gui", action="store_true",
                      help=tr_noop("only create the demo data and list the accounts"))

    selftest = sub.add_parser("selftest", help=tr_noop("open the database and build the main window offscreen"))
    _common(selftest, top=False)

    queue = sub.add_parser("queue", help=tr_noop("queue reports without the GUI"))
    _common(queue, top=False)
    queue_sub = queue.add_subparsers(dest="queue_command", required=True, parser_class=_Parser)
    report = queue_sub.add_parser("report", help=tr_noop("write the daily queue report as an A4 PDF or a spreadsheet"))
    _common(report, top=False)
    report.add_argument("--date", metavar="YYYY-MM-DD",
                        help=tr_noop("the business day (default: today at the branch)"))
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|FILE.xlsx",
                        help=tr_noop("where to save the report: a .pdf, or an .xlsx spreadsheet"))

    sync = sub.add_parser("sync", help=tr_noop("sync with the county/HQ server"))
    _common(sync, top=False)
    sync_sub = sync.add_subparsers(dest="sync_command", required=True, parser_class=_Parser)
    enrol = sync_sub.add_parser("enrol", help=tr_noop("enrol this branch with HQ (once)"))
    _common(enrol, top=False)
    enrol.add_argument("url", metavar="URL", help=tr_noop("HQ's address, or the text of the enrolment QR code"))
    enrol.add_argument("code", nargs="?", metavar="CODE", help=tr_noop("the one-time enrolment code"))
    enrol.add_argument("--branch", metavar="CODE", help=tr_noop("branch code at HQ (default: this branch's code)"))
    _common(sync_sub.add_parser("now", help=tr_noop("send and receive everything now; exit 0 when HQ holds "
                                                    "every change")), top=False)
    status = sync_sub.add_parser("status", help=tr_noop("what is waiting, when sync last worked, the last error"))
    _common(status, top=False)
    status.add_argument("--json", action="store_true", help=tr_noop("as JSON"))

    week = sub.add_parser("export-week", help=tr_noop("write the signed weekly bundle for HQ (for a USB stick)"))
    _common(week, top=False)
    week.add_argument("--out", type=Path, metavar="DIR",
                      help=tr_noop("folder to write it in (default: the bundles folder in the data folder)"))
    ack = sub.add_parser("import-ack", help=tr_noop("import HQ's acknowledgement of a weekly bundle"))
    _common(ack, top=False)
    ack.add_argument("file", type=Path, metavar="FILE", help=tr_noop("the .bdack file HQ wrote"))

    from branchdesk import activitycommands

    activitycommands.add_parsers(sub, _common, _Parser)

    db = sub.add_parser("db", help=tr_noop("database maintenance"))
    _common(db, top=False)
    db_sub = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    for name, text in (("upgrade", tr_noop("back up, then migrate the database to this version")),
                       ("check", tr_noop("integrity, change log and audit chain")),
                       ("backup", tr_noop("write a compressed, checked copy into the backups folder"))):
        _common(db_sub.add_parser(name, help=text), top=False)
    restore = db_sub.add_parser("restore",
                                help=tr_noop("replace the database with a backup (the current one is kept)"))
    _common(restore, top=False)
    restore.add_argument("file", type=Path, metavar="FILE", help=tr_noop("a backup (.sqlite3 or .sqlite3.gz)"))
    return parser


def _lang_of(argv: list[str]) -> str | None:
    """The --lang given anywhere on the line, read before parsing so argparse itself can speak it."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg[7:] if arg.startswith("--lang=") else None
        if value in LANGS:
            return value
    return None


def main(argv: list[str] | None = None) -> int:
    """The `branchdesk` command.

    Python's cycle collector is off while the command starts: importing Qt, SQLAlchemy, the models and
    the services makes hundreds of thousands of objects and almost no garbage, and the automatic passes
    over them cost ~50 ms of start-up. Commands without Qt switch it back on once parsed; the app and
    selftest hand it to the GUI-thread collector (ui/collector.py), which freezes what start-up made.
    It is restored when main returns."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if was_enabled:
            gc.enable()


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    clitext.use(_lang_of(argv))
    parser = build_parser()
    with _argparse_speaks(tr):
        args = parser.parse_args(argv)
    data_dir = DataDir(args.data_dir or _default_dir(args))
    try:
        return _dispatch(args, data_dir)
    except UserError as err:
        print(f"branchdesk: {error_text(err)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug: keep the traceback in the log, give the user one line
        log_path = _log_bug(data_dir)
        print(say(tr_noop("branchdesk: unexpected error; details in {path}"), path=str(log_path)), file=sys.stderr)
        return EXIT_BUG


def _default_dir(args) -> Path:
    return default_data_dir() / "demo" if args.command == "demo" else default_data_dir()


# The commands that start Qt: Python's cycle collector stays off while they import and set up (see main).
QT_COMMANDS = (None, "demo", "selftest")


def _dispatch(args, data_dir: DataDir) -> int:
    if args.command not in QT_COMMANDS or (args.command == "demo" and args.no_gui):
        gc.enable()  # a long command (a year's report, a backup) collects as usual
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
    if args.command == "activity":
        from branchdesk import activitycommands

        return activitycommands.run(args, _report_data_dir(args, data_dir))
    if args.command in ("sync", "export-week", "import-ack"):
        from branchdesk import synccommands

        run = {"sync": synccommands.run, "export-week": synccommands.export_week,
               "import-ack": synccommands.import_ack}[args.command]
        return run(args, data_dir)
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
    print(say(tr_noop("The demo branch is ready in {path}."), path=str(data_dir.root)))
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
    print(say(tr_noop("Branch {code} set up in {path}; administrator: {admin}"),
              code=settings.code, path=str(data_dir.root), admin=args.admin))
    for warning in hours_warnings(settings):
        message = error_text(UserError(warning.code, warning.message, **warning.params))
        print(say(tr_noop("warning: {message}"), message=message), file=sys.stderr)
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
        label = tr(tr_noop("password")) if kind == "password" else tr(tr_noop("PIN"))
        first = getpass.getpass(f"{label}: ")
        if getpass.getpass(say(tr_noop("{what} (again): "), what=label)) != first:
            raise UserError("cli.secret_mismatch", tr_noop("The two entries differ."))
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError("cli.no_secret", tr_noop("Give the administrator's password on standard input."))
    return line


REPORT_FORMATS = (".pdf", ".xlsx")


def _report_data_dir(args, data_dir: DataDir) -> DataDir:
    """The folder given, else the branch's usual one, else the demo's (`branchdesk demo` keeps its data in
    <data>/demo), said on stderr; when neither holds a database, where it looked and how to point at one."""
    from branchdesk.store.files import require_database_file

    if args.data_dir or data_dir.database.exists():
        require_database_file(data_dir.database)
        return data_dir
    demo = DataDir(default_data_dir() / "demo")
    if demo.database.exists():
        print(say(tr_noop("No branch in {path}; using the demo branch in {demo}."), path=str(data_dir.root),
                  demo=str(demo.root)), file=sys.stderr)
        return demo
    raise UserError("cli.no_branch_data", tr_noop(
        "No branch database in {path}, nor a demo branch in {demo}. Give the data folder with --data-dir DIR "
        "(a demo started with --data-dir keeps its data in that folder)."), path=str(data_dir.root),
        demo=str(demo.root))


def _queue_report(args, data_dir: DataDir) -> int:
    import datetime as dt

    from branchdesk.printing.output import save_file
    from branchdesk.services import Services
    from branchdesk.store import Database

    day = None
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            raise UserError("cli.bad_date", tr_noop("A date looks like 2026-11-24, not {text}."),
                            text=args.date) from None
    kind = args.out.suffix.lower()
    if kind not in REPORT_FORMATS:
        raise UserError("cli.report_format", tr_noop("Save the report as a .pdf or an .xlsx file, not {name}."),
                        name=args.out.name)
    data_dir = _report_data_dir(args, data_dir)
    db = Database.open(data_dir.database, data_dir.backups, create=False, daily_backup=False)
    try:
        services = Services.build(db)
        today = services.branch.today()
        data = services.queue_reports.day_report_data(day or today, services.queue_settings.target())
    finally:
        db.close()
    if data.in_future:
        print(say(tr_noop("warning: {day} is in the future (today is {today}): the report has no queue data, "
                          "only the window advice."), day=data.day.isoformat(), today=today.isoformat()),
              file=sys.stderr)
    if kind == ".xlsx":
        from branchdesk.printing.queue_report_xlsx import queue_day_report_xlsx

        content = queue_day_report_xlsx(data, args.lang or "zh_CN")
    else:
        from branchdesk.printing.queue_report import queue_day_report_pdf

        content = queue_day_report_pdf(data)
    path = save_file(content, args.out)
    print(say(tr_noop("{path} ({day}, {arrivals} arrivals)"), path=str(path), day=data.day.isoformat(),
              arrivals=data.total.arrivals))
    for hour in data.short_hours():
        print(say(tr_noop("{hour}:00: {windows} windows advised, the branch has only {count}."), hour=hour.hour,
                  windows=hour.windows, count=data.branch_windows))
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


def _log_bug(data_dir: DataDir) -> Path:
    from branchdesk.log import setup_logging

    try:
        path = setup_logging(data_dir.logs)
    except OSError:
        print("".join(__import__("traceback").format_exc()), file=sys.stderr)
        return Path("stderr")
    log.exception("unexpected error in %s", " ".join(sys.argv))
    return path
