"""Service-standard checks (issue 11): checklist templates in versions, and inspections.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 03:20:00

All five tables are synced (capture triggers). Freeze triggers make a published template
version (and its items) and a signed inspection (and its answers) refuse any UPDATE or
DELETE, and refuse new items or answers under them, whatever path writes.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ("checklist_template", "template_version", "template_item", "inspection", "inspection_answer")

# name -> (table, event, WHEN condition, message); the names are what tests/test_schema.py expects.
FREEZES = {
    "template_version_published_no_update": (
        "template_version", "UPDATE", "OLD.published = 1", "a published template version never changes"),
    "template_version_published_no_delete": (
        "template_version", "DELETE", "OLD.published = 1", "a published template version never changes"),
    "template_item_published_no_insert": (
        "template_item", "INSERT",
        "(SELECT published FROM template_version WHERE id = NEW.version_id) = 1",
        "a published template version never changes"),
    "template_item_published_no_update": (
        "template_item", "UPDATE",
        "(SELECT published FROM template_version WHERE id = OLD.version_id) = 1",
        "a published template version never changes"),
    "template_item_published_no_delete": (
        "template_item", "DELETE",
        "(SELECT published FROM template_version WHERE id = OLD.version_id) = 1",
        "a published template version never changes"),
    "inspection_signed_no_update": (
        "inspection", "UPDATE", "OLD.signed_at IS NOT NULL", "a signed inspection never changes"),
    "inspection_signed_no_delete": (
        "inspection", "DELETE", "OLD.signed_at IS NOT NULL", "a signed inspection never changes"),
    "inspection_answer_signed_no_insert": (
        "inspection_answer", "INSERT",
        "(SELECT signed_at FROM inspection WHERE id = NEW.inspection_id) IS NOT NULL",
        "a signed inspection never changes"),
    "inspection_answer_signed_no_update": (
        "inspection_answer", "UPDATE",
        "(SELECT signed_at FROM inspection WHERE id = OLD.inspection_id) IS NOT NULL",
        "a signed inspection never changes"),
    "inspection_answer_signed_no_delete": (
        "inspection_answer", "DELETE",
        "(SELECT signed_at FROM inspection WHERE id = OLD.inspection_id) IS NOT NULL",
        "a signed inspection never changes"),
}


def upgrade() -> None:
    op.create_table('checklist_template',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_template')),
    sa.UniqueConstraint('key', name=op.f('uq_checklist_template_key'))
    )
    op.create_table('template_version',
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('published_by', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['published_by'], ['staff.id'], name=op.f('fk_template_version_published_by_staff')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], name=op.f('fk_template_version_template_id_checklist_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_version')),
    sa.UniqueConstraint('template_id', 'number', name=op.f('uq_template_version_template_id_number'))
    )
    op.create_index(op.f('ix_template_version_template_id'), 'template_version', ['template_id'], unique=False)
    op.create_table('inspection',
    sa.Column('version_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('started_by', sa.String(length=36), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('signed_by', sa.String(length=36), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('result', sa.String(length=10), nullable=True),
    sa.Column('earned', sa.Float(), nullable=True),
    sa.Column('possible', sa.Float(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['signed_by'], ['staff.id'], name=op.f('fk_inspection_signed_by_staff')),
    sa.ForeignKeyConstraint(['started_by'], ['staff.id'], name=op.f('fk_inspection_started_by_staff')),
    sa.ForeignKeyConstraint(['version_id'], ['template_version.id'], name=op.f('fk_inspection_version_id_template_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    op.create_index(op.f('ix_inspection_version_id'), 'inspection', ['version_id'], unique=False)
    op.create_table('template_item',
    sa.Column('version_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=60), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('guidance', sa.Text(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.Column('critical', sa.Boolean(), nullable=False),
    sa.Column('answer_type', sa.String(length=12), nullable=False),
    sa.Column('max_score', sa.Integer(), nullable=True),
    sa.Column('min_value', sa.Float(), nullable=True),
    sa.Column('max_value', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('source', sa.String(length=30), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['template_version.id'], name=op.f('fk_template_item_version_id_template_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_item')),
    sa.UniqueConstraint('version_id', 'position', name=op.f('uq_template_item_version_id_position'))
    )
    op.create_index(op.f('ix_template_item_version_id'), 'template_item', ['version_id'], unique=False)
    op.create_table('inspection_answer',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('not_applicable', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=4), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('number', sa.Float(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('photo_file', sa.String(length=100), nullable=True),
    sa.Column('photo_sha256', sa.String(length=64), nullable=True),
    sa.Column('failed', sa.Boolean(), nullable=False),
    sa.Column('responsible_staff_id', sa.String(length=36), nullable=True),
    sa.Column('answered_by', sa.String(length=36), nullable=True),
    sa.Column('answered_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['answered_by'], ['staff.id'], name=op.f('fk_inspection_answer_answered_by_staff')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_inspection_answer_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['item_id'], ['template_item.id'], name=op.f('fk_inspection_answer_item_id_template_item')),
    sa.ForeignKeyConstraint(['responsible_staff_id'], ['staff.id'], name=op.f('fk_inspection_answer_responsible_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_answer')),
    sa.UniqueConstraint('inspection_id', 'item_id', name=op.f('uq_inspection_answer_inspection_id_item_id'))
    )
    op.create_index(op.f('ix_inspection_answer_inspection_id'), 'inspection_answer', ['inspection_id'], unique=False)
    for table in TABLES:
        schema_ops.refresh_capture(op.get_bind(), table)
    for name, (table, event, when, message) in FREEZES.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {when} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
