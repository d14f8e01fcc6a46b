"""Queue figures of closed days (local, derived from the tickets) and the triggers that keep them current.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Any write to a ticket drops its day's figures, so they are rebuilt from the tickets on the next read.
FORGET_DAY = ("DELETE FROM queue_day_figures WHERE business_date = {row}.business_date; "
              "DELETE FROM queue_day_built WHERE business_date = {row}.business_date;")
TRIGGERS = {
    "ticket_forgets_figures_on_insert": ("AFTER INSERT", FORGET_DAY.format(row="NEW")),
    "ticket_forgets_figures_on_update": ("AFTER UPDATE", FORGET_DAY.format(row="OLD") + FORGET_DAY.format(row="NEW")),
    "ticket_forgets_figures_on_delete": ("AFTER DELETE", FORGET_DAY.format(row="OLD")),
}


def upgrade() -> None:
    op.create_table("queue_day_built",
    sa.Column("business_date", sa.Date(), nullable=False),
    sa.Column("zone", sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint("business_date", name=op.f("pk_queue_day_built"))
    )
    op.create_table("queue_day_figures",
    sa.Column("business_date", sa.Date(), nullable=False),
    sa.Column("dimension", sa.String(length=12), nullable=False),
    sa.Column("key", sa.String(length=60), nullable=False),
    sa.Column("arrivals", sa.Integer(), nullable=False),
    sa.Column("served", sa.Integer(), nullable=False),
    sa.Column("no_shows", sa.Integer(), nullable=False),
    sa.Column("wait_count", sa.Integer(), nullable=False),
    sa.Column("wait_sum", sa.Float(), nullable=False),
    sa.Column("wait_max", sa.Float(), nullable=True),
    sa.Column("wait_p90", sa.Float(), nullable=True),
    sa.Column("wait_histogram", sa.LargeBinary(), nullable=False),
    sa.Column("service_count", sa.Integer(), nullable=False),
    sa.Column("service_sum", sa.Float(), nullable=False),
    sa.Column("within_norm", sa.Integer(), nullable=False),
    sa.Column("with_norm", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("business_date", "dimension", "key", name=op.f("pk_queue_day_figures"))
    )
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} ON ticket BEGIN {body} END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("queue_day_figures")
    op.drop_table("queue_day_built")
