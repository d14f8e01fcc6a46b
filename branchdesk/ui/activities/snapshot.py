"""What the activities page shows, read in one go on the database lane."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from branchdesk.services import Services
from branchdesk.services.activities.budget import BudgetView, SpendingView
from branchdesk.services.activities.channels import ChannelView
from branchdesk.services.activities.followups import FollowUpView
from branchdesk.services.activities.plans import ActivityDetail, ActivitySummary
from branchdesk.services.activities.signin import SignInLine
from branchdesk.services.staff import StaffInfo


@dataclass(frozen=True)
class Snapshot:
    activities: list[ActivitySummary]
    people: list[StaffInfo]
    today: dt.date
    zone: dt.tzinfo
    detail: ActivityDetail | None = None
    budget: BudgetView | None = None
    spending: list[SpendingView] = field(default_factory=list)
    channels: list[ChannelView] = field(default_factory=list)
    followups: list[FollowUpView] = field(default_factory=list)
    recent: list[SignInLine] = field(default_factory=list)
    totals: tuple[int, int] = (0, 0)


def read(services: Services, chosen: str | None) -> Snapshot | None:
    """Everything of the chosen activity (or of the first listed when none is chosen or it is gone)."""
    settings = services.branch.settings()
    if settings is None:
        return None
    acts = services.activities
    listing = acts.plans.listing()
    people = services.staff.list_staff(include_inactive=False)
    today = services.branch.today()
    ids = [a.id for a in listing]
    activity_id = chosen if chosen in ids else (ids[0] if ids else None)
    if activity_id is None:
        return Snapshot(listing, people, today, settings.zone)
    return Snapshot(listing, people, today, settings.zone, acts.plans.get(activity_id),
                    acts.budget.budget(activity_id), acts.budget.spending(activity_id),
                    acts.channels.listing(activity_id), acts.followups.listing(activity_id),
                    acts.signins.recent(activity_id), acts.signins.totals(activity_id))
