"""Checklist templates (issue 11, item 1): defaults once, drafts, publishing, published versions frozen."""

import dataclasses

import pytest
from sqlalchemy import func, select

from branchdesk.errors import PermissionDenied, UserError
from branchdesk.services.checks.defaults import SHIPPED, ItemSpec
from branchdesk.store.models import AuditEntry, ChecklistTemplate, TemplateItem, TemplateVersion
from tests.checks.conftest import template_id


def _counts(services):
    with services.db.reading() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (ChecklistTemplate, TemplateVersion, TemplateItem))


def test_the_shipped_checklists_are_installed_once_published_and_in_chinese(services, admin):
    assert services.checks.templates.install_defaults() == len(SHIPPED)
    before = _counts(services)
    assert services.checks.templates.install_defaults() == 0
    assert _counts(services) == before
    listed = services.checks.templates.templates()
    assert [t.kind for t in listed] == ["opening", "closing", "weekly", "mystery"]
    assert all(t.published_number == 1 and t.draft_version_id is None for t in listed)
    opening = services.checks.templates.published(listed[0].id)
    texts = [i.spec.text for i in opening.items]
    assert opening.title == "每日开门检查" and "四净四无" in texts
    assert any(i.spec.source == "attendance_early" and i.spec.critical for i in opening.items)
    assert any("老弱病残孕" in t for t in texts)


def test_a_new_version_leaves_the_published_one_as_it_was(checks, admin):
    tid = template_id(checks, "daily_closing")
    v1 = checks.templates.published(tid)
    draft = checks.templates.new_draft(admin, tid)
    assert (draft.number, draft.published) == (2, False)
    assert checks.templates.new_draft(admin, tid).id == draft.id  # one draft at a time
    items = [i.spec for i in draft.items] + [ItemSpec("营业时间", "营业时间公示与实际一致")]
    checks.templates.edit_draft(admin, draft.id, "每日关门检查(新)", items)
    # New checks still run on version 1 until the draft is published.
    assert checks.templates.published(tid).number == 1
    v2 = checks.templates.publish(admin, draft.id)
    assert (v2.number, v2.published, len(v2.items)) == (2, True, len(v1.items) + 1)
    assert checks.templates.published(tid).id == v2.id
    assert checks.templates.version(v1.id) == v1


def test_editing_or_publishing_a_published_version_is_refused_and_changes_nothing(checks, admin, services):
    tid = template_id(checks, "daily_opening")
    v1 = checks.templates.published(tid)
    before = _counts(services)
    with pytest.raises(UserError, match="published") as refused:
        checks.templates.edit_draft(admin, v1.id, "改", [ItemSpec("s", "t")])
    assert refused.value.code == "checks.version_published"
    with pytest.raises(UserError, match="published"):
        checks.templates.publish(admin, v1.id)
    assert checks.templates.version(v1.id) == v1
    assert _counts(services) == before


@pytest.mark.parametrize("bad", [
    ItemSpec("", "t"),
    ItemSpec("s", "t", answer_type="colour"),
    ItemSpec("s", "t", weight=0),
    ItemSpec("s", "t", answer_type="score"),
    ItemSpec("s", "t", answer_type="number"),
    ItemSpec("s", "t", answer_type="number", min_value=5, max_value=1),
])
def test_a_bad_item_is_refused_and_the_draft_is_unchanged(checks, admin, bad):
    draft = checks.templates.new_draft(admin, template_id(checks, "weekly_full"))
    with pytest.raises(UserError):
        checks.templates.edit_draft(admin, draft.id, draft.title, [dataclasses.replace(draft.items[0].spec), bad])
    assert checks.templates.version(draft.id) == draft


def test_an_empty_draft_cannot_be_published(checks, admin):
    draft = checks.templates.create(admin, "weekly", "消防检查")
    with pytest.raises(UserError, match="without items"):
        checks.templates.publish(admin, draft.id)
    checks.templates.edit_draft(admin, draft.id, "消防检查", [ItemSpec("消防", "灭火器在有效期内", critical=True)])
    assert checks.templates.publish(admin, draft.id).published


def test_only_the_branch_head_and_admin_edit_checklists(checks, manager, clerk, services):
    tid = template_id(checks, "daily_opening")
    for actor in (manager, clerk):
        with pytest.raises(PermissionDenied):
            checks.templates.new_draft(actor, tid)
    with services.db.reading() as s:
        assert not s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action
                                                                               == "checks.draft_started"))
