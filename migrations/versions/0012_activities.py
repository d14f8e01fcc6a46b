"""Promotional activities (issue 10): plans, goals, milestones, phases, budgets and spending, channels,
paper sheets, customers, sign-ins, business done, invitations, follow-ups and their contacts, the review.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 04:40:00

- every table is synced and gets capture triggers; customer.phone and customer.name stay on this PC
  (excluded from capture: HQ gets customer.phone_hash, a keyed hash);
- activity_spending, activity_signin, activity_business, activity_invitation and activity_contact are
  append-only (a correction is a new row), read in `seq` order;
- a closed activity is read-only: triggers refuse to change it or any row of it.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

APPEND_ONLY = ("activity_spending", "activity_signin", "activity_business", "activity_invitation",
               "activity_contact")
# Every table holding an activity's rows (by activity_id): frozen with the activity when it closes.
OF_AN_ACTIVITY = ("activity_day", "activity_goal", "activity_milestone", "activity_phase", "activity_budget_line",
                  "activity_spending", "activity_channel", "activity_sheet", "activity_signin", "activity_business",
                  "activity_invitation", "activity_followup", "activity_contact", "activity_review",
                  "activity_review_action")
SYNCED = ("activity", "customer") + OF_AN_ACTIVITY
LOCAL_ONLY = {"customer": ["phone", "name"]}  # personal details never enter the change log


def upgrade() -> None:
    op.create_table('customer',
    sa.Column('phone', sa.String(length=11), nullable=True),
    sa.Column('phone_hash', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=True),
    sa.Column('segment', sa.String(length=20), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('consent_at', sa.DateTime(), nullable=True),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.Column('purged_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('phone', name=op.f('uq_customer_phone')),
    sa.UniqueConstraint('phone_hash', name=op.f('uq_customer_phone_hash'))
    )
    op.create_table('activity',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('theme', sa.String(length=200), nullable=False),
    sa.Column('poster_text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('target_segments', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('started_by', sa.String(length=36), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['closed_by'], ['staff.id'], name=op.f('fk_activity_closed_by_staff')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_activity_created_by_staff')),
    sa.ForeignKeyConstraint(['started_by'], ['staff.id'], name=op.f('fk_activity_started_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sa.UniqueConstraint('code', name=op.f('uq_activity_code'))
    )
    op.create_index(op.f('ix_activity_status'), 'activity', ['status'], unique=False)
    op.create_table('activity_budget_line',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('cap_fen', sa.Integer(), nullable=False),
    sa.Column('float_fen', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_budget_line_activity_id_activity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_budget_line'))
    )
    op.create_index(op.f('ix_activity_budget_line_activity_id'), 'activity_budget_line', ['activity_id'], unique=False)
    op.create_table('activity_business',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=True),
    sa.Column('business', sa.String(length=40), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=True),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_business_activity_id_activity')),
    sa.ForeignKeyConstraint(['corrects_id'], ['activity_business.id'], name=op.f('fk_activity_business_corrects_id_activity_business')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_activity_business_customer_id_customer')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_activity_business_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_business')),
    sa.UniqueConstraint('seq', name=op.f('uq_activity_business_seq'))
    )
    op.create_index(op.f('ix_activity_business_activity_id'), 'activity_business', ['activity_id'], unique=False)
    op.create_index(op.f('ix_activity_business_customer_id'), 'activity_business', ['customer_id'], unique=False)
    op.create_table('activity_channel',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('placement', sa.String(length=200), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_channel_activity_id_activity')),
    sa.ForeignKeyConstraint(['created_by'], ['staff.id'], name=op.f('fk_activity_channel_created_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_channel')),
    sa.UniqueConstraint('code', name=op.f('uq_activity_channel_code'))
    )
    op.create_index(op.f('ix_activity_channel_activity_id'), 'activity_channel', ['activity_id'], unique=False)
    op.create_table('activity_day',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts', sa.Time(), nullable=True),
    sa.Column('ends', sa.Time(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_day_activity_id_activity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_day')),
    sa.UniqueConstraint('activity_id', 'day', name=op.f('uq_activity_day_activity_id_day'))
    )
    op.create_index(op.f('ix_activity_day_activity_id'), 'activity_day', ['activity_id'], unique=False)
    op.create_table('activity_goal',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_goal_activity_id_activity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_goal')),
    sa.UniqueConstraint('activity_id', 'kind', name=op.f('uq_activity_goal_activity_id_kind'))
    )
    op.create_index(op.f('ix_activity_goal_activity_id'), 'activity_goal', ['activity_id'], unique=False)
    op.create_table('activity_invitation',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('how', sa.String(length=10), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_invitation_activity_id_activity')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_activity_invitation_customer_id_customer')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_activity_invitation_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_invitation')),
    sa.UniqueConstraint('seq', name=op.f('uq_activity_invitation_seq'))
    )
    op.create_index(op.f('ix_activity_invitation_activity_id'), 'activity_invitation', ['activity_id'], unique=False)
    op.create_index(op.f('ix_activity_invitation_customer_id'), 'activity_invitation', ['customer_id'], unique=False)
    op.create_table('activity_milestone',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('owner_staff_id', sa.String(length=36), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_milestone_activity_id_activity')),
    sa.ForeignKeyConstraint(['done_by'], ['staff.id'], name=op.f('fk_activity_milestone_done_by_staff')),
    sa.ForeignKeyConstraint(['owner_staff_id'], ['staff.id'], name=op.f('fk_activity_milestone_owner_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_milestone'))
    )
    op.create_index(op.f('ix_activity_milestone_activity_id'), 'activity_milestone', ['activity_id'], unique=False)
    op.create_index(op.f('ix_activity_milestone_due_on'), 'activity_milestone', ['due_on'], unique=False)
    op.create_table('activity_phase',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('owner_staff_id', sa.String(length=36), nullable=True),
    sa.Column('deliverables', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_phase_activity_id_activity')),
    sa.ForeignKeyConstraint(['owner_staff_id'], ['staff.id'], name=op.f('fk_activity_phase_owner_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_phase')),
    sa.UniqueConstraint('activity_id', 'kind', name=op.f('uq_activity_phase_activity_id_kind'))
    )
    op.create_index(op.f('ix_activity_phase_activity_id'), 'activity_phase', ['activity_id'], unique=False)
    op.create_table('activity_review',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('suggestions', sa.Text(), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('written_by', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_review_activity_id_activity')),
    sa.ForeignKeyConstraint(['written_by'], ['staff.id'], name=op.f('fk_activity_review_written_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_review')),
    sa.UniqueConstraint('activity_id', name=op.f('uq_activity_review_activity_id'))
    )
    op.create_table('activity_review_action',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=200), nullable=False),
    sa.Column('owner_staff_id', sa.String(length=36), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_review_action_activity_id_activity')),
    sa.ForeignKeyConstraint(['owner_staff_id'], ['staff.id'], name=op.f('fk_activity_review_action_owner_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_review_action')),
    sa.UniqueConstraint('activity_id', 'position', name=op.f('uq_activity_review_action_activity_id_position'))
    )
    op.create_index(op.f('ix_activity_review_action_activity_id'), 'activity_review_action', ['activity_id'], unique=False)
    op.create_table('activity_sheet',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('printed_by', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_sheet_activity_id_activity')),
    sa.ForeignKeyConstraint(['printed_by'], ['staff.id'], name=op.f('fk_activity_sheet_printed_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_sheet')),
    sa.UniqueConstraint('activity_id', 'number', name=op.f('uq_activity_sheet_activity_id_number'))
    )
    op.create_index(op.f('ix_activity_sheet_activity_id'), 'activity_sheet', ['activity_id'], unique=False)
    op.create_table('activity_signin',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('channel_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('paper_sheet', sa.Integer(), nullable=True),
    sa.Column('paper_row', sa.Integer(), nullable=True),
    sa.Column('new_customer', sa.Boolean(), nullable=False),
    sa.Column('voids_id', sa.String(length=36), nullable=True),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_signin_activity_id_activity')),
    sa.ForeignKeyConstraint(['channel_id'], ['activity_channel.id'], name=op.f('fk_activity_signin_channel_id_activity_channel')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_activity_signin_customer_id_customer')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_activity_signin_staff_id_staff')),
    sa.ForeignKeyConstraint(['voids_id'], ['activity_signin.id'], name=op.f('fk_activity_signin_voids_id_activity_signin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_signin')),
    sa.UniqueConstraint('seq', name=op.f('uq_activity_signin_seq'))
    )
    op.create_index('ix_activity_signin_activity_id_at', 'activity_signin', ['activity_id', 'at'], unique=False)
    op.create_index(op.f('ix_activity_signin_channel_id'), 'activity_signin', ['channel_id'], unique=False)
    op.create_index('ix_activity_signin_customer_id_at', 'activity_signin', ['customer_id', 'at'], unique=False)
    op.create_table('activity_spending',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('budget_line_id', sa.String(length=36), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_spending_activity_id_activity')),
    sa.ForeignKeyConstraint(['budget_line_id'], ['activity_budget_line.id'], name=op.f('fk_activity_spending_budget_line_id_activity_budget_line')),
    sa.ForeignKeyConstraint(['corrects_id'], ['activity_spending.id'], name=op.f('fk_activity_spending_corrects_id_activity_spending')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_activity_spending_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_spending')),
    sa.UniqueConstraint('seq', name=op.f('uq_activity_spending_seq'))
    )
    op.create_index(op.f('ix_activity_spending_activity_id'), 'activity_spending', ['activity_id'], unique=False)
    op.create_index(op.f('ix_activity_spending_budget_line_id'), 'activity_spending', ['budget_line_id'], unique=False)
    op.create_table('activity_followup',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=8), nullable=False),
    sa.Column('signin_id', sa.String(length=36), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_followup_activity_id_activity')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_activity_followup_customer_id_customer')),
    sa.ForeignKeyConstraint(['done_by'], ['staff.id'], name=op.f('fk_activity_followup_done_by_staff')),
    sa.ForeignKeyConstraint(['signin_id'], ['activity_signin.id'], name=op.f('fk_activity_followup_signin_id_activity_signin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_followup')),
    sa.UniqueConstraint('activity_id', 'customer_id', 'reason', name=op.f('uq_activity_followup_activity_id_customer_id_reason'))
    )
    op.create_index(op.f('ix_activity_followup_activity_id'), 'activity_followup', ['activity_id'], unique=False)
    op.create_index(op.f('ix_activity_followup_customer_id'), 'activity_followup', ['customer_id'], unique=False)
    op.create_index(op.f('ix_activity_followup_due_at'), 'activity_followup', ['due_at'], unique=False)
    op.create_table('activity_contact',
    sa.Column('followup_id', sa.String(length=36), nullable=False),
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('offer', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=400), nullable=False),
    sa.Column('closes', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_contact_activity_id_activity')),
    sa.ForeignKeyConstraint(['followup_id'], ['activity_followup.id'], name=op.f('fk_activity_contact_followup_id_activity_followup')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_activity_contact_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_contact')),
    sa.UniqueConstraint('seq', name=op.f('uq_activity_contact_seq'))
    )
    op.create_index(op.f('ix_activity_contact_activity_id'), 'activity_contact', ['activity_id'], unique=False)
    op.create_index(op.f('ix_activity_contact_followup_id'), 'activity_contact', ['followup_id'], unique=False)
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER activity_closed_no_{action.lower()} BEFORE {action} ON activity "
            f"WHEN OLD.status = 'closed' BEGIN SELECT RAISE(ABORT, 'a closed activity is read-only'); END"
        )
    for table in OF_AN_ACTIVITY:
        actions = ("INSERT",) if table in APPEND_ONLY else ("INSERT", "UPDATE", "DELETE")
        for action in actions:
            row = "OLD" if action == "DELETE" else "NEW"
            op.execute(
                f"CREATE TRIGGER {table}_closed_no_{action.lower()} BEFORE {action} ON {table} "
                f"WHEN (SELECT status FROM activity WHERE id = {row}.activity_id) = 'closed' "
                f"BEGIN SELECT RAISE(ABORT, 'a closed activity is read-only'); END"
            )
    for table in SYNCED:
        schema_ops.refresh_capture(op.get_bind(), table, exclude=LOCAL_ONLY.get(table, ()))


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
