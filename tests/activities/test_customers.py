"""Customers' personal details (issue 10, item 5): masked, kept for the retention period, then purged
with the counts kept."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.store.models import Customer


def test_details_are_purged_after_the_retention_period_and_the_counts_remain(services, admin, clerk, manager,
                                                                             running, clock):
    activity, _ = running
    customers = services.activities.customers
    services.activities.signins.sign_in(clerk, activity.id, "13812345678", consent=True)
    with pytest.raises(PermissionDenied):
        customers.set_retention_days(manager, 90)
    with pytest.raises(UserError):
        customers.set_retention_days(admin, 5)
    customers.set_retention_days(admin, 90)
    clock.advance(days=89)
    assert customers.purge_expired() == 0
    clock.advance(days=2)
    assert customers.purge_expired() == 1
    with services.db.reading() as s:
        row = s.scalars(select(Customer)).one()
        assert (row.phone, row.name, row.phone_hash, row.consent) == (None, None, None, False)
    assert services.activities.signins.totals(activity.id) == (1, 1)
    assert services.activities.signins.recent(activity.id)[0].phone_masked == "***********"
    with pytest.raises(UserError):
        customers.reveal_phone(manager, row.id)
