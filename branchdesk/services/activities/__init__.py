"""Promotional activities (issue 10): plans, budgets, channels and their codes, customers, sign-ins and
follow-ups. `services.activities` holds one service per part."""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.services.events import Publisher

from branchdesk.services.activities.budget import ActivityBudget
from branchdesk.services.activities.business import BusinessDone
from branchdesk.services.activities.channels import ActivityChannels
from branchdesk.services.activities.customers import Customers
from branchdesk.services.activities.followups import FollowUps
from branchdesk.services.activities.invitations import Invitations
from branchdesk.services.activities.no_shows import NoShows
from branchdesk.services.activities.paper import PaperEntry
from branchdesk.services.activities.plans import ActivityPlans
from branchdesk.services.activities.printouts import ActivityPrintouts
from branchdesk.services.activities.signin import SignIns


@dataclass
class ActivityServices:
    plans: ActivityPlans
    budget: ActivityBudget
    channels: ActivityChannels
    customers: Customers
    signins: SignIns
    followups: FollowUps
    invitations: Invitations
    business: BusinessDone
    # The no-show list and paper entry (issue 10, items 4 and 6): built from the ones above.
    no_shows: NoShows
    paper: PaperEntry
    printouts: ActivityPrintouts  # what posters, sign-in sheets and the summary report print

    def all(self) -> tuple[Publisher, ...]:
        return (self.plans, self.budget, self.channels, self.customers, self.signins, self.followups,
                self.invitations, self.business, self.no_shows, self.printouts)
