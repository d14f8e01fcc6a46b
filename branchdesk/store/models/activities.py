"""Promotional activities (issue 10): the plan, its budget and channels, customers, sign-ins and follow-ups.

Every table here is synced. A closed activity is read-only: the service refuses changes, and triggers
(migration 0012) refuse any insert, update or delete of an activity's rows once its status is
"closed". Spending, sign-ins, invitations, follow-up contacts and business done are append-only: a
correction is a new row (`voids_id` names the row it cancels, or a negative amount).

Customers' phone numbers and names never enter the change log (`__sync_exclude__`): HQ sees the keyed
hash of the phone (`phone_hash`, HMAC-SHA256 under the branch's local key) and the counts.
Money is in fen (integers), never floats.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.base import Base, Sequenced, Synced, UTCDateTime


class Activity(Synced, Base):
    """One promotional activity: a plan in draft, then running, then closed (read-only)."""

    __tablename__ = "activity"

    code: Mapped[str] = mapped_column(String(16), unique=True)  # short, typed on the command line
    name: Mapped[str] = mapped_column(String(80))
    theme: Mapped[str] = mapped_column(String(200), default="")
    poster_text: Mapped[str] = mapped_column(Text, default="")  # the words on posters and flyers
    status: Mapped[str] = mapped_column(String(8), default="draft", index=True)  # draft, running, closed
    target_segments: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of customer segments
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    started_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class ActivityDay(Synced, Base):
    """An event day, with its hours when the plan gives them (branch-local)."""

    __tablename__ = "activity_day"
    __table_args__ = (UniqueConstraint("activity_id", "day"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    starts: Mapped[dt.time | None] = mapped_column(Time)
    ends: Mapped[dt.time | None] = mapped_column(Time)


class ActivityGoal(Synced, Base):
    """A quantified goal: participants, new_customers, business (items of business done) or
    satisfaction (average score 1-5)."""

    __tablename__ = "activity_goal"
    __table_args__ = (UniqueConstraint("activity_id", "kind"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[float] = mapped_column(Float)


class ActivityMilestone(Synced, Base):
    """A checklist item of the timeline: publicity_start, materials_arrival, rehearsal, event_day, review, other."""

    __tablename__ = "activity_milestone"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(120), default="")
    owner_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)  # branch-local date
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class ActivityPhase(Synced, Base):
    """One of the three phases (warmup, execution, review), its owner and deliverables."""

    __tablename__ = "activity_phase"
    __table_args__ = (UniqueConstraint("activity_id", "kind"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    owner_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    deliverables: Mapped[str] = mapped_column(Text, default="")


class ActivityBudgetLine(Synced, Base):
    """A budget line: category (publicity, staff, materials, gifts, venue, catering), cap and float in fen."""

    __tablename__ = "activity_budget_line"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    category: Mapped[str] = mapped_column(String(12))
    label: Mapped[str] = mapped_column(String(80), default="")
    cap_fen: Mapped[int] = mapped_column(Integer)
    float_fen: Mapped[int] = mapped_column(Integer, default=0)  # allowed over the cap before it is overspent


class ActivitySpending(Synced, Sequenced, Base):
    """Money spent against a budget line: append-only; a correction is a negative entry naming the one
    it corrects."""

    __tablename__ = "activity_spending"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    budget_line_id: Mapped[str] = mapped_column(ForeignKey("activity_budget_line.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    spent_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("activity_spending.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class ActivityChannel(Synced, Base):
    """A poster placement or flyer batch with its own ten-digit code (services/activities/codes.py)."""

    __tablename__ = "activity_channel"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(12), default="poster")  # poster, flyer, stand, banner, other
    placement: Mapped[str] = mapped_column(String(200), default="")  # where it went
    copies: Mapped[int] = mapped_column(Integer, default=0)  # copies printed
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class ActivitySheet(Synced, Base):
    """A numbered paper sign-in sheet printed for an activity (the paper fallback)."""

    __tablename__ = "activity_sheet"
    __table_args__ = (UniqueConstraint("activity_id", "number"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    printed_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class Customer(Synced, Base):
    """The minimal customer record. `phone` and `name` stay on this PC; HQ sees `phone_hash`.

    After the retention period the personal details (phone, name, hash) are purged: `purged_at` is
    set, the row and its sign-ins stay so the counts remain.
    """

    __tablename__ = "customer"
    __sync_exclude__ = frozenset({"phone", "name"})

    phone: Mapped[str | None] = mapped_column(String(11), unique=True)  # eleven digits; None once purged
    phone_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # hex HMAC-SHA256
    name: Mapped[str | None] = mapped_column(String(40))
    segment: Mapped[str] = mapped_column(String(20), default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)  # to follow-up contact
    consent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # when given or withdrawn
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class ActivitySignIn(Synced, Sequenced, Base):
    """A customer signed in at an activity: append-only. A row with `voids_id` cancels that sign-in
    (a paper row entered twice, say) and counts as nothing itself."""

    __tablename__ = "activity_signin"
    __table_args__ = (
        Index("ix_activity_signin_customer_id_at", "customer_id", "at"),
        Index("ix_activity_signin_activity_id_at", "activity_id", "at"),
    )

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    channel_id: Mapped[str | None] = mapped_column(ForeignKey("activity_channel.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # None: the customer at the kiosk
    source: Mapped[str] = mapped_column(String(8))  # scan, phone, kiosk, paper
    paper_sheet: Mapped[int | None] = mapped_column(Integer)  # sheet number, source "paper"
    paper_row: Mapped[int | None] = mapped_column(Integer)
    new_customer: Mapped[bool] = mapped_column(Boolean, default=False)  # first ever sign-in at this branch
    voids_id: Mapped[str | None] = mapped_column(ForeignKey("activity_signin.id"))
    entered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)  # = at, except paper rows entered later


class ActivityBusiness(Synced, Sequenced, Base):
    """Business done by a participant during the activity (the "business done" goal): append-only;
    a correction is a negative quantity naming the entry it corrects."""

    __tablename__ = "activity_business"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), index=True)
    business: Mapped[str] = mapped_column(String(40))  # a business code or a short name
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    amount_fen: Mapped[int | None] = mapped_column(Integer)
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("activity_business.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class ActivityInvitation(Synced, Sequenced, Base):
    """Who was invited, how (phone, sms, wechat, in_person, letter) and when: append-only."""

    __tablename__ = "activity_invitation"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    how: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class ActivityFollowUp(Synced, Base):
    """A customer to contact: after a visit (reason "visit", due 48 h after it) or invited and did not
    come (reason "no_show": the recap or compensation). Done when a closing contact is recorded."""

    __tablename__ = "activity_followup"
    __table_args__ = (UniqueConstraint("activity_id", "customer_id", "reason"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    reason: Mapped[str] = mapped_column(String(8))  # visit, no_show
    signin_id: Mapped[str | None] = mapped_column(ForeignKey("activity_signin.id"))
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # mirrors the closing contact
    done_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class ActivityContact(Synced, Sequenced, Base):
    """One attempt at a follow-up: append-only. outcome reached, unreachable or declined; a reached
    visit follow-up carries the 1-5 satisfaction score, a no-show one the offer made."""

    __tablename__ = "activity_contact"

    followup_id: Mapped[str] = mapped_column(ForeignKey("activity_followup.id"), index=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(12))
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    offer: Mapped[str] = mapped_column(String(200), default="")  # recap or compensation offered
    note: Mapped[str] = mapped_column(String(400), default="")
    closes: Mapped[bool] = mapped_column(Boolean, default=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class ActivityReview(Synced, Base):
    """The review that closes an activity: problems found and suggestions, free text."""

    __tablename__ = "activity_review"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), unique=True)
    problems: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    written_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))


class ActivityReviewAction(Synced, Base):
    """One of the review's 3-5 measurable actions, with an owner and a deadline."""

    __tablename__ = "activity_review_action"
    __table_args__ = (UniqueConstraint("activity_id", "position"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(200))
    owner_staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    deadline: Mapped[dt.date] = mapped_column(Date)
