"""Every model, imported so that `Base.metadata` knows the whole schema."""

from branchdesk.store.models.actions import ActionStep, CheckSchedule, CorrectiveAction
from branchdesk.store.models.activities import (
    Activity,
    ActivityBudgetLine,
    ActivityBusiness,
    ActivityChannel,
    ActivityContact,
    ActivityDay,
    ActivityFollowUp,
    ActivityGoal,
    ActivityInvitation,
    ActivityMilestone,
    ActivityPhase,
    ActivityReview,
    ActivityReviewAction,
    ActivitySheet,
    ActivitySignIn,
    ActivitySpending,
    Customer,
)
from branchdesk.store.models.audit import AuditEntry
from branchdesk.store.models.branch import Branch, LocalSetting, OpeningHours
from branchdesk.store.models.changelog import ChangeLogRow
from branchdesk.store.models.checks import (
    ChecklistTemplate,
    Inspection,
    InspectionAnswer,
    MysteryVisit,
    TemplateItem,
    TemplateVersion,
)
from branchdesk.store.models.complaints import Complaint, ComplaintStep
from branchdesk.store.models.queue import (
    Business,
    QueueWindow,
    Ticket,
    TicketEvent,
    WindowEvent,
    WindowBusiness,
)
from branchdesk.store.models.queue_figures import QueueDayBuilt, QueueDayFigures
from branchdesk.store.models.staff import AttendanceEvent, Staff, StaffCredential
from branchdesk.store.models.staff_score import StaffEvaluation, StaffTarget, StaffTargetFigure
from branchdesk.store.models.sync import Announcement, AnnouncementRead, SyncState

__all__ = [
    "ActionStep",
    "CheckSchedule",
    "CorrectiveAction",
    "Activity",
    "ActivityBudgetLine",
    "ActivityBusiness",
    "ActivityChannel",
    "ActivityContact",
    "ActivityDay",
    "ActivityFollowUp",
    "ActivityGoal",
    "ActivityInvitation",
    "ActivityMilestone",
    "ActivityPhase",
    "ActivityReview",
    "ActivityReviewAction",
    "ActivitySheet",
    "ActivitySignIn",
    "ActivitySpending",
    "Customer",
    "Announcement",
    "AnnouncementRead",
    "AttendanceEvent",
    "AuditEntry",
    "Branch",
    "ChangeLogRow",
    "ChecklistTemplate",
    "Complaint",
    "ComplaintStep",
    "Inspection",
    "InspectionAnswer",
    "MysteryVisit",
    "TemplateItem",
    "TemplateVersion",
    "LocalSetting",
    "OpeningHours",
    "QueueDayBuilt",
    "QueueDayFigures",
    "Business",
    "QueueWindow",
    "Staff",
    "StaffCredential",
    "StaffEvaluation",
    "StaffTarget",
    "StaffTargetFigure",
    "SyncState",
    "Ticket",
    "TicketEvent",
    "WindowEvent",
    "WindowBusiness",
]
