"""An activity's plan (issue 10, item 1): name, theme, event days, target segments and goals while it is a
draft; milestones and the three phases until it closes; start and close; the review that closes it.

Who: the branch head or the duty manager (Permission.MANAGE_ACTIVITIES). Each change is audited.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.activities import common
from branchdesk.services.activities.common import CLOSED, DRAFT, RUNNING
from branchdesk.services.branch import BranchService
from branchdesk.services.clock import Clock
from branchdesk.services.events import ACTIVITIES, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import (
    Activity,
    ActivityDay,
    ActivityGoal,
    ActivityMilestone,
    ActivityPhase,
    ActivityReview,
    ActivityReviewAction,
)

SEGMENTS = ("elderly", "farmers", "merchants", "students", "young_families", "other")
GOALS = ("participants", "new_customers", "business", "satisfaction")
MILESTONES = ("publicity_start", "materials_arrival", "rehearsal", "event_day", "review", "other")
PHASES = ("warmup", "execution", "review")
REVIEW_ACTIONS = range(3, 6)  # a review meeting ends with 3-5 measurable actions
MAX_NAME, MAX_THEME, MAX_TEXT, MAX_TITLE, MAX_ACTION = 80, 200, 2000, 120, 200
MAX_DAYS = 31


@dataclass(frozen=True)
class EventDay:
    day: dt.date
    starts: dt.time | None = None
    ends: dt.time | None = None


@dataclass(frozen=True)
class PlanInput:
    name: str
    theme: str = ""
    poster_text: str = ""
    target_segments: tuple[str, ...] = ()
    days: tuple[EventDay, ...] = ()
    goals: dict[str, float] = field(default_factory=dict)  # kind -> target


@dataclass(frozen=True)
class ActionInput:
    action: str
    owner_staff_id: str
    deadline: dt.date


@dataclass(frozen=True)
class MilestoneView:
    id: str
    activity_id: str
    activity_name: str
    kind: str
    title: str
    owner_id: str | None
    owner_name: str
    due_on: dt.date
    done_at: dt.datetime | None
    overdue: bool  # not done and its day has passed


@dataclass(frozen=True)
class PhaseView:
    kind: str
    owner_id: str | None
    owner_name: str
    deliverables: str


@dataclass(frozen=True)
class ActionView:
    position: int
    action: str
    owner_id: str
    owner_name: str
    deadline: dt.date


@dataclass(frozen=True)
class ReviewView:
    problems: str
    suggestions: str
    actions: list[ActionView]
    written_at: dt.datetime
    written_by: str


@dataclass(frozen=True)
class ActivitySummary:
    id: str
    code: str
    name: str
    status: str
    first_day: dt.date | None
    last_day: dt.date | None
    overdue_milestones: int


@dataclass(frozen=True)
class ActivityDetail:
    id: str
    code: str
    name: str
    theme: str
    poster_text: str
    status: str
    target_segments: tuple[str, ...]
    days: list[EventDay]
    goals: dict[str, float]
    phases: list[PhaseView]  # always the three, in order
    milestones: list[MilestoneView]  # by due date
    review: ReviewView | None
    started_at: dt.datetime | None
    closed_at: dt.datetime | None

    @property
    def read_only(self) -> bool:
        return self.status == CLOSED

    def is_event_day(self, day: dt.date) -> bool:
        return any(d.day == day for d in self.days)


class ActivityPlans(Publisher):
    def __init__(self, db: Database, clock: Clock, branch: BranchService) -> None:
        self.db = db
        self.clock = clock
        self.branch = branch

    # -- the plan -------------------------------------------------------------------------------

    @publishes(ACTIVITIES)
    def create(self, actor: Actor, plan: PlanInput) -> ActivityDetail:
        actor.require(Permission.MANAGE_ACTIVITIES)
        checked = _checked(plan)
        now = self.clock.now()
        today = self.branch.today()
        with self.db.transaction() as s:
            prefix = f"HD{today:%y%m}-"
            made = s.scalar(select(func.count()).select_from(Activity).where(Activity.code.like(prefix + "%")))
            code = f"{prefix}{(made or 0) + 1}"
            while s.scalar(select(Activity.id).where(Activity.code == code)):
                made = (made or 0) + 1
                code = f"{prefix}{made + 1}"
            row = Activity(code=code, name=checked.name, theme=checked.theme, poster_text=checked.poster_text,
                           status=DRAFT, target_segments=json.dumps(list(checked.target_segments)),
                           created_at=now, created_by=actor.staff_id)
            s.add(row)
            s.flush()
            self._write_days_and_goals(s, row.id, checked)
            for kind in PHASES:
                s.add(ActivityPhase(activity_id=row.id, kind=kind, deliverables=""))
            audit.append(s, now, "activity.created", actor.staff_id, activity=row.id, code=code, name=row.name)
            activity_id = row.id
        return self.get(activity_id)

    @publishes(ACTIVITIES)
    def update(self, actor: Actor, activity_id: str, plan: PlanInput) -> ActivityDetail:
        """The plan's core, while a draft."""
        actor.require(Permission.MANAGE_ACTIVITIES)
        checked = _checked(plan)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id, draft_only=True)
            row.name, row.theme, row.poster_text = checked.name, checked.theme, checked.poster_text
            row.target_segments = json.dumps(list(checked.target_segments))
            s.execute(delete(ActivityDay).where(ActivityDay.activity_id == row.id))
            s.execute(delete(ActivityGoal).where(ActivityGoal.activity_id == row.id))
            s.flush()
            self._write_days_and_goals(s, row.id, checked)
            audit.append(s, now, "activity.updated", actor.staff_id, activity=row.id, name=row.name,
                         days=[d.day.isoformat() for d in checked.days], goals=checked.goals)
        return self.get(activity_id)

    @publishes(ACTIVITIES)
    def start(self, actor: Actor, activity_id: str) -> ActivityDetail:
        actor.require(Permission.MANAGE_ACTIVITIES)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id, draft_only=True)
            if not s.scalar(select(func.count()).select_from(ActivityDay).where(ActivityDay.activity_id == row.id)):
                raise UserError("activity.no_days", tr_noop("Give the activity at least one event day before starting it."))
            if not s.scalar(select(func.count()).select_from(ActivityGoal).where(ActivityGoal.activity_id == row.id)):
                raise UserError("activity.no_goals",
                                tr_noop("Set at least one goal (participants, say) before starting the activity."))
            row.status, row.started_at, row.started_by = RUNNING, now, actor.staff_id
            audit.append(s, now, "activity.started", actor.staff_id, activity=row.id, code=row.code)
        return self.get(activity_id)

    @publishes(ACTIVITIES)
    def write_review(self, actor: Actor, activity_id: str, problems: str, suggestions: str,
                     actions: list[ActionInput]) -> ActivityDetail:
        """Problems found, suggestions and the 3-5 actions of the review meeting; rewritten until closing."""
        actor.require(Permission.MANAGE_ACTIVITIES)
        problems = common.clean_text(problems, MAX_TEXT)
        suggestions = common.clean_text(suggestions, MAX_TEXT)
        if len(actions) not in REVIEW_ACTIONS:
            raise UserError("activity.review_actions",
                            tr_noop("A review ends with 3 to 5 actions, each with an owner and a deadline."))
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id)
            if row.status != RUNNING:
                raise UserError("activity.review_not_running", tr_noop("Start the activity before reviewing it."))
            checked = []
            for item in actions:
                text = common.clean_text(item.action, MAX_ACTION)
                owner = common.active_staff(s, item.owner_staff_id)
                if not text or owner is None:
                    raise UserError("activity.review_action_incomplete",
                                    tr_noop("Each action needs what is to be done and who owns it."))
                checked.append((text, owner, item.deadline))
            review = s.scalar(select(ActivityReview).where(ActivityReview.activity_id == row.id))
            if review is None:
                review = ActivityReview(activity_id=row.id, written_at=now, written_by=actor.staff_id)
                s.add(review)
            review.problems, review.suggestions = problems, suggestions
            review.written_at, review.written_by = now, actor.staff_id
            s.execute(delete(ActivityReviewAction).where(ActivityReviewAction.activity_id == row.id))
            s.flush()
            for position, (text, owner, deadline) in enumerate(checked, start=1):
                s.add(ActivityReviewAction(activity_id=row.id, position=position, action=text,
                                           owner_staff_id=owner, deadline=deadline))
            audit.append(s, now, "activity.reviewed", actor.staff_id, activity=row.id, actions=len(checked))
        return self.get(activity_id)

    @publishes(ACTIVITIES)
    def close(self, actor: Actor, activity_id: str) -> ActivityDetail:
        """After the review: the activity and everything of it become read-only."""
        actor.require(Permission.MANAGE_ACTIVITIES)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id)
            if row.status != RUNNING:
                raise UserError("activity.close_draft", tr_noop("A draft is not closed: start it, or leave it as a draft."))
            if not s.scalar(select(func.count()).select_from(ActivityReviewAction)
                            .where(ActivityReviewAction.activity_id == row.id)):
                raise UserError("activity.no_review",
                                tr_noop("Write the review (problems, suggestions and 3 to 5 actions) before closing."))
            row.status, row.closed_at, row.closed_by = CLOSED, now, actor.staff_id
            audit.append(s, now, "activity.closed", actor.staff_id, activity=row.id, code=row.code)
        return self.get(activity_id)

    # -- phases and milestones ------------------------------------------------------------------

    @publishes(ACTIVITIES)
    def set_phase(self, actor: Actor, activity_id: str, kind: str, owner_staff_id: str | None,
                  deliverables: str) -> ActivityDetail:
        actor.require(Permission.MANAGE_ACTIVITIES)
        if kind not in PHASES:
            raise UserError("activity.no_phase", tr_noop("Choose warm-up, execution or review."))
        deliverables = common.clean_text(deliverables, MAX_TEXT)
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id)
            owner = common.active_staff(s, owner_staff_id)
            phase = s.scalar(select(ActivityPhase).where(ActivityPhase.activity_id == row.id,
                                                         ActivityPhase.kind == kind))
            if phase is None:
                phase = ActivityPhase(activity_id=row.id, kind=kind)
                s.add(phase)
            phase.owner_staff_id, phase.deliverables = owner, deliverables
            audit.append(s, now, "activity.phase", actor.staff_id, activity=row.id, phase=kind, owner=owner)
        return self.get(activity_id)

    @publishes(ACTIVITIES)
    def add_milestone(self, actor: Actor, activity_id: str, kind: str, due_on: dt.date,
                      owner_staff_id: str | None, title: str = "") -> MilestoneView:
        actor.require(Permission.MANAGE_ACTIVITIES)
        if kind not in MILESTONES:
            raise UserError("activity.no_milestone_kind", tr_noop("Choose what kind of milestone this is."))
        title = common.clean_text(title, MAX_TITLE)
        if kind == "other" and not title:
            raise UserError("activity.no_milestone_title", tr_noop("Say what the milestone is."))
        now = self.clock.now()
        with self.db.transaction() as s:
            row = common.editable(s, activity_id)
            owner = common.active_staff(s, owner_staff_id)
            milestone = ActivityMilestone(activity_id=row.id, kind=kind, title=title, owner_staff_id=owner,
                                          due_on=due_on)
            s.add(milestone)
            s.flush()
            audit.append(s, now, "activity.milestone_added", actor.staff_id, activity=row.id,
                         milestone=milestone.id, kind=kind, due=due_on.isoformat())
            milestone_id = milestone.id
        return self._milestone(milestone_id)

    @publishes(ACTIVITIES)
    def set_milestone_done(self, actor: Actor, milestone_id: str, done: bool = True) -> MilestoneView:
        actor.require(Permission.MANAGE_ACTIVITIES)
        now = self.clock.now()
        with self.db.transaction() as s:
            milestone = s.get(ActivityMilestone, milestone_id)
            if milestone is None:
                raise UserError("activity.milestone_not_found", tr_noop("This milestone no longer exists."))
            common.editable(s, milestone.activity_id)
            milestone.done_at, milestone.done_by = (now, actor.staff_id) if done else (None, None)
            audit.append(s, now, "activity.milestone_done" if done else "activity.milestone_reopened",
                         actor.staff_id, activity=milestone.activity_id, milestone=milestone.id)
        return self._milestone(milestone_id)

    # -- reads ----------------------------------------------------------------------------------

    def listing(self) -> list[ActivitySummary]:
        """Running first, then drafts, then closed; newest first within each."""
        today = self.branch.today()
        with self.db.reading() as s:
            rows = s.scalars(select(Activity).order_by(Activity.created_at.desc())).all()
            days: dict[str, list[dt.date]] = {}
            for activity_id, day in s.execute(select(ActivityDay.activity_id, ActivityDay.day)):
                days.setdefault(activity_id, []).append(day)
            late: dict[str, int] = dict(s.execute(
                select(ActivityMilestone.activity_id, func.count())
                .where(ActivityMilestone.done_at.is_(None), ActivityMilestone.due_on < today)
                .group_by(ActivityMilestone.activity_id)).all())
            found = [ActivitySummary(r.id, r.code, r.name, r.status, min(days.get(r.id, []), default=None),
                                     max(days.get(r.id, []), default=None),
                                     late.get(r.id, 0) if r.status != CLOSED else 0) for r in rows]
        order = {RUNNING: 0, DRAFT: 1, CLOSED: 2}
        return sorted(found, key=lambda a: order[a.status])

    def get(self, activity_id: str) -> ActivityDetail:
        today = self.branch.today()
        with self.db.reading() as s:
            row = common.load(s, activity_id)
            names = common.staff_names(s)
            return _detail(s, row, names, today)

    def by_code(self, code: str) -> ActivityDetail:
        """For the command line: `branchdesk activity poster CODE`."""
        with self.db.reading() as s:
            activity_id = s.scalar(select(Activity.id).where(Activity.code == code.strip().upper()))
        if activity_id is None:
            raise UserError("activity.no_code", tr_noop("No activity has the code {code}."), code=code)
        return self.get(activity_id)

    def overdue_milestones(self) -> list[MilestoneView]:
        """Milestones of running activities not done by their day: for the home page, oldest first."""
        today = self.branch.today()
        with self.db.reading() as s:
            names = common.staff_names(s)
            rows = s.execute(
                select(ActivityMilestone, Activity.name).join(Activity, Activity.id == ActivityMilestone.activity_id)
                .where(Activity.status == RUNNING, ActivityMilestone.done_at.is_(None),
                       ActivityMilestone.due_on < today)
                .order_by(ActivityMilestone.due_on)).all()
            return [_milestone_view(m, name, names, today) for m, name in rows]

    def _milestone(self, milestone_id: str) -> MilestoneView:
        today = self.branch.today()
        with self.db.reading() as s:
            m = s.get(ActivityMilestone, milestone_id)
            if m is None:
                raise UserError("activity.milestone_not_found", tr_noop("This milestone no longer exists."))
            return _milestone_view(m, common.load(s, m.activity_id).name, common.staff_names(s), today)

    @staticmethod
    def _write_days_and_goals(s: Session, activity_id: str, plan: PlanInput) -> None:
        for day in plan.days:
            s.add(ActivityDay(activity_id=activity_id, day=day.day, starts=day.starts, ends=day.ends))
        for kind, target in plan.goals.items():
            s.add(ActivityGoal(activity_id=activity_id, kind=kind, target=target))


def parse_days(text: str, today: dt.date) -> tuple[EventDay, ...]:
    """Event days typed as a list: "2026-12-05, 12-10 12-15" (a month-day means the next such day from
    today, or today). Separators: commas, spaces, the Chinese comma and 、."""
    days = []
    for part in text.replace("，", " ").replace("、", " ").replace(",", " ").replace("/", "-").split():
        pieces = part.split("-")
        try:
            if len(pieces) == 3:
                day = dt.date(int(pieces[0]), int(pieces[1]), int(pieces[2]))
            elif len(pieces) == 2:
                day = dt.date(today.year, int(pieces[0]), int(pieces[1]))
                if day < today - dt.timedelta(days=180):  # December's plan for January
                    day = day.replace(year=today.year + 1)
            else:
                raise ValueError(part)
        except ValueError:
            raise UserError("activity.bad_day",
                            tr_noop("“{text}” is not a date: write event days like 2026-12-05 or 12-05."),
                            text=part) from None
        days.append(EventDay(day))
    return tuple(days)


def _checked(plan: PlanInput) -> PlanInput:
    name = common.clean_text(plan.name, MAX_NAME)
    if not name:
        raise UserError("activity.no_name", tr_noop("Give the activity a name."))
    theme = common.clean_text(plan.theme, MAX_THEME)
    text = common.clean_text(plan.poster_text, MAX_TEXT)
    if any(seg not in SEGMENTS for seg in plan.target_segments):
        raise UserError("activity.bad_segment", tr_noop("Choose the target customers from the list."))
    days = sorted(plan.days, key=lambda d: d.day)
    if len({d.day for d in days}) != len(days):
        raise UserError("activity.same_day_twice", tr_noop("An event day is listed twice."))
    if len(days) > MAX_DAYS:
        raise UserError("activity.too_many_days", tr_noop("An activity has at most {n} event days."), n=MAX_DAYS)
    for day in days:
        if day.starts and day.ends and day.ends <= day.starts:
            raise UserError("activity.day_hours", tr_noop("On {day} the activity ends before it starts."),
                            day=day.day.isoformat())
    goals: dict[str, float] = {}
    for kind, target in plan.goals.items():
        if kind not in GOALS:
            raise UserError("activity.bad_goal", tr_noop("Choose goals from the list."))
        if target is None or target <= 0:
            continue  # an empty goal is no goal
        if kind == "satisfaction" and not 1 <= target <= 5:
            raise UserError("activity.satisfaction_goal", tr_noop("The satisfaction goal is a score from 1 to 5."))
        if kind != "satisfaction" and target != int(target):
            raise UserError("activity.whole_goal", tr_noop("Participants, new customers and business are whole numbers."))
        goals[kind] = float(target)
    return PlanInput(name, theme, text, tuple(dict.fromkeys(plan.target_segments)), tuple(days), goals)


def _milestone_view(m: ActivityMilestone, activity_name: str, names: dict[str, str],
                    today: dt.date) -> MilestoneView:
    return MilestoneView(m.id, m.activity_id, activity_name, m.kind, m.title, m.owner_staff_id,
                         names.get(m.owner_staff_id or "", ""), m.due_on, m.done_at,
                         m.done_at is None and m.due_on < today)


def _detail(s: Session, row: Activity, names: dict[str, str], today: dt.date) -> ActivityDetail:
    days = [EventDay(d.day, d.starts, d.ends) for d in s.scalars(
        select(ActivityDay).where(ActivityDay.activity_id == row.id).order_by(ActivityDay.day))]
    goals = {g.kind: g.target for g in s.scalars(select(ActivityGoal).where(ActivityGoal.activity_id == row.id))}
    phases = {p.kind: p for p in s.scalars(select(ActivityPhase).where(ActivityPhase.activity_id == row.id))}
    phase_views = [PhaseView(kind, phases[kind].owner_staff_id if kind in phases else None,
                             names.get(phases[kind].owner_staff_id or "", "") if kind in phases else "",
                             phases[kind].deliverables if kind in phases else "") for kind in PHASES]
    milestones = [_milestone_view(m, row.name, names, today) if row.status != CLOSED
                  else _milestone_view(m, row.name, names, dt.date.min)  # a closed activity is past marking
                  for m in s.scalars(select(ActivityMilestone).where(ActivityMilestone.activity_id == row.id)
                                     .order_by(ActivityMilestone.due_on, ActivityMilestone.id))]
    review_row = s.scalar(select(ActivityReview).where(ActivityReview.activity_id == row.id))
    review = None
    if review_row is not None:
        actions = [ActionView(a.position, a.action, a.owner_staff_id, names.get(a.owner_staff_id, ""), a.deadline)
                   for a in s.scalars(select(ActivityReviewAction).where(ActivityReviewAction.activity_id == row.id)
                                      .order_by(ActivityReviewAction.position))]
        review = ReviewView(review_row.problems, review_row.suggestions, actions, review_row.written_at,
                            names.get(review_row.written_by, ""))
    return ActivityDetail(row.id, row.code, row.name, row.theme, row.poster_text, row.status,
                          tuple(json.loads(row.target_segments or "[]")), days, goals, phase_views, milestones,
                          review, row.started_at, row.closed_at)
