"""Foundation: branch, staff, attendance, audit log, change log.

Revision ID: 0001
Revises: -
Create Date: 2026-11-24 14:18:16.797900
"""

from alembic import op
import sqlalchemy as sa

# Tables the county office may audit: rows are appended, never edited or deleted.
APPEND_ONLY = ("change_log", "audit_entry", "attendance_event")


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("audit_entry",
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("at", sa.DateTime(), nullable=False),
    sa.Column("actor_staff_id", sa.String(length=36), nullable=True),
    sa.Column("action", sa.String(length=40), nullable=False),
    sa.Column("detail", sa.Text(), nullable=False),
    sa.Column("prev_hash", sa.String(length=64), nullable=False),
    sa.Column("hash", sa.String(length=64), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    sa.UniqueConstraint("position", name=op.f("uq_audit_entry_position"))
    )
    op.create_table("branch",
    sa.Column("code", sa.String(length=20), nullable=False),
    sa.Column("name", sa.String(length=100), nullable=False),
    sa.Column("grade", sa.Integer(), nullable=False),
    sa.Column("timezone", sa.String(length=64), nullable=False),
    sa.Column("savings_business", sa.Boolean(), nullable=False),
    sa.Column("is_demo", sa.Boolean(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
    sa.UniqueConstraint("code", name=op.f("uq_branch_code"))
    )
    op.create_table("change_log",
    sa.Column("seq", sa.Integer(), nullable=False),
    sa.Column("entity", sa.String(length=40), nullable=False),
    sa.Column("entity_id", sa.String(length=36), nullable=False),
    sa.Column("op", sa.String(length=6), nullable=False),
    sa.Column("payload", sa.Text(), nullable=False),
    sa.Column("changed_at", sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log"))
    )
    op.create_table("local_setting",
    sa.Column("key", sa.String(length=64), nullable=False),
    sa.Column("value", sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting"))
    )
    op.create_table("opening_hours",
    sa.Column("branch_id", sa.String(length=36), nullable=False),
    sa.Column("weekday", sa.Integer(), nullable=False),
    sa.Column("opens", sa.Time(), nullable=True),
    sa.Column("closes", sa.Time(), nullable=True),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_opening_hours_branch_id_branch")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_hours")),
    sa.UniqueConstraint("branch_id", "weekday", name=op.f("uq_opening_hours_branch_id"))
    )
    op.create_table("staff",
    sa.Column("branch_id", sa.String(length=36), nullable=False),
    sa.Column("username", sa.String(length=40), nullable=False),
    sa.Column("full_name", sa.String(length=60), nullable=False),
    sa.Column("role", sa.String(length=20), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_staff_branch_id_branch")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    sa.UniqueConstraint("username", name=op.f("uq_staff_username"))
    )
    op.create_table("attendance_event",
    sa.Column("staff_id", sa.String(length=36), nullable=False),
    sa.Column("kind", sa.String(length=3), nullable=False),
    sa.Column("at", sa.DateTime(), nullable=False),
    sa.Column("work_date", sa.Date(), nullable=False),
    sa.Column("late", sa.Boolean(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_attendance_event_staff_id_staff")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_event"))
    )
    with op.batch_alter_table("attendance_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_event_staff_id"), ["staff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_event_work_date"), ["work_date"], unique=False)

    op.create_table("staff_credential",
    sa.Column("staff_id", sa.String(length=36), nullable=False),
    sa.Column("secret_hash", sa.String(length=200), nullable=False),
    sa.Column("secret_kind", sa.String(length=10), nullable=False),
    sa.Column("failed_attempts", sa.Integer(), nullable=False),
    sa.Column("locked_until", sa.DateTime(), nullable=True),
    sa.Column("changed_at", sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_staff_credential_staff_id_staff")),
    sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff_credential"))
    )
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in APPEND_ONLY:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    op.drop_table("staff_credential")
    with op.batch_alter_table("attendance_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_event_work_date"))
        batch_op.drop_index(batch_op.f("ix_attendance_event_staff_id"))

    op.drop_table("attendance_event")
    op.drop_table("staff")
    op.drop_table("opening_hours")
    op.drop_table("local_setting")
    op.drop_table("change_log")
    op.drop_table("branch")
    op.drop_table("audit_entry")
