"""HQ's first schema: branches, enrolment, credentials, raw change rows and the rows built from them.

Revision ID: 0001
Revises:
Create Date: 2026-11-30 02:00:00

Every table of branch data is keyed by branch first (partitionable by branch, docs/scaling.md).
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('grade', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch')),
    sa.UniqueConstraint('code', name=op.f('uq_branch_code'))
    )
    op.create_table('hq_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_key'))
    )
    op.create_table('hq_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=80), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_user')),
    sa.UniqueConstraint('username', name=op.f('uq_hq_user_username'))
    )
    op.create_table('refusal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('branch', sa.String(length=40), nullable=True),
    sa.Column('credential', sa.String(length=64), nullable=True),
    sa.Column('address', sa.String(length=64), nullable=True),
    sa.Column('path', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refusal'))
    )
    op.create_index(op.f('ix_refusal_at'), 'refusal', ['at'], unique=False)
    op.create_table('branch_row',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=True),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_branch_row_branch_id_branch')),
    sa.PrimaryKeyConstraint('branch_id', 'entity', 'entity_id', name=op.f('pk_branch_row'))
    )
    op.create_index('ix_branch_row_branch_id_entity_day', 'branch_row', ['branch_id', 'entity', 'day'], unique=False)
    op.create_table('branch_state',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('held_through', sa.BigInteger(), nullable=False),
    sa.Column('known_through', sa.BigInteger(), nullable=False),
    sa.Column('last_txid', sa.String(length=36), nullable=False),
    sa.Column('last_contact', sa.DateTime(timezone=True), nullable=True),
    sa.Column('clock_offset_s', sa.Float(), nullable=True),
    sa.Column('schema_rev', sa.String(length=8), nullable=True),
    sa.Column('app_version', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_branch_state_branch_id_branch')),
    sa.PrimaryKeyConstraint('branch_id', name=op.f('pk_branch_state'))
    )
    op.create_table('credential',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_request', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_credential_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credential'))
    )
    op.create_index(op.f('ix_credential_branch_id'), 'credential', ['branch_id'], unique=False)
    op.create_table('enrolment_code',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('code_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_enrolment_code_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment_code')),
    sa.UniqueConstraint('code_sha256', name=op.f('uq_enrolment_code_code_sha256'))
    )
    op.create_index(op.f('ix_enrolment_code_branch_id'), 'enrolment_code', ['branch_id'], unique=False)
    op.create_table('outgoing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_outgoing_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing'))
    )
    op.create_index(op.f('ix_outgoing_branch_id'), 'outgoing', ['branch_id'], unique=False)
    op.create_table('raw_change',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('txid', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.Column('schema_rev', sa.String(length=8), nullable=False),
    sa.Column('payload_format', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.Column('changed_at', sa.String(length=32), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('via', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_raw_change_branch_id_branch')),
    sa.PrimaryKeyConstraint('branch_id', 'seq', name=op.f('pk_raw_change'))
    )


def downgrade() -> None:
    op.drop_table('raw_change')
    op.drop_index(op.f('ix_outgoing_branch_id'), table_name='outgoing')
    op.drop_table('outgoing')
    op.drop_index(op.f('ix_enrolment_code_branch_id'), table_name='enrolment_code')
    op.drop_table('enrolment_code')
    op.drop_index(op.f('ix_credential_branch_id'), table_name='credential')
    op.drop_table('credential')
    op.drop_table('branch_state')
    op.drop_index('ix_branch_row_branch_id_entity_day', table_name='branch_row')
    op.drop_table('branch_row')
    op.drop_index(op.f('ix_refusal_at'), table_name='refusal')
    op.drop_table('refusal')
    op.drop_table('hq_user')
    op.drop_table('hq_key')
    op.drop_table('branch')
