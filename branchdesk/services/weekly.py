"""The week's report for the county office: the queue and attendance, a section per area as areas land.

Built here from the services' own figures, drawn by printing/weekly_report.py, and carried in the
weekly bundle (services/sync.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from branchdesk.printing.report_data import (
    ActionLine, AttendanceLine, CheckOccasionLine, ComplaintLine, ComplaintWeek, WeeklyReport,
)
from branchdesk.services.attendance import AttendanceService
from branchdesk.services.branch import BranchService
from branchdesk.services.checks import CheckServices
from branchdesk.services.checks.schedule import MONTHLY, WEEKLY, Period
from branchdesk.services.clock import Clock
from branchdesk.services.complaints import ComplaintService, ComplaintView
from branchdesk.services.queue.reports import QueueReports
from branchdesk.services.queue.setup import list_businesses
from branchdesk.store import Database


class WeeklyReports:
    def __init__(self, db: Database, clock: Clock, branch: BranchService, queue_reports: QueueReports,
                 attendance: AttendanceService, complaints: ComplaintService, checks: CheckServices) -> None:
        self.db = db
        self.checks = checks
        self.complaints = complaints
        self.clock = clock
        self.branch = branch
        self.queue_reports = queue_reports
        self.attendance = attendance

    def data(self, first: dt.date, last: dt.date) -> WeeklyReport:
        settings = self.branch.require_settings()
        queue = self.queue_reports.period(first, last)
        with self.db.reading() as s:
            english = {x.name_zh: x.name_en for x in list_businesses(s, include_inactive=True)}
        people: dict[str, list[int]] = {}  # name -> present, late, minutes late, minutes worked
        for day in self.attendance.period(first, last):
            line = people.setdefault(day.full_name, [0, 0, 0, 0])
            if day.first_in is not None:
                line[0] += 1
                line[1] += day.late
                line[2] += day.minutes_late
                line[3] += day.worked_minutes
        return WeeklyReport(
            branch_name=settings.name, branch_code=settings.code, first=first, last=last,
            generated_at=self.clock.now().astimezone(settings.zone), queue_total=queue.total,
            queue_by_day=queue.by_day,
            queue_by_business=[replace(r, label_en=english.get(r.label, "")) for r in queue.by_business],
            pause_minutes=queue.pause_minutes,
            attendance=[AttendanceLine(name, present, late, late_minutes, round(worked / 60, 1))
                        for name, (present, late, late_minutes, worked) in people.items()],
            checks=self.check_lines(first, last), actions_overdue=self.overdue_actions(last),
            complaints=self.complaint_week(first, last))

    def check_lines(self, first: dt.date, last: dt.date) -> list[CheckOccasionLine]:
        """Each occasion a check was due with its deadline in the week: done on time, late, missed or pending."""
        zone = self.branch.require_settings().zone

        def label(frequency: str, period: Period) -> str:
            if frequency == MONTHLY:
                return f"{period.first:%Y-%m}"
            if frequency == WEEKLY:
                return f"{period.first:%Y-%m-%d} – {period.last:%Y-%m-%d}"
            return f"{period.first:%Y-%m-%d}"
        return [CheckOccasionLine(o.title, o.frequency, label(o.frequency, o.period),
                                  o.period.deadline.astimezone(zone), o.status,
                                  o.signed_at.astimezone(zone) if o.signed_at else None)
                for o in self.checks.schedules.occasions(first, last)]

    def overdue_actions(self, last: dt.date) -> list[ActionLine]:
        """Corrective actions still open (as they stand now) whose due date passed by the week's end."""
        zone = self.branch.require_settings().zone
        end = min(self.clock.now().astimezone(zone).date(), last + dt.timedelta(days=1))
        return [ActionLine(a.check_title, a.check_signed_at.astimezone(zone) if a.check_signed_at else None,
                           a.item_text, a.owner_name, a.due_on, (end - a.due_on).days)
                for a in sorted(self.checks.actions.listing(), key=lambda a: a.due_on) if a.overdue(end)]

    def complaint_week(self, first: dt.date, last: dt.date) -> ComplaintWeek:
        """The week's complaints, and those from before still open when it began, for the supervisor."""
        settings = self.branch.require_settings()
        zone = settings.zone
        began = dt.datetime.combine(first, dt.time(), tzinfo=zone)

        def line(c: ComplaintView) -> ComplaintLine:
            return ComplaintLine(
                received=c.received_at.astimezone(zone), deadline=c.deadline_at.astimezone(zone),
                channel=c.channel, category=c.category, summary=c.summary, contact_masked=c.contact_masked,
                first_name=c.first_name, assignee_name=c.assignee_name,
                replied=c.replied_at.astimezone(zone) if c.replied_at else None, satisfaction=c.satisfaction)

        return ComplaintWeek(
            branch_name=settings.name, branch_code=settings.code, first=first, last=last,
            generated_at=self.clock.now().astimezone(zone),
            received=[line(c) for c in self.complaints.period(first, last)],
            carried=[line(c) for c in self.complaints.open_before(began)])

    def files(self, first: dt.date, last: dt.date) -> dict[str, bytes]:
        """The reports as the bundle carries them: the week's PDF and spreadsheet, and the complaint report
        (every week, with or without complaints)."""
        from branchdesk.printing.complaints_report import complaints_report_pdf
        from branchdesk.printing.weekly_report import weekly_report_pdf, weekly_report_xlsx

        data = self.data(first, last)
        return {"report.pdf": weekly_report_pdf(data), "report.xlsx": weekly_report_xlsx(data),
                "complaints.pdf": complaints_report_pdf(self.complaint_week(first, last))}
