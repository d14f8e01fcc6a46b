"""`branchdesk activity ...`: an activity's posters, flyers, sign-in sheets and summary report, without the GUI
(issue 10, items 2, 4 and 7). The data folder is found as for `queue report`: the one given, the branch's,
else the demo's."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from branchdesk.clitext import say
from branchdesk.errors import UserError, tr_noop
from branchdesk.paths import DataDir

LAYOUTS = ("a4", "a3", "flyer", "tearoff")


def add_parsers(sub, common, parser_class) -> None:
    """The `activity` subcommands on the top-level parser (`common` adds --data-dir and --lang)."""
    activity = sub.add_parser("activity", help=tr_noop("an activity's posters, sign-in sheets and summary report"))
    common(activity, top=False)
    act_sub = activity.add_subparsers(dest="activity_command", required=True, parser_class=parser_class)
    poster = act_sub.add_parser("poster", help=tr_noop("write a channel's poster, flyers or tear-off slips as a PDF"))
    common(poster, top=False)
    poster.add_argument("code", metavar="CODE", help=tr_noop("the activity's code, e.g. HD2611-1"))
    poster.add_argument("--channel", required=True, metavar="CH", help=tr_noop("the channel's code or name"))
    poster.add_argument("--layout", choices=LAYOUTS, default="a4",
                        help=tr_noop("A4 or A3 poster, A4 flyer, or a page of tear-off slips"))
    poster.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help=tr_noop("where to save the PDF"))
    report = act_sub.add_parser("report", help=tr_noop("write the activity's summary report as a PDF"))
    common(report, top=False)
    report.add_argument("code", metavar="CODE", help=tr_noop("the activity's code, e.g. HD2611-1"))
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help=tr_noop("where to save the PDF"))
    report.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help=tr_noop("also save it as a spreadsheet"))
    sheet = act_sub.add_parser("sheet", help=tr_noop("print numbered paper sign-in sheets (the numbers are recorded)"))
    common(sheet, top=False)
    sheet.add_argument("code", metavar="CODE", help=tr_noop("the activity's code, e.g. HD2611-1"))
    sheet.add_argument("--channel", required=True, metavar="CH", help=tr_noop("the channel's code or name"))
    sheet.add_argument("--pages", type=int, default=1, metavar="N", help=tr_noop("how many sheets"))
    sheet.add_argument("--staff", required=True, metavar="NAME",
                       help=tr_noop("your sign-in name (your PIN or password on standard input)"))
    sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help=tr_noop("where to save the PDF"))
    contact = act_sub.add_parser("contact", help=tr_noop(
        "the branch's address and phone printed on posters, and HQ's public address for the QR links"))
    common(contact, top=False)
    contact.add_argument("--address", help=tr_noop("the branch's address as the public finds it"))
    contact.add_argument("--phone", help=tr_noop("the branch's public phone number"))
    contact.add_argument("--public-base", metavar="URL",
                         help=tr_noop("HQ's public address, e.g. https://hq.example.cn (\"\": the QRs hold bare codes)"))
    contact.add_argument("--staff", metavar="NAME",
                         help=tr_noop("your sign-in name, to change them (your PIN or password on standard input)"))


def _contact(args: argparse.Namespace, services) -> int:
    """Show the contact printed on posters; with --staff, change what is given."""
    printouts = services.activities.printouts
    now = printouts.contact()
    if args.staff:
        actor = services.staff.sign_in(args.staff, _read_secret())
        now = printouts.set_contact(actor, now.address if args.address is None else args.address,
                                    now.phone if args.phone is None else args.phone,
                                    now.public_base if args.public_base is None else args.public_base)
    elif (args.address, args.phone, args.public_base) != (None, None, None):
        raise UserError("cli.contact_staff", tr_noop("Give your sign-in name with --staff NAME to change these."))
    print(say(tr_noop("Address: {address}\nPhone: {phone}\nHQ's public address: {base}"),
              address=now.address or "—", phone=now.phone or "—", base=now.public_base or "—"))
    return 0


def _read_secret() -> str:
    """The PIN or password of whoever prints the sheets: typed without echo, or the first line of a pipe."""
    import getpass

    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(say(tr_noop("{what}: "), what=say(tr_noop("PIN or password"))))
    line = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    if not line:
        raise UserError("cli.no_staff_secret", tr_noop("Give your PIN or password on standard input."))
    return line


def run(args: argparse.Namespace, data_dir: DataDir) -> int:
    from branchdesk.printing.output import save_file
    from branchdesk.services import Services
    from branchdesk.store import Database

    outs = ([args.out] if args.activity_command != "contact" else []) + (
        [args.xlsx] if getattr(args, "xlsx", None) else [])
    for path, suffix in zip(outs, (".pdf", ".xlsx"), strict=False):  # the .xlsx is optional
        if path.suffix.lower() != suffix:
            raise UserError("cli.activity_format", tr_noop("Save it as a {suffix} file, not {name}."),
                            suffix=suffix, name=path.name)
    secret = _read_secret() if args.activity_command == "sheet" else ""
    db = Database.open(data_dir.database, data_dir.backups, create=False, daily_backup=False)
    try:
        services = Services.build(db)
        if args.activity_command == "contact":
            return _contact(args, services)
        activity = services.activities.plans.by_code(args.code)
        printouts = services.activities.printouts
        if args.activity_command == "report":
            return _report(args, printouts.report(activity.id), save_file)
        channel_id = printouts.find_channel(activity.id, args.channel)
        if args.activity_command == "sheet":
            actor = services.staff.sign_in(args.staff, secret)
            sheet = printouts.sheets(actor, activity.id, channel_id, args.pages)
            from branchdesk.printing.signin_sheet import signin_sheet_pdf

            path = save_file(signin_sheet_pdf(sheet), args.out)
            print(say(tr_noop("{path}: sheets {first}–{last} of {name}, channel {channel}"), path=str(path),
                      first=sheet.first_number, last=sheet.first_number + sheet.pages - 1, name=activity.name,
                      channel=sheet.channel.name))
            return 0
        poster, channels = printouts.poster(activity.id, [channel_id])
    finally:
        db.close()
    path = save_file(_poster_pdf(args.layout, poster, channels), args.out)
    print(say(tr_noop("{path}: {name}, channel {channel} ({code})"), path=str(path), name=activity.name,
              channel=channels[0].name, code=channels[0].payload))
    return 0


def _poster_pdf(layout: str, poster, channels) -> bytes:
    if layout == "flyer":
        from branchdesk.printing.flyer import flyer_pdf

        return flyer_pdf(poster, channels)
    if layout == "tearoff":
        from branchdesk.printing.flyer import tearoff_pdf

        return tearoff_pdf(poster, channels)
    from branchdesk.printing.poster import poster_pdf

    return poster_pdf(poster, channels, layout.upper())


def _report(args: argparse.Namespace, data, save_file) -> int:
    from branchdesk.printing.activity_report import activity_report_pdf

    path = save_file(activity_report_pdf(data), args.out)
    print(say(tr_noop("{path}: {name}; participants: {participants}, new customers: {new}"), path=str(path),
              name=data.title, participants=data.participants, new=data.new_customers))
    if args.xlsx:
        from branchdesk.printing.activity_report_xlsx import activity_report_xlsx

        print(str(save_file(activity_report_xlsx(data), args.xlsx)))
    if data.participants == 0:
        print(say(tr_noop("warning: nobody has signed in to this activity yet.")), file=sys.stderr)
    return 0
