"""Queue: services, windows, tickets and their events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 14:29:28.100752
"""

from alembic import op
import sqlalchemy as sa

# What happened at the counter is appended, never edited or deleted.
APPEND_ONLY = ("ticket_event", "window_event")


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("queue_service",
    sa.Column("code", sa.String(length=20), nullable=False),
    sa.Column("name_zh", sa.String(length=40), nullable=False),
    sa.Column("name_en", sa.String(length=40), nullable=False),
    sa.Column("prefix", sa.String(length=2), nullable=False),
    sa.Column("number_from", sa.Integer(), nullable=False),
    sa.Column("number_to", sa.Integer(), nullable=False),
    sa.Column("norm_base_min", sa.Float(), nullable=False),
    sa.Column("norm_per_10k_min", sa.Float(), nullable=False),
    sa.Column("norm_per_unit_min", sa.Float(), nullable=False),
    sa.Column("norm_unit", sa.String(length=10), nullable=True),
    sa.Column("sort_order", sa.Integer(), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_service")),
    sa.UniqueConstraint("code", name=op.f("uq_queue_service_code")),
    sa.UniqueConstraint("prefix", name=op.f("uq_queue_service_prefix"))
    )
    op.create_table("queue_window",
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=40), nullable=False),
    sa.Column("state", sa.String(length=10), nullable=False),
    sa.Column("pause_reason", sa.String(length=100), nullable=True),
    sa.Column("staff_id", sa.String(length=36), nullable=True),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_queue_window_staff_id_staff")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_window")),
    sa.UniqueConstraint("number", name=op.f("uq_queue_window_number"))
    )
    op.create_table("ticket",
    sa.Column("business_date", sa.Date(), nullable=False),
    sa.Column("issue_seq", sa.Integer(), nullable=False),
    sa.Column("prefix", sa.String(length=2), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("code", sa.String(length=8), nullable=False),
    sa.Column("service_id", sa.String(length=36), nullable=False),
    sa.Column("original_service_id", sa.String(length=36), nullable=False),
    sa.Column("priority", sa.Boolean(), nullable=False),
    sa.Column("channel", sa.String(length=12), nullable=False),
    sa.Column("issued_by", sa.String(length=36), nullable=True),
    sa.Column("issued_at", sa.DateTime(), nullable=False),
    sa.Column("status", sa.String(length=10), nullable=False),
    sa.Column("window_id", sa.String(length=36), nullable=True),
    sa.Column("called_at", sa.DateTime(), nullable=True),
    sa.Column("recalls", sa.Integer(), nullable=False),
    sa.Column("started_at", sa.DateTime(), nullable=True),
    sa.Column("finished_at", sa.DateTime(), nullable=True),
    sa.Column("served_by", sa.String(length=36), nullable=True),
    sa.Column("amount_fen", sa.Integer(), nullable=True),
    sa.Column("units", sa.Integer(), nullable=True),
    sa.Column("norm_minutes", sa.Float(), nullable=True),
    sa.Column("overrun", sa.Boolean(), nullable=True),
    sa.Column("back_entered", sa.Boolean(), nullable=False),
    sa.Column("print_status", sa.String(length=10), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["issued_by"], ["staff.id"], name=op.f("fk_ticket_issued_by_staff")),
    sa.ForeignKeyConstraint(["original_service_id"], ["queue_service.id"], name=op.f("fk_ticket_original_service_id_queue_service")),
    sa.ForeignKeyConstraint(["served_by"], ["staff.id"], name=op.f("fk_ticket_served_by_staff")),
    sa.ForeignKeyConstraint(["service_id"], ["queue_service.id"], name=op.f("fk_ticket_service_id_queue_service")),
    sa.ForeignKeyConstraint(["window_id"], ["queue_window.id"], name=op.f("fk_ticket_window_id_queue_window")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket")),
    sa.UniqueConstraint("business_date", "issue_seq", name=op.f("uq_ticket_business_date")),
    sa.UniqueConstraint("business_date", "prefix", "number", name=op.f("uq_ticket_business_date"))
    )
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_business_date"), ["business_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_ticket_status"), ["status"], unique=False)

    op.create_table("window_event",
    sa.Column("window_id", sa.String(length=36), nullable=False),
    sa.Column("kind", sa.String(length=10), nullable=False),
    sa.Column("at", sa.DateTime(), nullable=False),
    sa.Column("staff_id", sa.String(length=36), nullable=True),
    sa.Column("reason", sa.String(length=100), nullable=True),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_window_event_staff_id_staff")),
    sa.ForeignKeyConstraint(["window_id"], ["queue_window.id"], name=op.f("fk_window_event_window_id_queue_window")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_window_event"))
    )
    with op.batch_alter_table("window_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_window_event_window_id"), ["window_id"], unique=False)

    op.create_table("window_service",
    sa.Column("window_id", sa.String(length=36), nullable=False),
    sa.Column("service_id", sa.String(length=36), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["service_id"], ["queue_service.id"], name=op.f("fk_window_service_service_id_queue_service")),
    sa.ForeignKeyConstraint(["window_id"], ["queue_window.id"], name=op.f("fk_window_service_window_id_queue_window")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_window_service")),
    sa.UniqueConstraint("window_id", "service_id", name=op.f("uq_window_service_window_id"))
    )
    op.create_table("ticket_event",
    sa.Column("ticket_id", sa.String(length=36), nullable=False),
    sa.Column("kind", sa.String(length=12), nullable=False),
    sa.Column("at", sa.DateTime(), nullable=False),
    sa.Column("window_id", sa.String(length=36), nullable=True),
    sa.Column("staff_id", sa.String(length=36), nullable=True),
    sa.Column("detail", sa.Text(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_ticket_event_staff_id_staff")),
    sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_ticket_event_ticket_id_ticket")),
    sa.ForeignKeyConstraint(["window_id"], ["queue_window.id"], name=op.f("fk_ticket_event_window_id_queue_window")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_event"))
    )
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_event_ticket_id"), ["ticket_id"], unique=False)


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
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_event_ticket_id"))

    op.drop_table("ticket_event")
    op.drop_table("window_service")
    with op.batch_alter_table("window_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_window_event_window_id"))

    op.drop_table("window_event")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_status"))
        batch_op.drop_index(batch_op.f("ix_ticket_business_date"))

    op.drop_table("ticket")
    op.drop_table("queue_window")
    op.drop_table("queue_service")
