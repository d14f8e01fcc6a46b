"""The branch's sync with HQ: enrol, push the change log, pull what HQ owns (docs/sync-protocol.md §6).

Plain Python on the store; the app runs it on its network lane, the CLI directly. Every step
commits what it learnt before the next network call, so a crash or a killed process at any
point loses nothing and repeats nothing: at worst a batch HQ already holds is sent again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.store import Database, changelog
from branchdesk.store.models import Announcement, AnnouncementRead, Branch, ChangeLogRow, SyncState
from branchdesk.sync import protocol
from branchdesk.sync.bundle import BundleError, read_ack, write_bundle
from branchdesk.sync.protocol import EnrolmentTicket, Identity, KeyPair, ProtocolError, ReplyLost, WireRow

if TYPE_CHECKING:
    from branchdesk.sync.http import HQClient

log = logging.getLogger(__name__)

READ_ROWS = 5000
LOG_COLUMNS = "seq, txid, origin, schema_rev, payload_format, entity, entity_id, op, payload, changed_at"  # change rows read from the log at a time (then cut into batches)
CLOCK_WARNING_S = 300

# What the branch shows for each way sync can fail: a code kept in sync_state, translated when shown.
MESSAGES: dict[str, str] = {
    "offline": tr_noop("HQ could not be reached: {detail}. Changes wait here and go when the network is back."),
    "not_enrolled": tr_noop("This branch is not enrolled with HQ yet. Enrol it with the address and code from HQ."),
    "revoked": tr_noop("HQ has revoked this branch's credential. Ask the county office for a new enrolment code."),
    "unknown_credential": tr_noop("HQ does not know this branch's credential. Ask the county office for a new "
                                  "enrolment code."),
    "wrong_branch": tr_noop("HQ says this credential belongs to another branch. Ask the county office for a new "
                            "enrolment code."),
    "bad_signature": tr_noop("HQ could not verify this branch's signature. Ask the county office for a new "
                             "enrolment code."),
    "conflict": tr_noop("HQ holds different changes under the same numbers (change {seq}); was this PC's database "
                        "restored from a backup? Sync has stopped: call the county office."),
    "split_transaction": tr_noop("HQ holds part of a transaction; sync has stopped. Call the county office."),
    "protocol_unsupported": tr_noop("HQ speaks a different version of the sync protocol. Update BranchDesk."),
    "enrolment_code_used": tr_noop("This enrolment code has been used already. Ask the county office for a new one."),
    "enrolment_code_expired": tr_noop("This enrolment code has expired. Ask the county office for a new one."),
    "bad_enrolment_code": tr_noop("That is not an enrolment code: it has 20 letters and digits. Check it and type "
                                  "it again."),
    "bad_url": tr_noop("That is not an HQ address: it starts with http:// or https://."),
    "newer_data": tr_noop("HQ sent data this version of BranchDesk does not know ({entity}). Update BranchDesk; "
                          "nothing was skipped."),
    "busy": tr_noop("HQ is busy; sync will try again shortly."),
    "bad_request": tr_noop("HQ refused a request as malformed ({detail}). Sync will try again; if it keeps "
                           "failing, call the county office."),
    "too_large": tr_noop("A batch of changes was too large for HQ. Sync will try again; if it keeps failing, call "
                         "the county office."),
    "replayed": tr_noop("HQ had seen this request before; sync will try again."),
    "gap": tr_noop("HQ is missing earlier changes; sync is sending them again."),
    "already_enrolled": tr_noop("This branch is enrolled with HQ at {url} already."),
    "qr_other_branch": tr_noop("This enrolment code is for branch {branch}, but this PC is branch {own}. Ask the "
                               "county office for this branch's code."),
    "nothing_to_export": tr_noop("HQ holds every change already; there is nothing to put in a bundle."),
    "disk": tr_noop("The bundle could not be written to {folder}: {detail}. Check the USB stick (is it full or "
                    "write-protected?) and try again."),
    "ack_unreadable": tr_noop("The acknowledgement file could not be read: {detail}."),
    "ack_damaged": tr_noop("This is not an acknowledgement file from HQ, or it is damaged. Nothing was changed."),
    "ack_bad_signature": tr_noop("This acknowledgement file is not signed by this branch's HQ. Nothing was changed."),
    "ack_newer_format": tr_noop("This acknowledgement file is from a newer HQ. Update BranchDesk. Nothing was "
                                "changed."),
    "ack_other_branch": tr_noop("This acknowledgement file is for branch {branch}, not this one. Nothing was "
                                "changed."),
    "ack_beyond_log": tr_noop("This acknowledgement file says HQ holds change {held}, but this branch has only "
                              "{log_end}. Nothing was changed: was this PC's database restored from a backup?"),
}


def sync_error(code: str, **params: object) -> UserError:
    message = MESSAGES.get(code, MESSAGES["bad_request"])
    params.setdefault("detail", code)
    return UserError(f"sync.{code}", message, **params)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hq_url: str | None
    branch_code: str | None
    waiting: int  # change rows HQ does not hold yet, as far as the branch knows
    oldest_waiting_at: dt.datetime | None
    acknowledged: int
    log_end: int
    last_success_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    last_error: UserError | None
    clock_offset_s: float | None

    @property
    def clock_off(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_S


@dataclass(frozen=True)
class Bundled:
    path: Path
    first_seq: int
    last_seq: int


@dataclass(frozen=True)
class Outcome:
    pushed: int  # rows HQ newly applied
    pulled: int  # items applied from HQ
    held_through: int


# Applies one item HQ sent down: (session, entity id, payload, now), inside the pull's transaction.
Applier = Callable[[Session, str, dict[str, Any], dt.datetime], None]


class BranchSync:
    def __init__(self, db: Database, now: Callable[[], dt.datetime],
                 client_for: Callable[[str], HQClient] | None = None,
                 appliers: Mapping[str, Applier] | None = None) -> None:
        """`appliers`: what applies HQ's items of the services' own (entity -> apply(session, id, payload,
        now)), beside the announcements and the branch's profile applied here."""
        self.db = db
        self.now = now
        self.client_for = client_for or _http_client
        self.appliers = dict(appliers or {})

    # --- enrolment ---

    def enrol(self, url_or_qr: str, branch_code: str | None = None, code: str | None = None) -> str:
        """Enrol with HQ from the QR text, or an address, branch code and code typed by hand.

        Returns HQ's key id, for the person to compare with what HQ printed."""
        ticket = EnrolmentTicket.parse(url_or_qr)
        chosen_branch = branch_code  # given on purpose (`sync enrol --branch`) when HQ knows the branch by another code
        expected_key: str | None = None
        if ticket is not None:
            url, branch_code, normal, expected_key = ticket.url, ticket.branch, ticket.code, ticket.hq_key_id
        else:
            url = url_or_qr.strip().rstrip("/")
            if not url.lower().startswith(("http://", "https://")):
                raise sync_error("bad_url")
            typed = protocol.normalise_enrolment_code(code or "")
            if typed is None:
                raise sync_error("bad_enrolment_code")
            normal = typed
        own = self._own_branch_code()
        if ticket is not None and chosen_branch is None and ticket.branch.upper() != own.upper():
            raise sync_error("qr_other_branch", branch=ticket.branch, own=own)
        if branch_code is None:
            branch_code = own
        with self.db.reading() as s:
            existing = s.get(SyncState, 1)
            if existing is not None:
                raise sync_error("already_enrolled", url=existing.hq_url)
        keys = KeyPair.generate()
        client = self.client_for(url)
        try:
            enrolment = client.enrol(branch_code.upper(), normal, keys, expected_key)
        except ReplyLost as lost:
            raise sync_error("offline", detail=str(lost)) from None
        except ProtocolError as refused:
            raise sync_error(refused.code, **refused.details) from None
        finally:
            client.close()
        with self.db.transaction() as s:
            s.add(SyncState(id=1, hq_url=url, branch_code=enrolment.branch, credential=enrolment.credential,
                            branch_secret=keys.secret(), hq_public_key=enrolment.hq_public_key,
                            enrolled_at=self.now(), acknowledged=0, last_request=0, pull_cursor=0))
        return enrolment.hq_key_id

    # --- one round: health, push, pull ---

    def run_once(self) -> Outcome:
        """Everything HQ does not hold goes up, everything new at HQ comes down; raises a UserError
        saying why not (and keeps it for the status bar)."""
        me = self._identity()
        client = self.client_for(me.url)
        self._note(attempt=True)
        try:
            health = client.health(me.hq_public_key)
            self._note(offset=health.offset_s)
            pushed, held = self._push(client, me)
            pulled = self._pull(client, me)
        except ReplyLost as lost:
            raise self._failed(sync_error("offline", detail=str(lost))) from None
        except ProtocolError as refused:
            raise self._failed(sync_error(refused.code, **refused.details)) from None
        except UserError as failed:
            raise self._failed(failed) from None
        except (KeyError, TypeError, ValueError) as odd:  # a signed reply of a shape this version does not know
            log.exception("an unexpected reply from HQ")
            raise self._failed(sync_error("bad_request", detail=type(odd).__name__)) from None
        finally:
            client.close()
        self._note(success=True)
        return Outcome(pushed=pushed, pulled=pulled, held_through=held)

    def _push(self, client: HQClient, me: Identity) -> tuple[int, int]:
        pushed = 0
        retries = 0
        while True:
            acknowledged, log_end = self._progress()
            if acknowledged >= log_end:
                return pushed, acknowledged
            rows = self._unsent(acknowledged)
            for batch in protocol.cut_batches(rows):
                try:
                    reply = client.push(me, self._next_request(), batch, log_end)
                except ProtocolError as refused:
                    retries += 1
                    if retries > 10 or not self._recover(refused):
                        raise
                    break  # read again from the corrected mark
                pushed += int(reply["applied"])
                held = int(reply["held_through"])
                if held > log_end:  # HQ holds changes this branch does not have: its database was restored
                    raise sync_error("conflict", seq=log_end + 1)
                self._acknowledge(held)
                if held < batch[-1].seq:  # HQ holds less than we sent: start again there
                    break

    def _recover(self, refused: ProtocolError) -> bool:
        """Correct what the branch believes from a signed refusal; True if resending makes sense."""
        if refused.code == "gap":  # HQ lost rows (restored from a backup): send again from where it is
            expected = int(refused.details["expected_seq"])
            log.warning("HQ holds changes only up to %s; sending again from there", expected - 1)
            with self.db.transaction() as s:  # only ever back: a gap never acknowledges anything
                state = self._state(s)
                state.acknowledged = min(state.acknowledged, max(expected - 1, 0))
            return True
        if refused.code == "replayed":  # our counter went back (this database restored): skip past HQ's
            with self.db.transaction() as s:
                state = self._state(s)
                state.last_request = max(state.last_request, int(refused.details["last_request"]))
            return True
        if refused.code == "busy":
            time.sleep(min(float(refused.details.get("retry_after", 2)), 5.0))
            return True
        return False

    def _pull(self, client: HQClient, me: Identity) -> int:
        applied = 0
        while True:
            with self.db.reading() as s:
                cursor = self._state(s).pull_cursor
            reply = client.pull(me, self._next_request(), cursor)
            items = reply.get("items") or []
            with self.db.transaction() as s, changelog.applying_from_hq(s):
                for item in items:
                    if item["entity"] in self.appliers:
                        self.appliers[item["entity"]](s, item["entity_id"], item.get("payload") or {}, self.now())
                    else:
                        _apply_from_hq(s, item)
                self._state(s).pull_cursor = int(reply["cursor"])
            applied += len(items)
            if not reply.get("more"):
                return applied

    # --- the weekly bundle by USB ---

    def export_bundle(self, folder: Path, reports: Mapping[str, bytes], app_version: str, *,
                      to_seal: Callable[[list[WireRow]], frozenset[int]] | None) -> Bundled:
        """Every change HQ does not hold yet, signed, in one file in `folder` (§8); the rows `to_seal` names
        (by seq, asked once the rows are read) travel sealed to HQ's key (§8.1). Every caller says what to
        seal (None: nothing): the branch's staff carry the file (SyncService.write_bundle decides)."""
        me = self._identity()
        acknowledged, log_end = self._progress()
        if acknowledged >= log_end:
            raise sync_error("nothing_to_export")
        rows: list[WireRow] = []
        while not rows or rows[-1].seq < log_end:
            more = self._unsent(rows[-1].seq if rows else acknowledged)
            if not more:
                break
            rows += more
        sealed = to_seal(rows) if to_seal is not None else frozenset()
        with self.db.reading() as s:
            state = self._state(s)
            previous = state.last_bundle_sha256
            schema_rev = s.scalar(text("SELECT version_num FROM alembic_version")) or ""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path, digest = write_bundle(folder, branch=me.branch, credential=me.credential, keys=me.keys, rows=rows,
                                        reports=reports, previous_sha256=previous, app_version=app_version,
                                        schema_rev=schema_rev, made_at=protocol.wire_time(self.now()),
                                        sealed=sealed, hq_public=me.hq_public_key)
        except OSError as failed:
            raise sync_error("disk", folder=str(folder), detail=failed.strerror or str(failed)) from None
        with self.db.transaction() as s:
            self._state(s).last_bundle_sha256 = digest
        return Bundled(path=path, first_seq=rows[0].seq, last_seq=rows[-1].seq)

    def import_ack(self, path: Path) -> int:
        """HQ's acknowledgement of a bundle: what it holds is acknowledged here (never moved back)."""
        me = self._identity()
        try:
            ack = read_ack(path, me.hq_public_key)
        except BundleError as failed:
            raise sync_error(f"ack_{failed.reason}", **failed.details) from None
        if ack.branch != me.branch:
            raise sync_error("ack_other_branch", branch=ack.branch)
        _, log_end = self._progress()
        if ack.held_through > log_end:
            raise sync_error("ack_beyond_log", held=ack.held_through, log_end=log_end)
        self._acknowledge(ack.held_through)
        return ack.held_through

    # --- status ---

    def status(self) -> SyncStatus:
        with self.db.reading() as s:
            state = s.get(SyncState, 1)
            acknowledged = state.acknowledged if state else 0
            log_end = s.scalar(select(func.max(ChangeLogRow.seq))) or 0
            oldest = s.scalar(select(ChangeLogRow.changed_at).where(ChangeLogRow.seq == acknowledged + 1))
            error = None
            if state is not None and state.last_error:
                error = sync_error(state.last_error, **json.loads(state.last_error_detail or "{}"))
            return SyncStatus(
                enrolled=state is not None, hq_url=state.hq_url if state else None,
                branch_code=state.branch_code if state else None, waiting=max(0, log_end - acknowledged),
                oldest_waiting_at=oldest, acknowledged=acknowledged, log_end=log_end,
                last_success_at=state.last_success_at if state else None,
                last_attempt_at=state.last_attempt_at if state else None, last_error=error,
                clock_offset_s=state.clock_offset_s if state else None)

    # --- the store ---

    def _identity(self) -> Identity:
        with self.db.reading() as s:
            state = s.get(SyncState, 1)
            if state is None:
                raise sync_error("not_enrolled")
            return Identity(url=state.hq_url, branch=state.branch_code, credential=state.credential,
                            keys=KeyPair.from_secret(state.branch_secret), hq_public_key=state.hq_public_key)

    def _own_branch_code(self) -> str:
        with self.db.reading() as s:
            code: str | None = s.scalar(select(Branch.code))
        if not code:
            raise sync_error("not_enrolled")
        return code

    @staticmethod
    def _state(s: Session) -> SyncState:
        state = s.get(SyncState, 1)
        if state is None:
            raise sync_error("not_enrolled")
        return state

    def _progress(self) -> tuple[int, int]:
        with self.db.reading() as s:
            return self._state(s).acknowledged, s.scalar(select(func.max(ChangeLogRow.seq))) or 0

    def _next_request(self) -> int:
        """The next request number, committed before the request leaves (a crash leaves a gap, never a reuse)."""
        with self.db.transaction() as s:
            state = self._state(s)
            state.last_request += 1
            return state.last_request

    def _acknowledge(self, held_through: int, allow_back: bool = False) -> None:
        with self.db.transaction() as s:
            state = self._state(s)
            if allow_back or held_through > state.acknowledged:
                state.acknowledged = held_through

    def _unsent(self, acknowledged: int) -> list[WireRow]:
        """The next rows after the mark, read to the end of the last transaction they touch."""
        with self.db.engine.connect() as conn:  # the driver's plain tuples: a year's log is read in seconds
            rows = list(conn.exec_driver_sql(f"SELECT {LOG_COLUMNS} FROM change_log WHERE seq > ? ORDER BY seq "
                                             "LIMIT ?", (acknowledged, READ_ROWS)).fetchall())
            if rows and rows[-1][1]:
                rows += conn.exec_driver_sql(f"SELECT {LOG_COLUMNS} FROM change_log WHERE seq > ? AND txid = ? "
                                             "ORDER BY seq", (rows[-1][0], rows[-1][1])).fetchall()
        names = LOG_COLUMNS.split(", ")
        return [WireRow.from_log(dict(zip(names, row, strict=True))) for row in rows]

    def _note(self, attempt: bool = False, success: bool = False, offset: float | None = None) -> None:
        with self.db.transaction() as s:
            state = self._state(s)
            if attempt:
                state.last_attempt_at = self.now()
            if success:
                state.last_success_at = self.now()
                state.last_error = state.last_error_detail = None
            if offset is not None:
                state.clock_offset_s = offset

    def _failed(self, error: UserError) -> UserError:
        with self.db.transaction() as s:
            state = s.get(SyncState, 1)
            if state is not None:
                state.last_error = error.code.removeprefix("sync.")
                state.last_error_detail = json.dumps({k: v for k, v in error.params.items()
                                                      if isinstance(v, (str, int, float))}, ensure_ascii=False)
        return error


def _apply_from_hq(s: Session, item: dict[str, Any]) -> None:
    """One item HQ owns, applied as an upsert by id: applying it twice changes nothing (§5.4)."""
    entity, entity_id, op, payload = item["entity"], item["entity_id"], item["op"], item.get("payload") or {}
    if entity == "announcement":
        row = s.get(Announcement, entity_id)
        if op == "delete":
            if row is not None:
                for read in s.scalars(select(AnnouncementRead).where(AnnouncementRead.announcement_id == entity_id)):
                    s.delete(read)
                s.delete(row)
            return
        if row is None:
            row = Announcement(id=entity_id)
            s.add(row)
        row.title, row.body, row.published_at = payload["title"], payload["body"], payload["published_at"]
    elif entity == "branch_profile":
        branch = s.scalars(select(Branch)).first()
        if branch is not None:
            branch.name = payload.get("name", branch.name)
            branch.grade = int(payload.get("grade", branch.grade))
    else:
        raise sync_error("newer_data", entity=entity)


def _http_client(url: str) -> HQClient:
    # Imported when the network is first used: httpx costs some 60 ms, which start-up should not pay.
    from branchdesk.sync.http import HQClient

    return HQClient(url)
