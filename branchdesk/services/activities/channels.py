"""An activity's channels (issue 10, item 1): each poster placement or flyer batch with its own code, so
every sign-in it brings is counted against the copies printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import codes, common
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import ActivityChannel, ActivitySignIn

KINDS = ("poster", "flyer", "stand", "banner", "other")
MAX_NAME, MAX_PLACEMENT = 80, 200
MAX_COPIES = 100_000


@dataclass(frozen=True)
class ChannelView:
    id: str
    activity_id: str
    code: str
    name: str
    kind: str
    placement: str
    copies: int
    sign_ins: int  # sign-ins it brought (voided ones not counted)
    created_at: dt.datetime

    @property
    def conversion(self) -> float | None:
        """Sign-ins per copy printed; None when no copies are recorded."""
        return self.sign_ins / self.copies if self.copies else None


class ActivityChannels(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @publishes(ACTIVITIES)
    def add(self, actor: Actor, activity_id: str, name: str, kind: str = "poster", placement: str = "",
            copies: int = 0) -> ChannelView:
        actor.require(Permission.MANAGE_ACTIVITIES)
        name, placement = _checked(name, kind, placement, copies)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id)
            code = codes.new_code(lambda c: s.scalar(select(ActivityChannel.id).where(ActivityChannel.code == c))
                                  is not None)
            channel = ActivityChannel(activity_id=row.id, code=code, name=name, kind=kind, placement=placement,
                                      copies=copies, created_at=now, created_by=actor.staff_id)
            s.add(channel)
            s.flush()
            audit.append(s, now, "channel.added", actor.staff_id, activity=row.id, channel=channel.id, code=code,
                         name=name, copies=copies)
            channel_id = channel.id
        return self.get(channel_id)

    @publishes(ACTIVITIES)
    def change(self, actor: Actor, channel_id: str, name: str, kind: str, placement: str,
               copies: int) -> ChannelView:
        """Where it went and how many were printed (more printed later, say); the code never changes."""
        actor.require(Permission.MANAGE_ACTIVITIES)
        name, placement = _checked(name, kind, placement, copies)
        now = self.clock.now()
        with self.db.transaction() as s:
            channel = _channel(s, channel_id)
            common.editable(s, channel.activity_id)
            audit.append(s, now, "channel.changed", actor.staff_id, activity=channel.activity_id,
                         channel=channel.id, copies=[channel.copies, copies], placement=placement)
            channel.name, channel.kind, channel.placement, channel.copies = name, kind, placement, copies
        return self.get(channel_id)

    def get(self, channel_id: str) -> ChannelView:
        with self.db.reading() as s:
            channel = _channel(s, channel_id)
            return _view(channel, _counts(s, channel.activity_id).get(channel.id, 0))

    def listing(self, activity_id: str) -> list[ChannelView]:
        with self.db.reading() as s:
            common.load(s, activity_id)
            counts = _counts(s, activity_id)
            rows = s.scalars(select(ActivityChannel).where(ActivityChannel.activity_id == activity_id)
                             .order_by(ActivityChannel.created_at, ActivityChannel.code)).all()
            return [_view(r, counts.get(r.id, 0)) for r in rows]


def _checked(name: str, kind: str, placement: str, copies: int) -> tuple[str, str]:
    name = common.clean_text(name, MAX_NAME)
    if not name:
        raise UserError("channel.no_name", tr_noop("Name the channel (the poster's place or the flyer batch)."))
    if kind not in KINDS:
        raise UserError("channel.no_kind", tr_noop("Choose poster, flyer, stand, banner or other."))
    if not 0 <= copies <= MAX_COPIES:
        raise UserError("channel.bad_copies", tr_noop("Copies printed is a number from 0 to {n}."), n=MAX_COPIES)
    return name, common.clean_text(placement, MAX_PLACEMENT)


def _channel(s: Session, channel_id: str) -> ActivityChannel:
    row = s.get(ActivityChannel, channel_id) if channel_id else None
    if row is None:
        raise UserError("channel.not_found", tr_noop("This channel no longer exists."))
    return row


def _counts(s: Session, activity_id: str) -> dict[str, int]:
    """Sign-ins per channel, less the voided ones (a void row carries the channel of what it voids)."""
    rows = s.execute(select(ActivitySignIn.channel_id, ActivitySignIn.voids_id.is_(None), func.count())
                     .where(ActivitySignIn.activity_id == activity_id, ActivitySignIn.channel_id.is_not(None))
                     .group_by(ActivitySignIn.channel_id, ActivitySignIn.voids_id.is_(None))).all()
    counts: dict[str, int] = {}
    for channel_id, is_sign_in, n in rows:
        assert channel_id is not None
        counts[channel_id] = counts.get(channel_id, 0) + (n if is_sign_in else -n)
    return counts


def _view(r: ActivityChannel, sign_ins: int) -> ChannelView:
    return ChannelView(r.id, r.activity_id, r.code, r.name, r.kind, r.placement, r.copies, sign_ins, r.created_at)
