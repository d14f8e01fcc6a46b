"""Sync with HQ: this PC's enrolment and progress, and county announcements with who read them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 02:10:00

- sync_state is local (never synced): the branch's credential, keys and how far sync has got;
- announcement (owned by HQ, written here only as applied from HQ) and announcement_read
  (the branch's own rows) are synced: they get capture triggers.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('announcement',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('published_at', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_announcement'))
    )
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hq_url', sa.String(length=200), nullable=False),
    sa.Column('branch_code', sa.String(length=20), nullable=False),
    sa.Column('credential', sa.String(length=64), nullable=False),
    sa.Column('branch_secret', sa.String(length=64), nullable=False),
    sa.Column('hq_public_key', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('acknowledged', sa.Integer(), nullable=False),
    sa.Column('last_request', sa.Integer(), nullable=False),
    sa.Column('pull_cursor', sa.Integer(), nullable=False),
    sa.Column('last_bundle_sha256', sa.String(length=64), nullable=True),
    sa.Column('last_success_at', sa.DateTime(), nullable=True),
    sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=40), nullable=True),
    sa.Column('last_error_detail', sa.Text(), nullable=True),
    sa.Column('clock_offset_s', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('announcement_read',
    sa.Column('announcement_id', sa.String(length=36), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['announcement_id'], ['announcement.id'], name=op.f('fk_announcement_read_announcement_id_announcement')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_announcement_read_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_announcement_read'))
    )
    op.create_index(op.f('ix_announcement_read_announcement_id'), 'announcement_read', ['announcement_id'], unique=False)
    for table in ("announcement", "announcement_read"):
        schema_ops.refresh_capture(op.get_bind(), table)


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
