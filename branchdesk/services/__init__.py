"""Business rules, one module per area: plain Python that returns plain data."""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.services.activities import ActivityServices
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
from branchdesk.services.attendance import AttendanceService
from branchdesk.services.branch import BranchService
from branchdesk.services.checks import CheckServices
from branchdesk.services.checks.actions import CorrectiveActions
from branchdesk.services.checks.inspections import Inspections
from branchdesk.services.checks.mystery import MysteryVisits
from branchdesk.services.checks.schedules import CheckSchedules
from branchdesk.services.checks.templates import CheckTemplates
from branchdesk.services.clock import Clock
from branchdesk.services.complaints import ComplaintService
from branchdesk.services.due import DueService
from branchdesk.services.events import Events
from branchdesk.services.local_settings import LocalSettingsService
from branchdesk.services.queue.board import QueueBoard
from branchdesk.services.queue.printer import PrinterSettingsService
from branchdesk.services.queue.reports import QueueReports
from branchdesk.services.queue.service import QueueService
from branchdesk.services.queue.settings import QueueSettingsService
from branchdesk.services.secrets import SecretHasher
from branchdesk.services.staff import StaffService
from branchdesk.services.staff_score.service import StaffScoreService
from branchdesk.services.sync import SyncService
from branchdesk.services.weekly import WeeklyReports
from branchdesk.errors import UserError
from branchdesk.store import Database


def _activities(db: Database, clock: Clock, branch: BranchService, local: LocalSettingsService) -> ActivityServices:
    plans, channels, customers = ActivityPlans(db, clock, branch), ActivityChannels(db, clock), Customers(db, clock)
    signins = SignIns(db, clock, branch)
    return ActivityServices(plans, ActivityBudget(db, clock), channels, customers, signins, FollowUps(db, clock),
                            Invitations(db, clock, branch), BusinessDone(db, clock), NoShows(db, clock, branch),
                            PaperEntry(db, clock, branch, plans, channels, signins, customers),
                            ActivityPrintouts(db, clock, branch, local))


@dataclass
class Services:
    """Every service of one open database; app.py builds it and hands it to the views."""

    db: Database
    clock: Clock
    branch: BranchService
    staff: StaffService
    attendance: AttendanceService
    local: LocalSettingsService
    queue: QueueService
    queue_reports: QueueReports
    queue_board: QueueBoard
    queue_settings: QueueSettingsService
    printer: PrinterSettingsService
    sync: SyncService
    checks: CheckServices
    complaints: ComplaintService
    staff_score: StaffScoreService
    activities: ActivityServices
    due: DueService
    events: Events

    def backup_problem(self) -> UserError | None:
        """Why the day's backup, taken in the background at start, failed; None while it runs or went well."""
        return self.db.backup_error

    @classmethod
    def build(cls, db: Database, clock: Clock | None = None, hasher: SecretHasher | None = None) -> "Services":
        clock = clock or Clock()
        branch = BranchService(db, clock)
        local = LocalSettingsService(db)
        queue = QueueService(db, clock, branch)
        queue_settings = QueueSettingsService(db, local, queue)
        queue_settings.apply_stored_policy()  # the windows call by the policy chosen in settings
        events = Events()  # the writes below publish what they changed after commit
        attendance = AttendanceService(db, clock, branch)
        inspections = Inspections(db, clock, attendance)
        checks = CheckServices(CheckTemplates(db, clock), inspections, MysteryVisits(db, clock, inspections),
                               CheckSchedules(db, clock, branch), CorrectiveActions(db, clock))
        built = cls(
            db=db,
            clock=clock,
            branch=branch,
            staff=StaffService(db, clock, hasher),
            attendance=attendance,
            local=local,
            queue=queue,
            queue_reports=QueueReports(db, clock, branch),
            queue_board=QueueBoard(db, branch),
            queue_settings=queue_settings,
            printer=PrinterSettingsService(db, clock, local),
            sync=SyncService(db, clock, branch),
            checks=checks,
            complaints=ComplaintService(db, clock, branch),
            staff_score=StaffScoreService(db, clock, branch, checks.inspections),
            activities=_activities(db, clock, branch, local),
            due=DueService(db, clock),
            events=events,
        )
        weekly = WeeklyReports(db, clock, branch, built.queue_reports, built.attendance, built.complaints, checks)
        built.sync.week_report_files = weekly.files
        for service in (branch, local, queue, queue_settings, built.printer, built.staff, built.attendance,
                        built.sync, checks.templates, checks.inspections, checks.visits, checks.schedules,
                        checks.actions, built.complaints, built.staff_score, *built.activities.all()):
            service.events = events
        return built
