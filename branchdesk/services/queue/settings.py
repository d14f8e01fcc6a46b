"""Queue settings: businesses (prefix, number range, norm), windows and what they serve,
the call policy and the advice target. Editable by the duty manager and above.

The policy and the target are settings of this PC (local settings, JSON); the
businesses and windows are branch records and sync like the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.events import QUEUE, QUEUE_SETTINGS, Publisher, publishes
from branchdesk.services.local_settings import LocalSettingsService, put
from branchdesk.services.queue import policy as call_policy
from branchdesk.services.queue.norms import Norm
from branchdesk.services.queue.rules import Rules, checked_rules
from branchdesk.services.queue.service import CALLED, CLOSED, HELD, SERVING, WAITING, QueueService
from branchdesk.services.queue.setup import BusinessInfo, WindowInfo, list_businesses, list_windows, business_info
from branchdesk.services.queue.stats import AdviceTarget
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import Business, QueueWindow, Ticket, WindowBusiness

log = logging.getLogger(__name__)

POLICY_KEY = "queue.policy"
TARGET_KEY = "queue.advice_target"
RULES_KEY = "queue.rules"
PREFIX = re.compile(r"[A-Z]{1,2}")
UNITS = (None, "item", "title")
MAX_WINDOW = 99


@dataclass(frozen=True)
class BusinessEdit:
    code: str
    name_zh: str
    name_en: str
    prefix: str
    number_from: int
    number_to: int
    norm: Norm


class QueueSettingsService(Publisher):
    def __init__(self, db: Database, local: LocalSettingsService, queue: QueueService) -> None:
        self.db = db
        self.local = local
        self.queue = queue

    # --- businesses --------------------------------------------------------------
    @publishes(QUEUE_SETTINGS, QUEUE)
    def save_business(self, actor: Actor, edit: BusinessEdit) -> BusinessInfo:
        """Update the business `edit.code`, or add it when no business has that code."""
        actor.require(Permission.MANAGE_QUEUE)
        edit = _checked_business(edit)
        with self.db.transaction() as s:
            row = s.scalar(select(Business).where(Business.code == edit.code))
            clash = s.scalar(select(Business).where(Business.prefix == edit.prefix))
            if clash is not None and clash is not row:
                raise UserError("queue.prefix_taken", tr_noop("The prefix {prefix} is already used by {service}."),
                                prefix=edit.prefix, service=clash.name_zh)
            if row is None:
                order = (s.scalar(select(func.max(Business.sort_order))) or 0) + 1
                row = Business(code=edit.code, sort_order=order, active=True)
                s.add(row)
            row.name_zh, row.name_en, row.prefix = edit.name_zh, edit.name_en, edit.prefix
            row.number_from, row.number_to = edit.number_from, edit.number_to
            row.norm_base_min, row.norm_per_10k_min = edit.norm.base_minutes, edit.norm.per_10k_minutes
            row.norm_per_unit_min, row.norm_unit = edit.norm.per_unit_minutes, edit.norm.unit
            s.flush()
            return business_info(row)

    # --- windows -----------------------------------------------------------------
    @publishes(QUEUE_SETTINGS, QUEUE)
    def save_window(self, actor: Actor, number: int, name: str, business_codes: list[str],
                    old_number: int | None = None) -> WindowInfo:
        """Update window `old_number` (renumbering it to `number`), or add window `number` when it is None."""
        actor.require(Permission.MANAGE_QUEUE)
        name = name.strip()
        if not 1 <= number <= MAX_WINDOW:
            raise UserError("queue.bad_window_number", tr_noop("A window number is from 1 to {last}."),
                            last=MAX_WINDOW)
        if not name:
            raise UserError("queue.window_name", tr_noop("Give the window a name."))
        if not business_codes:
            raise UserError("queue.window_businesses", tr_noop("Window {number} must serve at least one service."),
                            number=number)
        with self.db.transaction() as s:
            by_code = {x.code: x for x in s.scalars(select(Business).where(Business.active.is_(True)))}
            unknown = [c for c in business_codes if c not in by_code]
            if unknown:
                raise UserError("queue.unknown_business", tr_noop("Unknown service: {code}."), code=unknown[0])
            clash = s.scalar(select(QueueWindow).where(QueueWindow.number == number))
            window = None
            if old_number is not None:
                window = s.scalar(select(QueueWindow).where(QueueWindow.number == old_number))
                if window is None:
                    raise UserError("queue.unknown_window", tr_noop("There is no window {number}."), number=old_number)
            if clash is not None and clash is not window:
                raise UserError("queue.window_taken", tr_noop("There is already a window {number}."), number=number)
            if window is None:
                window = QueueWindow(number=number, name=name, state="closed", active=True)
                s.add(window)
                s.flush()
            window.number, window.name = number, name
            wanted = {by_code[c].id for c in business_codes}
            links = list(s.scalars(select(WindowBusiness).where(WindowBusiness.window_id == window.id)))
            for link in links:
                if link.business_id not in wanted:
                    s.delete(link)
            for business_id in wanted - {link.business_id for link in links}:
                s.add(WindowBusiness(window_id=window.id, business_id=business_id))
            s.flush()
            return next(w for w in list_windows(s) if w.id == window.id)

    def businesses(self) -> list[BusinessInfo]:
        """Every business, those no longer in use too (they can be put back)."""
        with self.db.reading() as s:
            return list_businesses(s, include_inactive=True)

    def windows(self) -> list[WindowInfo]:
        with self.db.reading() as s:
            return list_windows(s, include_inactive=True)

    # --- taking a business or a window out of use, and back -----------------------------
    @publishes(QUEUE_SETTINGS, QUEUE)
    def set_business_active(self, actor: Actor, code: str, active: bool) -> BusinessInfo:
        """A business no longer offered leaves the kiosk and the windows; its tickets and figures stay."""
        actor.require(Permission.MANAGE_QUEUE)
        with self.db.transaction() as s:
            business = s.scalar(select(Business).where(Business.code == code))
            if business is None:
                raise UserError("queue.unknown_business", tr_noop("Unknown service: {code}."), code=code)
            if not active and business.active:
                _require_business_can_go(s, business, self.queue.branch.today())
            business.active = active
            s.flush()
            return business_info(business)

    @publishes(QUEUE_SETTINGS, QUEUE)
    def set_window_active(self, actor: Actor, number: int, active: bool) -> WindowInfo:
        actor.require(Permission.MANAGE_QUEUE)
        with self.db.transaction() as s:
            window = s.scalar(select(QueueWindow).where(QueueWindow.number == number))
            if window is None:
                raise UserError("queue.unknown_window", tr_noop("There is no window {number}."), number=number)
            if not active and window.active:
                if window.state != CLOSED:
                    raise UserError("queue.close_window_first", tr_noop("Close window {number} first."),
                                    number=number)
                others = s.scalar(select(func.count()).select_from(QueueWindow).where(
                    QueueWindow.active.is_(True), QueueWindow.id != window.id))
                if not others:
                    raise UserError("queue.last_window", tr_noop("At least one window must stay in use."))
            window.active = active
            s.flush()
            return next(w for w in list_windows(s, include_inactive=True) if w.id == window.id)

    # --- call policy and advice target --------------------------------------------
    def policy(self) -> call_policy.Policy:
        stored = self._json(POLICY_KEY)
        try:
            return _checked_policy(call_policy.Policy(**stored)) if stored else call_policy.Policy()
        except (TypeError, UserError):
            log.warning("ignoring a stored call policy that is not valid: %r", stored)
            return call_policy.Policy()

    @publishes(QUEUE_SETTINGS, QUEUE)
    def set_policy(self, actor: Actor, policy: call_policy.Policy) -> call_policy.Policy:
        actor.require(Permission.MANAGE_QUEUE)
        policy = _checked_policy(policy)
        self.local.set(POLICY_KEY, json.dumps(asdict(policy)))
        self.queue.policy = policy  # the windows call by it from the next call on
        return policy

    def apply_stored_policy(self) -> None:
        self.queue.policy = self.policy()
        self.queue.rules = self.rules()

    # --- counter rules: no-show call-back, back-entry ---------------------------------
    def rules(self) -> Rules:
        stored = self._json(RULES_KEY)
        try:
            return checked_rules(Rules(**stored)) if stored else Rules()
        except (TypeError, UserError):
            log.warning("ignoring stored queue rules that are not valid: %r", stored)
            return Rules()

    @publishes(QUEUE_SETTINGS, QUEUE)
    def set_rules(self, actor: Actor, rules: Rules) -> Rules:
        """Audited: they decide who may still be served and which paper tickets count."""
        actor.require(Permission.MANAGE_QUEUE)
        rules = checked_rules(rules)
        old = self.rules()
        with self.db.transaction() as s:  # stored and audited together, or neither
            put(s, RULES_KEY, json.dumps(asdict(rules)))
            audit.append(s, self.queue.clock.now(), "queue.rules_changed", actor.staff_id,
                         old=asdict(old), new=asdict(rules))
        self.queue.rules = rules  # the windows and back-entry follow them from now on
        return rules

    def target(self) -> AdviceTarget:
        stored = self._json(TARGET_KEY)
        try:
            return _checked_target(AdviceTarget(**stored)) if stored else AdviceTarget()
        except (TypeError, UserError):
            log.warning("ignoring a stored advice target that is not valid: %r", stored)
            return AdviceTarget()

    @publishes(QUEUE_SETTINGS, QUEUE)
    def set_target(self, actor: Actor, target: AdviceTarget) -> AdviceTarget:
        actor.require(Permission.MANAGE_QUEUE)
        target = _checked_target(target)
        self.local.set(TARGET_KEY, json.dumps(asdict(target)))
        return target

    def _json(self, key: str) -> dict[str, Any]:
        text = self.local.get(key)
        if not text:
            return {}
        try:
            value = json.loads(text)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


def _require_business_can_go(s: Session, business: Business, today: dt.date) -> None:
    """Nobody may be left queuing for it, and no window left serving nothing."""
    others = set(s.scalars(select(Business.id).where(
        Business.active.is_(True), Business.id != business.id)))
    if not others:
        raise UserError("queue.last_business", tr_noop("At least one service must stay in use."))
    in_queue = s.scalar(select(func.count()).select_from(Ticket).where(
        Ticket.business_date == today, Ticket.business_id == business.id,
        Ticket.status.in_((WAITING, HELD, CALLED, SERVING))))
    if in_queue:
        raise UserError("queue.business_in_use",
                        tr_noop("{count} tickets for {service} are still in today's queue; serve, transfer or "
                                "cancel them first."), count=in_queue, service=business.name_zh)
    for window in list_windows(s):
        if window.business_ids and not window.business_ids & others:
            raise UserError("queue.window_left_empty",
                            tr_noop("Window {number} would serve nothing; give it another service first."),
                            number=window.number)


def _checked_business(edit: BusinessEdit) -> BusinessEdit:
    code = edit.code.strip().lower()
    name_zh, name_en, prefix = edit.name_zh.strip(), edit.name_en.strip(), edit.prefix.strip().upper()
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,19}", code):
        raise UserError("queue.bad_business_code",
                        tr_noop("A service code is 1 to 20 lower-case letters, digits or _, starting with a letter."))
    if not name_zh or not name_en:
        raise UserError("queue.business_names", tr_noop("Give the service a Chinese and an English name."))
    if not PREFIX.fullmatch(prefix):
        raise UserError("queue.bad_prefix", tr_noop("A ticket prefix is one or two letters A–Z."))
    if not 1 <= edit.number_from <= edit.number_to <= 999:
        raise UserError("queue.bad_range", tr_noop("Ticket numbers run from 1 to 999, the first not above the last."))
    norm = edit.norm
    if not 0 < norm.base_minutes <= 120 or not 0 <= norm.per_10k_minutes <= 60 or not 0 <= norm.per_unit_minutes <= 60:
        raise UserError("queue.bad_norm", tr_noop("A norm is more than 0 and at most 120 minutes; extras 0 to 60."))
    if norm.unit not in UNITS:
        raise UserError("queue.bad_norm_unit", tr_noop("The unit of a norm is an item or a title."))
    return BusinessEdit(code, name_zh, name_en, prefix, edit.number_from, edit.number_to, norm)


def _checked_policy(policy: call_policy.Policy) -> call_policy.Policy:
    if policy.kind not in call_policy.POLICIES:
        raise UserError("queue.bad_policy", tr_noop("Unknown call policy: {kind}."), kind=policy.kind)
    if not 1 <= int(policy.every) <= 20:
        raise UserError("queue.bad_policy_every", tr_noop("Call one priority ticket after 1 to 20 others."))
    if not 0 <= float(policy.bonus_minutes) <= 120:
        raise UserError("queue.bad_policy_bonus", tr_noop("The priority head start is 0 to 120 minutes."))
    return call_policy.Policy(policy.kind, int(policy.every), float(policy.bonus_minutes))


def _checked_target(target: AdviceTarget) -> AdviceTarget:
    if not 0.5 <= float(target.share) <= 0.99:
        raise UserError("queue.bad_target_share", tr_noop("The target share is 50 % to 99 %."))
    if not 1 <= float(target.within_minutes) <= 60:
        raise UserError("queue.bad_target_minutes", tr_noop("The target wait is 1 to 60 minutes."))
    return AdviceTarget(float(target.share), float(target.within_minutes))
