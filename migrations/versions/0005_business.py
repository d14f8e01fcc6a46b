"""A counter line of business is a "business" (业务), no longer a "service" (which names the
application-service layer): tables and columns renamed, wire names kept.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 01:00:00

- queue_service becomes business, window_service becomes window_business;
  ticket.service_id and original_service_id, window_service.service_id become business_id
  and original_business_id. The three tables are rebuilt so that their constraint names
  (naming convention, store/base.py) follow the new names;
- their capture triggers are rewritten, keeping the OLD names on the wire: change rows
  still say entity queue_service / window_service and fields service_id /
  original_service_id (HQ reads them by those names), as the models say with info={"wire": ...};
- the stored queue figures are deleted: their dimension names changed ("service" is now
  "business"), and they are rebuilt from the tickets on the next read.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

RENAMED = {"queue_service": "business", "window_service": "window_business"}
OPS = ("insert", "update", "delete")


def _tables() -> list[tuple[sa.Table, dict[str, str]]]:
    meta = sa.MetaData()
    for parent in ("staff", "queue_window"):  # what the foreign keys point at
        sa.Table(parent, meta, sa.Column("id", sa.String(36), primary_key=True))
    business = sa.Table("business", meta,
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("name_zh", sa.String(40), nullable=False),
        sa.Column("name_en", sa.String(40), nullable=False),
        sa.Column("prefix", sa.String(2), nullable=False),
        sa.Column("number_from", sa.Integer(), nullable=False),
        sa.Column("number_to", sa.Integer(), nullable=False),
        sa.Column("norm_base_min", sa.Float(), nullable=False),
        sa.Column("norm_per_10k_min", sa.Float(), nullable=False),
        sa.Column("norm_per_unit_min", sa.Float(), nullable=False),
        sa.Column("norm_unit", sa.String(10), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_business"),
        sa.UniqueConstraint("code", name="uq_business_code"),
        sa.UniqueConstraint("prefix", name="uq_business_prefix"),
    )
    window_business = sa.Table("window_business", meta,
        sa.Column("window_id", sa.String(36), sa.ForeignKey("queue_window.id", name="fk_window_business_window_id_queue_window"), nullable=False),
        sa.Column("business_id", sa.String(36), sa.ForeignKey("business.id", name="fk_window_business_business_id_business"), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_window_business"),
        sa.UniqueConstraint("window_id", "business_id", name="uq_window_business_window_id_business_id"),
    )
    ticket = sa.Table("ticket", meta,
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("issue_seq", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(2), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("business_id", sa.String(36), sa.ForeignKey("business.id", name="fk_ticket_business_id_business"), nullable=False),
        sa.Column("original_business_id", sa.String(36), sa.ForeignKey("business.id", name="fk_ticket_original_business_id_business"), nullable=False),
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
    return [
        (business, {}),
        (window_business, {"business_id": '"service_id"'}),
        (ticket, {"business_id": '"service_id"', "original_business_id": '"original_service_id"'}),
    ]


def upgrade() -> None:
    conn = op.get_bind()
    # The capture triggers name the old columns: drop them first, write them anew at the end.
    for old_name in ("queue_service", "window_service", "ticket"):
        for kind in OPS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS capture_{old_name}_{kind}")
    # SQLite (>= 3.26) rewrites the foreign keys and triggers that refer to a renamed table.
    for old, new in RENAMED.items():
        conn.exec_driver_sql(f'ALTER TABLE "{old}" RENAME TO "{new}"')
    for table, copy in _tables():
        schema_ops.recreate_table(conn, table, copy)
    schema_ops.refresh_capture(conn, "business", entity="queue_service")
    schema_ops.refresh_capture(conn, "window_business", entity="window_service", wire={"business_id": "service_id"})
    schema_ops.refresh_capture(conn, "ticket", wire={"business_id": "service_id",
                                                     "original_business_id": "original_service_id"})
    # Local figures, keyed by dimension names that changed; rebuilt from the tickets when next read.
    conn.exec_driver_sql("DELETE FROM queue_day_figures")
    conn.exec_driver_sql("DELETE FROM queue_day_built")


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
