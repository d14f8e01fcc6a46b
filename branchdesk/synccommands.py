"""`branchdesk sync ...`: enrol with HQ, sync now, and the state of sync, without the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from branchdesk.clitext import error_text, say
from branchdesk.errors import tr_noop
from branchdesk.paths import DataDir
from branchdesk.store import Database, files
from branchdesk.sync.engine import BranchSync


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _open(data_dir: DataDir) -> Database:
    files.require_database_file(data_dir.database)
    return Database.open(data_dir.database, data_dir.backups, create=False, daily_backup=False)


def export_week(args: argparse.Namespace, data_dir: DataDir) -> int:
    """`branchdesk export-week [--out DIR]`: the weekly bundle, for a USB stick."""
    from branchdesk.services import Services
    from branchdesk.services import audit

    db = _open(data_dir)
    try:
        services = Services.build(db)
        sync = services.sync
        first, last = sync.week()
        folder = args.out or data_dir.root / "bundles"
        made = sync.write_bundle(folder)  # seals what the branch may not read yet, as the app does
        with db.transaction() as s:  # the command line is the PC's operator, as for `db restore`
            audit.append(s, sync.clock.now(), "sync.bundle_exported", None, file=made.path.name,
                         first_seq=made.first_seq, last_seq=made.last_seq, by="cli")
        print(say(tr_noop("Weekly bundle written: {path} (changes {first}–{last}, report {week_first} to "
                          "{week_last}). Take it to the county office; import the acknowledgement it gives "
                          "back with `branchdesk import-ack FILE`."),
                  path=str(made.path), first=made.first_seq, last=made.last_seq, week_first=first.isoformat(),
                  week_last=last.isoformat()))
        return 0
    finally:
        db.close()


def import_ack(args: argparse.Namespace, data_dir: DataDir) -> int:
    """`branchdesk import-ack FILE`: what HQ holds, from its acknowledgement file."""
    from branchdesk.services import audit

    db = _open(data_dir)
    try:
        engine = BranchSync(db, _utc_now)
        held = engine.import_ack(args.file)
        with db.transaction() as s:
            audit.append(s, _utc_now(), "sync.ack_imported", None, file=args.file.name, held_through=held, by="cli")
        print(say(tr_noop("HQ holds this branch's changes up to {held}; {waiting} waiting."), held=held,
                  waiting=engine.status().waiting))
        return 0
    finally:
        db.close()


def run(args: argparse.Namespace, data_dir: DataDir) -> int:
    command = args.sync_command
    db = _open(data_dir)
    try:
        from branchdesk.services.checks.from_hq import APPLIERS  # what HQ sends down of the checks

        engine = BranchSync(db, _utc_now, appliers=APPLIERS)
        if command == "enrol":
            key_id = engine.enrol(args.url, args.branch, args.code)
            print(say(tr_noop("Enrolled with HQ. HQ's key is {key_id}: it should match what the county office "
                              "printed."), key_id=key_id))
            return 0
        if command == "now":
            outcome = engine.run_once()
            status = engine.status()
            print(say(tr_noop("Synced: {pushed} change(s) sent, {pulled} received from HQ; {waiting} waiting."),
                      pushed=outcome.pushed, pulled=outcome.pulled, waiting=status.waiting))
            return 0 if status.waiting == 0 else 1
        return _status(engine, args.json)
    finally:
        db.close()


def _status(engine: BranchSync, as_json: bool) -> int:
    status = engine.status()
    if as_json:
        print(json.dumps({
            "enrolled": status.enrolled, "hq_url": status.hq_url, "branch": status.branch_code,
            "waiting": status.waiting, "acknowledged": status.acknowledged, "log_end": status.log_end,
            "oldest_waiting_at": _iso(status.oldest_waiting_at), "last_success_at": _iso(status.last_success_at),
            "last_attempt_at": _iso(status.last_attempt_at), "clock_offset_s": status.clock_offset_s,
            "last_error": status.last_error.code if status.last_error else None,
            "last_error_text": error_text(status.last_error) if status.last_error else None,
        }, ensure_ascii=False, indent=2))
        return 0
    if not status.enrolled:
        print(say(tr_noop("Not enrolled with HQ. {waiting} change(s) are kept here until it is."),
                  waiting=status.waiting))
        return 0
    print(say(tr_noop("HQ: {url} (branch {branch})"), url=status.hq_url, branch=status.branch_code))
    last = status.last_success_at.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_success_at else "-"
    print(say(tr_noop("Last synced: {when}; waiting: {waiting} change(s)"), when=last, waiting=status.waiting))
    if status.last_error:
        print(say(tr_noop("Last error: {error}"), error=error_text(status.last_error)))
    if status.clock_off and status.clock_offset_s is not None:
        print(say(tr_noop("This PC's clock differs from HQ's by {minutes} minutes: set it right."),
                  minutes=round(abs(status.clock_offset_s) / 60)))
    return 0


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None
