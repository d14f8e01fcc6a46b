"""活动 / Activities (issue 10): choose an activity or start a new plan; its plan, milestones with overdue
marks, budget against actual, channels, sign-ins and follow-ups, and the review that closes it.

Everyone sees it (any member of staff signs customers in); planning, budget, channels, start and close
need MANAGE_ACTIVITIES, and the services check it again. Reads and writes run on the database lane
(ui/ops.py); the page re-reads on ACTIVITIES, STAFF and SETTINGS changes.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from branchdesk.errors import UserError
from branchdesk.services import Services
from branchdesk.services.events import ACTIVITIES, SETTINGS, STAFF
from branchdesk.services.roles import Actor, Permission
from branchdesk.ui.activities.follow_ups import FollowUpsPanel
from branchdesk.ui.activities.invitations import InvitationsPanel
from branchdesk.ui.activities.labels import status_label
from branchdesk.ui.activities.paper_entry import PaperEntryPanel
from branchdesk.ui.activities.plan_tab import PlanTab
from branchdesk.ui.activities.progress_tabs import BudgetTab, MilestonesTab
from branchdesk.ui.activities.people_tabs import ChannelsTab, PeopleTab, ReviewTab
from branchdesk.ui.activities.snapshot import Snapshot, read
from branchdesk.ui.i18n import tr_error
from branchdesk.ui.ops import Op, on_change

MESSAGE_STYLE = "color: #9b0000;"


class ActivitiesPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.manager = actor.can(Permission.MANAGE_ACTIVITIES)
        self.data: Snapshot | None = None
        self.chosen: str | None = None
        self.reading: Op | None = None
        self._read_again = False

        title = QLabel(self.tr("Activities"))
        title.setProperty("role", "title")
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(20)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.activated.connect(self._chose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New activity"))
        self.new_button.clicked.connect(self.new_plan)
        self.start_button = QPushButton(self.tr("Start the activity"))
        self.start_button.clicked.connect(self.start)
        self.new_button.setVisible(self.manager)
        self.start_button.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.chooser)
        top.addWidget(self.summary, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.new_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()

        self.plan_tab = PlanTab(self)
        self.milestones_tab = MilestonesTab(self)
        self.budget_tab = BudgetTab(self)
        self.channels_tab = ChannelsTab(self)
        self.people_tab = PeopleTab(self)
        self.review_tab = ReviewTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan_tab, self.tr("Plan"))
        self.tabs.addTab(self.milestones_tab, self.tr("Milestones"))
        self.tabs.addTab(self.budget_tab, self.tr("Budget"))
        self.tabs.addTab(self.channels_tab, self.tr("Channels"))
        self.tabs.addTab(self.people_tab, self.tr("Sign-ins and follow-ups"))
        self.tabs.addTab(self.review_tab, self.tr("Review"))
        # Paper sheets, invitations and follow-ups (issue 10, items 4 and 6): panels that read for themselves.
        self.paper_panel = PaperEntryPanel(services, actor)
        self.invitations_panel = InvitationsPanel(services, actor)
        self.follow_ups_panel = FollowUpsPanel(services, actor)
        self.tabs.insertTab(self.tabs.indexOf(self.people_tab) + 1, self.paper_panel, self.tr("Paper sheets"))
        self.tabs.insertTab(self.tabs.indexOf(self.review_tab), self.invitations_panel, self.tr("Invitations"))
        self.tabs.insertTab(self.tabs.indexOf(self.review_tab), self.follow_ups_panel, self.tr("Follow-ups"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        on_change(self, services, {ACTIVITIES, STAFF, SETTINGS}, self.refresh)
        # Customers not seen for the retention period lose their personal details (the counts stay):
        # done when the page is first opened in a session, before anyone reads them.
        customers = services.activities.customers
        Op(self, lambda: customers.purge_expired() if services.branch.is_set_up() else 0).run()
        self.refresh()

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.setProperty("stale", False)
        if self.reading is not None:
            self._read_again = True
            return
        services, chosen = self.services, self.chosen
        self.reading = Op(self, lambda: read(services, chosen)).success(self._display).done(self._read).run()

    def _read(self) -> None:
        self.reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _display(self, data: Snapshot | None) -> None:
        if data is None:
            return
        self.data = data
        detail = data.detail
        self.chosen = detail.id if detail else None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for a in data.activities:
            self.chooser.addItem(f"{status_label(a.status)} · {a.name}", a.id)
        if detail is not None:
            self.chooser.setCurrentIndex(max(self.chooser.findData(detail.id), 0))
        self.chooser.blockSignals(False)
        self.chooser.setVisible(bool(data.activities))
        if detail is None:
            self.summary.setText(self.tr("No activity yet.") + (" " + self.tr("Plan one with “New activity”.")
                                                                 if self.manager else ""))
        else:
            if detail.days:
                days = self.tr("{first} to {last}, event days: {count}").format(
                    first=f"{detail.days[0].day:%m-%d}", last=f"{detail.days[-1].day:%m-%d}", count=len(detail.days))
            else:
                days = self.tr("no event days yet")
            self.summary.setText(self.tr("{code} · {status} · {days}").format(
                code=detail.code, status=status_label(detail.status), days=days))
        self.start_button.setVisible(self.manager and detail is not None and detail.status == "draft")
        for tab in (self.plan_tab, self.milestones_tab, self.budget_tab, self.channels_tab, self.people_tab,
                    self.review_tab):
            tab.show_data(data)
        for panel in (self.paper_panel, self.invitations_panel, self.follow_ups_panel):
            panel.set_activity(detail.id if detail else None)

    def _chose(self, index: int) -> None:
        self.chosen = self.chooser.itemData(index)
        self.message.hide()
        self.refresh()

    # -- writing --------------------------------------------------------------------------------

    def new_plan(self) -> None:
        self.tabs.setCurrentWidget(self.plan_tab)
        self.plan_tab.start_new()

    def start(self) -> None:
        detail = self.data.detail if self.data else None
        if detail is None:
            return
        plans, actor, activity_id = self.services.activities.plans, self.actor, detail.id
        self.write(lambda: plans.start(actor, activity_id), self.message)

    def write(self, call: Callable[[], Any], message: QLabel, after: Callable[[Any], None] | None = None) -> None:
        """Run a service write on the database lane; its refusal shows in `message`, translated."""
        def succeeded(result: Any) -> None:
            message.clear()
            message.setVisible(message is not self.message)
            if after is not None:
                after(result)

        def refused(err: UserError) -> None:
            message.setText(tr_error(err))
            message.show()
        Op(self, call).success(succeeded).failure(refused).run()

    def show_created(self, activity_id: str) -> None:
        self.chosen = activity_id
        self.refresh()
