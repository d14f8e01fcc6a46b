"""The staff score (issue 11, item 7): weekly evaluations, monthly targets and their entered figures.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 05:00:00

- staff_evaluation, staff_target and staff_target_figure are synced: they get capture triggers;
- all three are append-only (a correction is a new row; the latest of its key counts), read in `seq` order.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TABLES = ("staff_evaluation", "staff_target", "staff_target_figure")


def _staff_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ['staff.id'], name=op.f(f'fk_{table}_{column}_staff'))


def upgrade() -> None:
    op.create_table('staff_evaluation',
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('scores', sa.Text(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('evaluated_by', sa.String(length=36), nullable=False),
    sa.Column('evaluated_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    _staff_fk('staff_evaluation', 'evaluated_by'),
    _staff_fk('staff_evaluation', 'staff_id'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_evaluation')),
    sa.UniqueConstraint('seq', name=op.f('uq_staff_evaluation_seq'))
    )
    op.create_index(op.f('ix_staff_evaluation_staff_id'), 'staff_evaluation', ['staff_id'], unique=False)
    op.create_index(op.f('ix_staff_evaluation_week_start'), 'staff_evaluation', ['week_start'], unique=False)
    op.create_table('staff_target',
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('goal', sa.Integer(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('set_by', sa.String(length=36), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    _staff_fk('staff_target', 'set_by'),
    _staff_fk('staff_target', 'staff_id'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_target')),
    sa.UniqueConstraint('seq', name=op.f('uq_staff_target_seq'))
    )
    op.create_index(op.f('ix_staff_target_staff_id'), 'staff_target', ['staff_id'], unique=False)
    op.create_index(op.f('ix_staff_target_month'), 'staff_target', ['month'], unique=False)
    op.create_table('staff_target_figure',
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.String(length=36), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    _staff_fk('staff_target_figure', 'entered_by'),
    _staff_fk('staff_target_figure', 'staff_id'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_target_figure')),
    sa.UniqueConstraint('seq', name=op.f('uq_staff_target_figure_seq'))
    )
    op.create_index(op.f('ix_staff_target_figure_staff_id'), 'staff_target_figure', ['staff_id'], unique=False)
    op.create_index(op.f('ix_staff_target_figure_month'), 'staff_target_figure', ['month'], unique=False)
    for table in TABLES:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
        schema_ops.refresh_capture(op.get_bind(), table)


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
