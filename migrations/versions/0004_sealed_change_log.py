"""Sealed change log: capture triggers on every synced table, what sync needs in each change row,
one name per constraint, and explicit order columns instead of SQLite's rowid.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 23:40:00

- change_log gains txid, origin, schema_rev and payload_format (rows written before
  keep txid and schema_rev empty and payload_format 1), and an index to replay it;
- ticket, opening_hours and window_service are rebuilt so that each unique constraint
  names all its columns (two on ticket shared one name);
- ticket_event, window_event and attendance_event gain `seq`, numbered in the order the
  rows were written (their rowid, read once here and never again);
- every synced table gets its capture triggers; every other trigger is kept.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SYNCED = ("branch", "opening_hours", "staff", "attendance_event", "audit_entry", "queue_service",
          "queue_window", "window_service", "ticket", "ticket_event", "window_event")


def _tables() -> list[tuple[sa.Table, dict[str, str]]]:
    meta = sa.MetaData()
    for parent in ("branch", "staff", "queue_service", "queue_window"):  # what the foreign keys point at
        sa.Table(parent, meta, sa.Column("id", sa.String(36), primary_key=True))
    opening_hours = sa.Table("opening_hours", meta,
        sa.Column("branch_id", sa.String(36), sa.ForeignKey("branch.id", name="fk_opening_hours_branch_id_branch"), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=True),
        sa.Column("closes", sa.Time(), nullable=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_opening_hours"),
        sa.UniqueConstraint("branch_id", "weekday", name="uq_opening_hours_branch_id_weekday"),
    )
    window_service = sa.Table("window_service", meta,
        sa.Column("window_id", sa.String(36), sa.ForeignKey("queue_window.id", name="fk_window_service_window_id_queue_window"), nullable=False),
        sa.Column("service_id", sa.String(36), sa.ForeignKey("queue_service.id", name="fk_window_service_service_id_queue_service"), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_window_service"),
        sa.UniqueConstraint("window_id", "service_id", name="uq_window_service_window_id_service_id"),
    )
    ticket = sa.Table("ticket", meta,
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("issue_seq", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(2), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("service_id", sa.String(36), sa.ForeignKey("queue_service.id", name="fk_ticket_service_id_queue_service"), nullable=False),
        sa.Column("original_service_id", sa.String(36), sa.ForeignKey("queue_service.id", name="fk_ticket_original_service_id_queue_service"), nullable=False),
        sa.Column("priority", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("issued_by", sa.String(36), sa.ForeignKey("staff.id", name="fk_ticket_issued_by_staff"), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("window_id", sa.String(36), sa.ForeignKey("queue_window.id", name="fk_ticket_window_id_queue_window"), nullable=True),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.Column("recalls", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("served_by", sa.String(36), sa.ForeignKey("staff.id", name="fk_ticket_served_by_staff"), nullable=True),
        sa.Column("amount_fen", sa.Integer(), nullable=True),
        sa.Column("units", sa.Integer(), nullable=True),
        sa.Column("norm_minutes", sa.Float(), nullable=True),
        sa.Column("overrun", sa.Boolean(), nullable=True),
        sa.Column("back_entered", sa.Boolean(), nullable=False),
        sa.Column("print_status", sa.String(10), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ticket"),
        sa.UniqueConstraint("business_date", "issue_seq", name="uq_ticket_business_date_issue_seq"),
        sa.UniqueConstraint("business_date", "prefix", "number", name="uq_ticket_business_date_prefix_number"),
        sa.Index("ix_ticket_business_date", "business_date"),
        sa.Index("ix_ticket_status", "status"),
    )
    attendance_event = sa.Table("attendance_event", meta,
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id", name="fk_attendance_event_staff_id_staff"), nullable=False),
        sa.Column("kind", sa.String(3), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("work_date", sa.Date(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attendance_event"),
        sa.UniqueConstraint("seq", name="uq_attendance_event_seq"),
        sa.Index("ix_attendance_event_staff_id", "staff_id"),
        sa.Index("ix_attendance_event_work_date", "work_date"),
    )
    ticket_event = sa.Table("ticket_event", meta,
        sa.Column("ticket_id", sa.String(36), sa.ForeignKey("ticket.id", name="fk_ticket_event_ticket_id_ticket"), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("window_id", sa.String(36), sa.ForeignKey("queue_window.id", name="fk_ticket_event_window_id_queue_window"), nullable=True),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id", name="fk_ticket_event_staff_id_staff"), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ticket_event"),
        sa.UniqueConstraint("seq", name="uq_ticket_event_seq"),
        sa.Index("ix_ticket_event_ticket_id", "ticket_id"),
    )
    window_event = sa.Table("window_event", meta,
        sa.Column("window_id", sa.String(36), sa.ForeignKey("queue_window.id", name="fk_window_event_window_id_queue_window"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id", name="fk_window_event_staff_id_staff"), nullable=True),
        sa.Column("reason", sa.String(100), nullable=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_window_event"),
        sa.UniqueConstraint("seq", name="uq_window_event_seq"),
        sa.Index("ix_window_event_window_id", "window_id"),
    )
    in_written_order = {"seq": "rowid"}
    return [
        (opening_hours, {}),
        (window_service, {}),
        (ticket, {}),
        (attendance_event, in_written_order),
        (ticket_event, in_written_order),
        (window_event, in_written_order),
    ]


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("change_log", sa.Column("txid", sa.String(36), nullable=True))
    op.add_column("change_log", sa.Column("origin", sa.String(8), server_default="local", nullable=False))
    op.add_column("change_log", sa.Column("schema_rev", sa.String(32), nullable=True))
    op.add_column("change_log", sa.Column("payload_format", sa.Integer(), server_default="1", nullable=False))
    op.create_index("ix_change_log_entity_entity_id_seq", "change_log", ["entity", "entity_id", "seq"])
    for table, copy in _tables():
        schema_ops.recreate_table(conn, table, copy)
    for name in SYNCED:
        schema_ops.refresh_capture(conn, name)


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
