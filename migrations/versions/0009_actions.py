"""Check schedules and corrective actions (issue 11, items 2 and 4).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 04:30:00

- check_schedule, corrective_action and action_step are synced: they get capture triggers;
- action_step is append-only (a correction is a new step), read in `seq` order.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

APPEND_ONLY = ("action_step",)


def upgrade() -> None:
    op.create_table('check_schedule',
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('frequency', sa.String(length=10), nullable=False),
    sa.Column('lead_minutes', sa.Integer(), nullable=False),
    sa.Column('grace_minutes', sa.Integer(), nullable=False),
    sa.Column('due_day', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], name=op.f('fk_check_schedule_template_id_checklist_template')),
    sa.ForeignKeyConstraint(['updated_by'], ['staff.id'], name=op.f('fk_check_schedule_updated_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_schedule')),
    sa.UniqueConstraint('template_id', name=op.f('uq_check_schedule_template_id'))
    )
    op.create_table('corrective_action',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('item_text', sa.String(length=200), nullable=False),
    sa.Column('owner_staff_id', sa.String(length=36), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_corrective_action_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['item_id'], ['template_item.id'], name=op.f('fk_corrective_action_item_id_template_item')),
    sa.ForeignKeyConstraint(['owner_staff_id'], ['staff.id'], name=op.f('fk_corrective_action_owner_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrective_action')),
    sa.UniqueConstraint('inspection_id', 'item_id', name=op.f('uq_corrective_action_inspection_id_item_id'))
    )
    op.create_index(op.f('ix_corrective_action_inspection_id'), 'corrective_action', ['inspection_id'], unique=False)
    op.create_index(op.f('ix_corrective_action_opened_at'), 'corrective_action', ['opened_at'], unique=False)
    op.create_index('ix_corrective_action_status_due', 'corrective_action', ['status', 'due_on'], unique=False)
    op.create_table('action_step',
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=14), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('photo_file', sa.String(length=100), nullable=True),
    sa.Column('photo_sha256', sa.String(length=64), nullable=True),
    sa.Column('owner_staff_id', sa.String(length=36), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['corrective_action.id'], name=op.f('fk_action_step_action_id_corrective_action')),
    sa.ForeignKeyConstraint(['owner_staff_id'], ['staff.id'], name=op.f('fk_action_step_owner_staff_id_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_action_step_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_step')),
    sa.UniqueConstraint('seq', name=op.f('uq_action_step_seq'))
    )
    op.create_index(op.f('ix_action_step_action_id'), 'action_step', ['action_id'], unique=False)
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    for table in ("check_schedule", "corrective_action", "action_step"):
        schema_ops.refresh_capture(op.get_bind(), table)


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
