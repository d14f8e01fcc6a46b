"""Checklist templates (issue 11, item 1): drafts, published versions that never change, the shipped defaults.

A template's content lives in numbered versions. A draft is edited freely; publishing freezes it
(the service refuses, and migration 0007's triggers refuse at the database). To change a published
checklist, start a new draft from it, edit, publish: inspections keep the version they used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.errors import UserError, tr_noop
from branchdesk.services import audit
from branchdesk.services.checks.defaults import SHIPPED, ItemSpec, TemplateSpec
from branchdesk.services.checks.scoring import ANSWER_TYPES, NUMBER, SCORE
from branchdesk.services.clock import Clock
from branchdesk.services.events import CHECKS, Publisher, publishes
from branchdesk.services.roles import Actor, Permission
from branchdesk.store import Database
from branchdesk.store.models import ChecklistTemplate, TemplateItem, TemplateVersion
from branchdesk.sync.protocol import parse_wire_time

KINDS = ("opening", "closing", "weekly", "monthly", "mystery")
MAX_ITEMS = 200


@dataclass(frozen=True)
class ItemView:
    id: str
    position: int
    spec: ItemSpec


@dataclass(frozen=True)
class VersionView:
    id: str
    template_id: str
    template_key: str
    kind: str
    title: str
    number: int
    published: bool
    published_at: dt.datetime | None
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class TemplateSummary:
    id: str
    key: str
    kind: str
    title: str
    published_number: int | None  # the version a new check runs on; None: nothing published yet
    draft_version_id: str | None


def _spec(item: TemplateItem) -> ItemSpec:
    return ItemSpec(**{f.name: getattr(item, f.name) for f in fields(ItemSpec)})


def version_view(s: Session, version: TemplateVersion) -> VersionView:
    template = s.get(ChecklistTemplate, version.template_id)
    assert template is not None
    items = s.scalars(
        select(TemplateItem).where(TemplateItem.version_id == version.id).order_by(TemplateItem.position)
    ).all()
    return VersionView(
        version.id, template.id, template.key, template.kind, version.title, version.number, version.published,
        version.published_at, tuple(ItemView(i.id, i.position, _spec(i)) for i in items),
    )


def install_spec(s: Session, spec: TemplateSpec, now: dt.datetime) -> None:
    """A shipped checklist as published version 1 (also where a visit from HQ needs it first)."""
    template = ChecklistTemplate(key=spec.key, kind=spec.kind, title=spec.title, created_at=now)
    s.add(template)
    s.flush()
    version = TemplateVersion(template_id=template.id, number=1, title=spec.title, created_at=now)
    s.add(version)
    s.flush()
    CheckTemplates._write_items(s, version.id, spec.items)
    version.published, version.published_at = True, now


def apply_county_checklist(s: Session, version_id: str, payload: dict[str, Any], _now: dt.datetime) -> None:
    """A checklist the county sent down (`branchdesk-hq checklist`, docs/sync-protocol.md §5.4): the next
    published version of the template with its key, made when first seen, with HQ's ids. HQ checked the items
    by `check_item`'s rules before it signed them; applying twice changes nothing."""
    if s.get(TemplateVersion, version_id) is not None:
        return
    published_at = parse_wire_time(payload["published_at"])
    template = s.get(ChecklistTemplate, payload["template_id"])
    if template is None:
        template = ChecklistTemplate(id=payload["template_id"], key=payload["key"], kind=payload["kind"],
                                     title=payload["title"], created_at=published_at)
        s.add(template)
        s.flush()
    highest = s.scalar(select(func.max(TemplateVersion.number)).where(TemplateVersion.template_id == template.id))
    version = TemplateVersion(id=version_id, template_id=template.id, number=(highest or 0) + 1,
                              title=payload["title"], created_at=published_at)
    s.add(version)
    s.flush()
    sent = payload["items"]
    items = tuple(ItemSpec(**{f.name: item[f.name] for f in fields(ItemSpec) if f.name in item}) for item in sent)
    CheckTemplates._write_items(s, version.id, items, ids=tuple(item["id"] for item in sent))
    # Published last: migration 0007's triggers freeze a published version's items.
    version.published, version.published_at = True, published_at


def latest_published(s: Session, template_id: str) -> TemplateVersion | None:
    return s.scalars(
        select(TemplateVersion)
        .where(TemplateVersion.template_id == template_id, TemplateVersion.published.is_(True))
        .order_by(TemplateVersion.number.desc())
        .limit(1)
    ).first()


def check_item(spec: ItemSpec) -> None:
    """Refuse an item that could not be answered or scored."""
    if not spec.section.strip() or not spec.text.strip():
        raise UserError("checks.item_empty", tr_noop("Every item needs a section and a text."))
    if len(spec.text) > 200 or len(spec.section) > 60:
        raise UserError("checks.item_too_long", tr_noop("An item's text is too long: {text}"), text=spec.text[:40])
    if spec.answer_type not in ANSWER_TYPES:
        raise UserError("checks.answer_type_unknown", tr_noop("Unknown answer type: {type}"), type=spec.answer_type)
    if not spec.weight > 0 or spec.weight > 100:
        raise UserError("checks.weight_range", tr_noop("An item's weight must be above 0 and at most 100: {text}"),
                        text=spec.text)
    if spec.answer_type == SCORE and not (spec.max_score and 0 < spec.max_score <= 100):
        raise UserError("checks.max_score", tr_noop("A score item needs a top score from 1 to 100: {text}"),
                        text=spec.text)
    if spec.answer_type == NUMBER:
        if spec.min_value is None and spec.max_value is None:
            raise UserError("checks.limits_missing", tr_noop("A number item needs at least one limit: {text}"),
                            text=spec.text)
        if spec.min_value is not None and spec.max_value is not None and spec.min_value > spec.max_value:
            raise UserError("checks.limits_order", tr_noop("The lower limit is above the upper limit: {text}"),
                            text=spec.text)


class CheckTemplates(Publisher):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- reading -------------------------------------------------------------------

    def templates(self) -> list[TemplateSummary]:
        with self.db.reading() as s:
            rows = s.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.created_at,
                                                                ChecklistTemplate.key)).all()
            summaries = []
            for template in rows:
                published = latest_published(s, template.id)
                draft = self._draft(s, template.id)
                summaries.append(TemplateSummary(
                    template.id, template.key, template.kind, published.title if published else template.title,
                    published.number if published else None, draft.id if draft else None,
                ))
        order = {kind: i for i, kind in enumerate(KINDS)}
        return sorted(summaries, key=lambda t: order.get(t.kind, len(KINDS)))

    def version(self, version_id: str) -> VersionView:
        with self.db.reading() as s:
            return version_view(s, self._version(s, version_id))

    def published(self, template_id: str) -> VersionView:
        with self.db.reading() as s:
            version = latest_published(s, template_id)
            if version is None:
                raise UserError("checks.nothing_published", tr_noop("This checklist has no published version yet."))
            return version_view(s, version)

    # --- the shipped defaults ----------------------------------------------------------

    def has_defaults(self) -> bool:
        keys = {spec.key for spec in SHIPPED}
        with self.db.reading() as s:
            present = set(s.scalars(select(ChecklistTemplate.key).where(ChecklistTemplate.key.in_(keys))))
        return present == keys

    @publishes(CHECKS)
    def install_defaults(self) -> int:
        """Install each shipped checklist the branch does not have yet (by key) as published version 1;
        returns how many were installed. Running it again installs nothing."""
        if self.has_defaults():
            return 0
        now = self.clock.now()
        installed = 0
        with self.db.transaction() as s:
            present = set(s.scalars(select(ChecklistTemplate.key)))
            for spec in SHIPPED:
                if spec.key not in present:
                    install_spec(s, spec, now)
                    installed += 1
            if installed:
                audit.append(s, now, "checks.defaults_installed", None, count=installed)
        return installed

    # --- editing -------------------------------------------------------------------------

    @publishes(CHECKS)
    def create(self, actor: Actor, kind: str, title: str) -> VersionView:
        """A new checklist of the branch's own: an empty draft, version 1."""
        actor.require(Permission.EDIT_CHECK_TEMPLATES)
        if kind not in KINDS:
            raise UserError("checks.kind_unknown", tr_noop("Unknown kind of check: {kind}"), kind=kind)
        title = title.strip()
        if not title or len(title) > 100:
            raise UserError("checks.title", tr_noop("A checklist needs a title of at most 100 characters."))
        now = self.clock.now()
        with self.db.transaction() as s:
            template = ChecklistTemplate(kind=kind, title=title, created_at=now, key="")
            s.add(template)
            s.flush()
            template.key = f"custom-{template.id}"[:40]
            version = TemplateVersion(template_id=template.id, number=1, title=title, created_at=now)
            s.add(version)
            s.flush()
            audit.append(s, now, "checks.template_created", actor.staff_id, template=template.id, title=title)
            return version_view(s, version)

    @publishes(CHECKS)
    def new_draft(self, actor: Actor, template_id: str) -> VersionView:
        """The template's draft: the one already open, or a new one copied from the latest published version."""
        actor.require(Permission.EDIT_CHECK_TEMPLATES)
        now = self.clock.now()
        with self.db.transaction() as s:
            if s.get(ChecklistTemplate, template_id) is None:
                raise UserError("checks.template_missing", tr_noop("This checklist no longer exists."))
            draft = self._draft(s, template_id)
            if draft is not None:
                return version_view(s, draft)
            source = latest_published(s, template_id)
            highest = s.scalar(select(func.max(TemplateVersion.number))
                               .where(TemplateVersion.template_id == template_id)) or 0
            assert source is not None  # a template without a draft has a published version
            draft = TemplateVersion(template_id=template_id, number=highest + 1, title=source.title, created_at=now)
            s.add(draft)
            s.flush()
            self._write_items(s, draft.id, tuple(i.spec for i in version_view(s, source).items))
            audit.append(s, now, "checks.draft_started", actor.staff_id, template=template_id, number=draft.number)
            return version_view(s, draft)

    @publishes(CHECKS)
    def edit_draft(self, actor: Actor, version_id: str, title: str, items: list[ItemSpec]) -> VersionView:
        """Replace a draft's title and items. A published version is refused, unchanged."""
        actor.require(Permission.EDIT_CHECK_TEMPLATES)
        title = title.strip()
        if not title or len(title) > 100:
            raise UserError("checks.title", tr_noop("A checklist needs a title of at most 100 characters."))
        if len(items) > MAX_ITEMS:
            raise UserError("checks.too_many_items", tr_noop("A checklist may have at most {count} items."),
                            count=MAX_ITEMS)
        for spec in items:
            check_item(spec)
        now = self.clock.now()
        with self.db.transaction() as s:
            version = self._draft_to_edit(s, version_id)
            for old in s.scalars(select(TemplateItem).where(TemplateItem.version_id == version.id)):
                s.delete(old)
            s.flush()
            version.title = title
            self._write_items(s, version.id, tuple(items))
            audit.append(s, now, "checks.draft_edited", actor.staff_id, template=version.template_id,
                         number=version.number, items=len(items))
            return version_view(s, version)

    @publishes(CHECKS)
    def publish(self, actor: Actor, version_id: str) -> VersionView:
        """Freeze a draft: from now on new checks run on it, and it never changes."""
        actor.require(Permission.EDIT_CHECK_TEMPLATES)
        now = self.clock.now()
        with self.db.transaction() as s:
            version = self._draft_to_edit(s, version_id)
            count = s.scalar(select(func.count()).select_from(TemplateItem)
                             .where(TemplateItem.version_id == version.id))
            if not count:
                raise UserError("checks.draft_empty", tr_noop("A checklist without items cannot be published."))
            version.published, version.published_at, version.published_by = True, now, actor.staff_id
            audit.append(s, now, "checks.published", actor.staff_id, template=version.template_id,
                         number=version.number, items=count)
            s.flush()
            return version_view(s, version)

    # --- helpers ---------------------------------------------------------------------------

    def _version(self, s: Session, version_id: str) -> TemplateVersion:
        version = s.get(TemplateVersion, version_id)
        if version is None:
            raise UserError("checks.version_missing", tr_noop("This checklist version no longer exists."))
        return version

    def _draft_to_edit(self, s: Session, version_id: str) -> TemplateVersion:
        version = self._version(s, version_id)
        if version.published:
            raise UserError(
                "checks.version_published",
                tr_noop("Version {number} is published and can no longer change: start a new draft."),
                number=version.number,
            )
        return version

    @staticmethod
    def _draft(s: Session, template_id: str) -> TemplateVersion | None:
        return s.scalars(select(TemplateVersion).where(
            TemplateVersion.template_id == template_id, TemplateVersion.published.is_(False))).first()

    @staticmethod
    def _write_items(s: Session, version_id: str, items: tuple[ItemSpec, ...],
                     ids: tuple[str, ...] | None = None) -> None:
        """`ids`: the items' own ids where another side named them already (a county checklist)."""
        for position, spec in enumerate(items, start=1):
            s.add(TemplateItem(version_id=version_id, position=position,
                               **({"id": ids[position - 1]} if ids else {}),
                               **{f.name: getattr(spec, f.name) for f in fields(ItemSpec)}))
        s.flush()
