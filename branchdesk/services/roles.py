"""Roles, who may do what, and the signed-in actor that services check."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from branchdesk.errors import PermissionDenied, tr_noop


class Role(str, enum.Enum):
    # First, so the lowest rank: the county's inspector is not branch staff and manages nobody (issue 11, item 5).
    INSPECTOR = "inspector"
    CLERK = "clerk"
    DUTY_MANAGER = "duty_manager"
    BRANCH_HEAD = "branch_head"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    @property
    def branch_staff(self) -> bool:
        """Works at the branch: may be scheduled, scored, named responsible. The inspector does not."""
        return self is not Role.INSPECTOR


ROLE_LABELS = {
    Role.INSPECTOR: tr_noop("Inspector"),
    Role.CLERK: tr_noop("Clerk"),
    Role.DUTY_MANAGER: tr_noop("Duty manager"),
    Role.BRANCH_HEAD: tr_noop("Branch head"),
    Role.ADMIN: tr_noop("Administrator"),
}


class Permission(enum.Enum):
    MANAGE_STAFF = "manage_staff"
    EDIT_BRANCH = "edit_branch"
    VIEW_ALL_ATTENDANCE = "view_all_attendance"
    VIEW_AUDIT = "view_audit"
    MANAGE_QUEUE = "manage_queue"
    RUN_KIOSK = "run_kiosk"
    UNLOCK_STAFF = "unlock_staff"
    MANAGE_SYNC = "manage_sync"
    RUN_CHECKS = "run_checks"
    EDIT_CHECK_TEMPLATES = "edit_check_templates"
    HANDLE_COMPLAINTS = "handle_complaints"
    RECORD_VISITS = "record_visits"
    EVALUATE_STAFF = "evaluate_staff"


# Who may: administrators manage accounts; the branch head runs the branch;
# the duty manager oversees the day.
GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_STAFF: frozenset({Role.ADMIN}),
    Permission.EDIT_BRANCH: frozenset({Role.ADMIN, Role.BRANCH_HEAD}),
    Permission.VIEW_ALL_ATTENDANCE: frozenset({Role.ADMIN, Role.BRANCH_HEAD, Role.DUTY_MANAGER}),
    Permission.VIEW_AUDIT: frozenset({Role.ADMIN, Role.BRANCH_HEAD}),
    # Services, windows, the call policy and the advice target.
    Permission.MANAGE_QUEUE: frozenset({Role.ADMIN, Role.BRANCH_HEAD, Role.DUTY_MANAGER}),
    # Opening and closing the customers' ticket kiosk in the hall.
    Permission.RUN_KIOSK: frozenset({Role.ADMIN, Role.BRANCH_HEAD, Role.DUTY_MANAGER}),
    # Lifting a sign-in lockout early, the PIN unchanged (the colleague is at the counter, the head vouches).
    Permission.UNLOCK_STAFF: frozenset({Role.ADMIN, Role.BRANCH_HEAD}),
    # Enrolling with HQ, the weekly bundle and its acknowledgement.
    Permission.MANAGE_SYNC: frozenset({Role.ADMIN, Role.BRANCH_HEAD}),
    # Running and signing the service-standard checks (daily, weekly): whoever oversees the day.
    Permission.RUN_CHECKS: frozenset({Role.ADMIN, Role.BRANCH_HEAD, Role.DUTY_MANAGER}),
    # Editing checklists and publishing new versions: the branch head answers for the standard.
    Permission.EDIT_CHECK_TEMPLATES: frozenset({Role.ADMIN, Role.BRANCH_HEAD}),
    # Assigning a complaint, replying to the customer and recording their satisfaction: the head or the
    # duty manager answers for the branch. Anyone may register a complaint and add a step to it.
    Permission.HANDLE_COMPLAINTS: frozenset({Role.ADMIN, Role.BRANCH_HEAD, Role.DUTY_MANAGER}),
    # Recording covert mystery-shopper visits, seeing their results before release, releasing them: the county's
    # inspector alone. Nobody at the branch, the head and the administrator included (issue 11, item 5).
    Permission.RECORD_VISITS: frozenset({Role.INSPECTOR}),
    # The staff score (issue 11, item 7): the branch head evaluates weekly, sets targets, enters figures, and
    # sees everyone's score and the ranking. Everyone else sees their own score with its sources.
    Permission.EVALUATE_STAFF: frozenset({Role.ADMIN, Role.BRANCH_HEAD}),
}


@dataclass(frozen=True)
class Actor:
    """Who is signed in: passed to every service call that needs a permission."""

    staff_id: str
    username: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return self.role in GRANTS[permission]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                "auth.denied", tr_noop("Your role may not do this."), permission=permission.value
            )
