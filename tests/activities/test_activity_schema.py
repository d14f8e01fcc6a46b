"""Schema 0012's guarantees, below the services: a closed activity refuses change, sign-ins are
append-only, and a customer's phone and name never enter the change log."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from branchdesk.store.models import (
    Activity,
    ActivityChannel,
    ActivityDay,
    ActivitySignIn,
    ChangeLogRow,
    Customer,
)

NOW = dt.datetime(2026, 11, 30, 2, 0, tzinfo=dt.timezone.utc)


def _activity(db, staff_id: str, status: str = "running") -> tuple[str, str, str]:
    with db.transaction() as s:
        activity = Activity(code="T1", name="Market day", created_at=NOW, created_by=staff_id)
        s.add(activity)
        s.flush()
        channel = ActivityChannel(activity_id=activity.id, code="2000000002", name="Gate", created_at=NOW,
                                  created_by=staff_id)
        customer = Customer(phone="13812341234", phone_hash="ab" * 32, name="王", first_seen_at=NOW)
        s.add_all([channel, customer])
        s.flush()
        s.add(ActivitySignIn(activity_id=activity.id, customer_id=customer.id, channel_id=channel.id, at=NOW,
                             staff_id=staff_id, source="scan", entered_at=NOW))
        ids = activity.id, channel.id, customer.id
    with db.transaction() as s:
        s.get(Activity, ids[0]).status = status
    return ids


def test_a_closed_activity_refuses_any_change_to_it_or_its_rows(db, admin):
    activity_id, channel_id, customer_id = _activity(db, admin.staff_id, status="closed")
    attempts = [
        lambda s: setattr(s.get(Activity, activity_id), "name", "Renamed"),
        lambda s: setattr(s.get(ActivityChannel, channel_id), "copies", 50),
        lambda s: s.delete(s.get(ActivityChannel, channel_id)),
        lambda s: s.add(ActivityDay(activity_id=activity_id, day=dt.date(2026, 12, 1))),
        lambda s: s.add(ActivitySignIn(activity_id=activity_id, customer_id=customer_id, at=NOW,
                                       source="phone", entered_at=NOW)),
    ]
    for attempt in attempts:
        with pytest.raises(IntegrityError, match="closed activity is read-only"):
            with db.transaction() as s:
                attempt(s)
    with db.reading() as s:
        assert s.get(Activity, activity_id).name == "Market day"
        assert s.get(ActivityChannel, channel_id).copies == 0
        assert len(s.scalars(select(ActivitySignIn)).all()) == 1


def test_sign_ins_are_append_only_while_the_activity_runs(db, admin):
    _activity(db, admin.staff_id)
    with pytest.raises(IntegrityError, match="append-only"):
        with db.transaction() as s:
            s.scalars(select(ActivitySignIn)).one().source = "paper"
    with pytest.raises(IntegrityError, match="append-only"):
        with db.transaction() as s:
            s.delete(s.scalars(select(ActivitySignIn)).one())


def test_the_change_log_carries_the_phone_hash_never_the_phone_or_name(db, admin):
    _activity(db, admin.staff_id)
    with db.transaction() as s:
        s.scalars(select(Customer)).one().name = "王小明"  # a local-only change logs nothing
    with db.reading() as s:
        logged = [json.loads(r.payload) for r in s.scalars(
            select(ChangeLogRow).where(ChangeLogRow.entity == "customer"))]
        everything = " ".join(r.payload for r in s.scalars(select(ChangeLogRow)))
    assert len(logged) == 1
    assert logged[0]["phone_hash"] == "ab" * 32
    assert "phone" not in logged[0] and "name" not in logged[0]
    assert "13812341234" not in everything and "王" not in everything
