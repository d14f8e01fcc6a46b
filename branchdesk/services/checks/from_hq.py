"""What the checks area applies of HQ's items (docs/sync-protocol.md §5.4), for `BranchSync(appliers=...)`:
the county's checklists, its mystery-shopper visits and their releases."""

from __future__ import annotations

from branchdesk.services.checks.hq_visits import Applier, apply_release, apply_visit
from branchdesk.services.checks.templates import apply_county_checklist

APPLIERS: dict[str, Applier] = {"checklist": apply_county_checklist, "mystery_visit": apply_visit,
                                "mystery_release": apply_release}
