"""Service-standard checks (issue 11): templates, running a check, its score."""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.services.checks.actions import CorrectiveActions
from branchdesk.services.checks.inspections import Inspections
from branchdesk.services.checks.mystery import MysteryVisits
from branchdesk.services.checks.schedules import CheckSchedules
from branchdesk.services.checks.templates import CheckTemplates


@dataclass
class CheckServices:
    """`services.checks`: the checklists (`templates`), the checks run from them (`inspections`), the
    inspector's mystery-shopper visits (`visits`), when each checklist is due (`schedules`) and the
    corrective actions failed items open (`actions`)."""

    templates: CheckTemplates
    inspections: Inspections
    visits: MysteryVisits
    schedules: CheckSchedules
    actions: CorrectiveActions
