"""The schema itself refuses to change a published template version or a signed inspection (issue 11, item 1)."""

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from branchdesk.store.models import (
    ChecklistTemplate, Inspection, InspectionAnswer, TemplateItem, TemplateVersion,
)

AT = dt.datetime(2026, 11, 30, 1, 0, tzinfo=dt.timezone.utc)


def _version(db, admin, published: bool) -> tuple[str, str]:
    with db.transaction() as s:
        template = ChecklistTemplate(key="t", kind="opening", title="开门检查", created_at=AT)
        s.add(template)
        s.flush()
        version = TemplateVersion(template_id=template.id, number=1, title="开门检查", created_at=AT)
        s.add(version)
        s.flush()
        item = TemplateItem(version_id=version.id, position=1, section="厅外", text="招牌完好",
                            answer_type="pass_fail")
        s.add(item)
        s.flush()
        if published:
            version.published = True
            version.published_at = AT
        return version.id, item.id


@pytest.mark.parametrize("sql", [
    "UPDATE template_version SET title = 'x' WHERE id = :v",
    "DELETE FROM template_version WHERE id = :v",
    "UPDATE template_item SET text = 'x' WHERE id = :i",
    "DELETE FROM template_item WHERE id = :i",
    "INSERT INTO template_item (id, version_id, position, section, text, guidance, weight, critical, answer_type)"
    " VALUES ('n', :v, 2, 's', 't', '', 1, 0, 'pass_fail')",
])
def test_a_published_version_refuses_change(db, admin, sql):
    version_id, item_id = _version(db, admin, published=True)
    with pytest.raises(IntegrityError, match="published template version never changes"):
        with db.transaction() as s:
            s.execute(text(sql), {"v": version_id, "i": item_id})
    with db.reading() as s:
        assert s.get(TemplateItem, item_id).text == "招牌完好"
        assert s.get(TemplateVersion, version_id).title == "开门检查"


def test_a_draft_may_change(db, admin):
    version_id, item_id = _version(db, admin, published=False)
    with db.transaction() as s:
        s.execute(text("UPDATE template_item SET text = '招牌灯亮' WHERE id = :i"), {"i": item_id})
    with db.reading() as s:
        assert s.get(TemplateItem, item_id).text == "招牌灯亮"


def test_a_signed_inspection_and_its_answers_refuse_change(db, admin):
    version_id, item_id = _version(db, admin, published=True)
    with db.transaction() as s:
        inspection = Inspection(version_id=version_id, kind="opening", started_by=admin.staff_id, started_at=AT)
        s.add(inspection)
        s.flush()
        s.add(InspectionAnswer(inspection_id=inspection.id, item_id=item_id, outcome="pass", answered_at=AT))
        s.flush()
        inspection.signed_by, inspection.signed_at, inspection.result = admin.staff_id, AT, "pass"
        inspection_id = inspection.id
    for sql in ("UPDATE inspection SET result = 'fail' WHERE id = :x",
                "DELETE FROM inspection WHERE id = :x",
                "UPDATE inspection_answer SET outcome = 'fail' WHERE inspection_id = :x",
                "DELETE FROM inspection_answer WHERE inspection_id = :x"):
        with pytest.raises(IntegrityError, match="signed inspection never changes"):
            with db.transaction() as s:
                s.execute(text(sql), {"x": inspection_id})
    with db.reading() as s:
        assert s.get(Inspection, inspection_id).result == "pass"
