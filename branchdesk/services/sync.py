"""Sync with HQ for the app and the CLI: permissions, audit and change events around sync/engine.py,
the weekly bundle with its report, and the county's announcements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from branchdesk import __version__
from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.branch import BranchService
from branchdesk.services.checks import visibility
from branchdesk.services.clock import Clock
from branchdesk.services.events import SYNC, Publisher, publishes
from branchdesk.services.local_settings import put
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import Announcement, AnnouncementRead, LocalSetting
from branchdesk.sync.engine import BranchSync, Bundled, Outcome, SyncStatus

__all__ = ["AnnouncementInfo", "Bundled", "Outcome", "SyncService", "SyncStatus"]

REMINDER_KEY = "sync.bundle_weekday"  # this PC's setting: the weekday the weekly bundle is due (0 = Monday)
LAST_BUNDLE_KEY = "sync.last_bundle_day"
DEFAULT_REMINDER_WEEKDAY = 0


# The readable weekly report that goes into a bundle: (first day, last day) -> {file name: bytes}.
WeekReportFiles = Callable[[dt.date, dt.date], dict[str, bytes]]


@dataclass(frozen=True)
class AnnouncementInfo:
    id: str
    title: str
    body: str
    published_at: dt.datetime


class SyncService(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService,
                 week_report_files: WeekReportFiles | None = None) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch
        from branchdesk.services.checks.from_hq import APPLIERS  # checklists and visits HQ sends down

        self.engine = BranchSync(db, clock.now, appliers=APPLIERS)
        self.week_report_files = week_report_files

    # --- reads ---

    def status(self) -> SyncStatus:
        return self.engine.status()

    def enrolled(self) -> bool:
        return self.engine.status().enrolled

    # --- network ---

    @publishes(SYNC)
    def enrol(self, actor: Actor, url_or_qr: str, code: str | None = None) -> str:
        """Enrol with HQ (one-time code, or the code's QR text); returns HQ's key id to compare."""
        actor.require(Permission.MANAGE_SYNC)
        key_id = self.engine.enrol(url_or_qr, None, code)
        with self.db.transaction() as s:
            audit.append(s, self.clock.now(), "sync.enrolled", actor.staff_id, hq_key=key_id,
                         url=self.engine.status().hq_url)
        return key_id

    @publishes(SYNC)
    def sync_now(self) -> Outcome:
        """One round with HQ (the background worker's and the 立即同步 button's); raises a UserError saying
        why it failed, which status() keeps until a round succeeds."""
        return self.engine.run_once()

    # --- the weekly bundle by USB ---

    def week(self, day: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """The last full week (Monday to Sunday) before `day` (default today): what the weekly report covers."""
        day = day or self.branch.today()
        monday = day - dt.timedelta(days=day.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)

    def export_week(self, actor: Actor, folder: Path) -> Bundled:
        """Every change HQ does not hold, signed, with the last week's report, in one file in `folder`."""
        actor.require(Permission.MANAGE_SYNC)
        made = self.write_bundle(folder)
        with self.db.transaction() as s:
            audit.append(s, self.clock.now(), "sync.bundle_exported", actor.staff_id, file=made.path.name,
                         first_seq=made.first_seq, last_seq=made.last_seq)
            put(s, LAST_BUNDLE_KEY, self.branch.today().isoformat())
        return made

    def write_bundle(self, folder: Path) -> Bundled:
        """The bundle with last week's report, for the app and the command line alike (they audit it).
        Unreleased mystery-shopper visits travel sealed to HQ: the stick is the branch's to carry (issue 11,
        item 5; docs/sync-protocol.md §8.1)."""
        first, last = self.week()
        reports = self.week_report_files(first, last) if self.week_report_files else {}
        return self.engine.export_bundle(folder, reports, __version__,
                                         to_seal=lambda rows: visibility.rows_to_seal(self.db, rows))

    @publishes(SYNC)
    def import_ack(self, actor: Actor, path: Path) -> int:
        actor.require(Permission.MANAGE_SYNC)
        held = self.engine.import_ack(path)
        with self.db.transaction() as s:
            audit.append(s, self.clock.now(), "sync.ack_imported", actor.staff_id, file=path.name, held_through=held)
        return held

    def reminder_weekday(self) -> int:
        with self.db.reading() as s:
            row = s.get(LocalSetting, REMINDER_KEY)
        try:
            weekday = int(row.value) if row else DEFAULT_REMINDER_WEEKDAY
        except ValueError:
            weekday = DEFAULT_REMINDER_WEEKDAY
        return weekday if 0 <= weekday <= 6 else DEFAULT_REMINDER_WEEKDAY

    @publishes(SYNC)
    def set_reminder_weekday(self, actor: Actor, weekday: int) -> None:
        actor.require(Permission.MANAGE_SYNC)
        if not 0 <= weekday <= 6:
            raise UserError("sync.bad_weekday", tr_noop("Choose a day of the week for the weekly bundle."))
        with self.db.transaction() as s:
            old = self.reminder_weekday()
            put(s, REMINDER_KEY, str(weekday))
            audit.append(s, self.clock.now(), "sync.reminder_changed", actor.staff_id, old=old, new=weekday)

    def bundle_due(self) -> bool:
        """Today is the branch's bundle day, changes are waiting for HQ, and no bundle was made today."""
        today = self.branch.today()
        if today.weekday() != self.reminder_weekday() or not self.enrolled():
            return False
        with self.db.reading() as s:
            row = s.get(LocalSetting, LAST_BUNDLE_KEY)
        return (row is None or row.value != today.isoformat()) and self.engine.status().waiting > 0

    # --- announcements from HQ ---

    def announcements(self, actor: Actor) -> list[AnnouncementInfo]:
        """The county's announcements this person has not marked read, newest first."""
        with self.db.reading() as s:
            read = select(AnnouncementRead.announcement_id).where(AnnouncementRead.staff_id == actor.staff_id)
            rows = s.scalars(select(Announcement).where(Announcement.id.not_in(read))
                             .order_by(Announcement.published_at.desc())).all()
            return [AnnouncementInfo(a.id, a.title, a.body, _published(a.published_at)) for a in rows]

    @publishes(SYNC)
    def mark_read(self, actor: Actor, announcement_id: str) -> None:
        with self.db.transaction() as s:
            if s.get(Announcement, announcement_id) is None:
                raise UserError("sync.no_announcement", tr_noop("That announcement is no longer there."))
            already = s.scalars(select(AnnouncementRead).where(
                AnnouncementRead.announcement_id == announcement_id,
                AnnouncementRead.staff_id == actor.staff_id)).first()
            if already is None:
                s.add(AnnouncementRead(announcement_id=announcement_id, staff_id=actor.staff_id,
                                       read_at=self.clock.now()))


def _published(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return dt.datetime.fromtimestamp(0, dt.timezone.utc)
