"""The complaint register (issue 11, item 6): complaints and their append-only steps.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 03:30:00

- complaint and complaint_step are synced: they get capture triggers;
- complaint_step is append-only (a correction is a new step), read in `seq` order.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

APPEND_ONLY = ("complaint_step",)


def upgrade() -> None:
    op.create_table('complaint',
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('deadline_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('contact', sa.String(length=40), nullable=False),
    sa.Column('first_staff_id', sa.String(length=36), nullable=False),
    sa.Column('assignee_staff_id', sa.String(length=36), nullable=False),
    sa.Column('registered_by', sa.String(length=36), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('reply', sa.Text(), nullable=True),
    sa.Column('replied_at', sa.DateTime(), nullable=True),
    sa.Column('replied_by', sa.String(length=36), nullable=True),
    sa.Column('satisfaction', sa.String(length=20), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['assignee_staff_id'], ['staff.id'], name=op.f('fk_complaint_assignee_staff_id_staff')),
    sa.ForeignKeyConstraint(['first_staff_id'], ['staff.id'], name=op.f('fk_complaint_first_staff_id_staff')),
    sa.ForeignKeyConstraint(['registered_by'], ['staff.id'], name=op.f('fk_complaint_registered_by_staff')),
    sa.ForeignKeyConstraint(['replied_by'], ['staff.id'], name=op.f('fk_complaint_replied_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint'))
    )
    op.create_index(op.f('ix_complaint_deadline_at'), 'complaint', ['deadline_at'], unique=False)
    op.create_index(op.f('ix_complaint_received_at'), 'complaint', ['received_at'], unique=False)
    op.create_table('complaint_step',
    sa.Column('complaint_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('assignee_staff_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_staff_id'], ['staff.id'], name=op.f('fk_complaint_step_assignee_staff_id_staff')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_step_complaint_id_complaint')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_complaint_step_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_step')),
    sa.UniqueConstraint('seq', name=op.f('uq_complaint_step_seq'))
    )
    op.create_index(op.f('ix_complaint_step_complaint_id'), 'complaint_step', ['complaint_id'], unique=False)
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    for table in ("complaint", "complaint_step"):
        schema_ops.refresh_capture(op.get_bind(), table)


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
