"""Mystery-shopper visits (issue 11, item 5): the visit's particulars and its release, beside its inspection.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 04:40:00

mystery_visit is synced (capture triggers). Once its inspection is signed, the only change it accepts is
the release, set once; it is never deleted, and it is released only once signed.
"""

from alembic import op
import sqlalchemy as sa

from branchdesk.store import schema_ops


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

SIGNED = "(SELECT signed_at FROM inspection WHERE id = OLD.inspection_id) IS NOT NULL"
PARTICULARS = ("id", "inspection_id", "visited_at", "window_label", "observed_staff_id", "source")

# name -> (event, WHEN condition, message); the names are what tests/test_schema.py expects.
FREEZES = {
    "mystery_visit_signed_no_update": (
        "UPDATE",
        f"{SIGNED} AND (OLD.released_at IS NOT NULL OR NEW.released_at IS NULL OR "
        + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in PARTICULARS) + ")",
        "a signed mystery visit changes only by its release, once"),
    "mystery_visit_no_delete": ("DELETE", "1", "a mystery visit is never deleted"),
    "mystery_visit_release_unsigned": (
        "UPDATE", f"NEW.released_at IS NOT NULL AND NOT {SIGNED}", "a mystery visit is released once signed"),
}


def upgrade() -> None:
    op.create_table('mystery_visit',
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('visited_at', sa.DateTime(), nullable=False),
    sa.Column('window_label', sa.String(length=40), nullable=False),
    sa.Column('observed_staff_id', sa.String(length=36), nullable=True),
    sa.Column('source', sa.String(length=6), nullable=False),
    sa.Column('released_at', sa.DateTime(), nullable=True),
    sa.Column('released_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_mystery_visit_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['observed_staff_id'], ['staff.id'], name=op.f('fk_mystery_visit_observed_staff_id_staff')),
    sa.ForeignKeyConstraint(['released_by'], ['staff.id'], name=op.f('fk_mystery_visit_released_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mystery_visit')),
    sa.UniqueConstraint('inspection_id', name=op.f('uq_mystery_visit_inspection_id'))
    )
    schema_ops.refresh_capture(op.get_bind(), "mystery_visit")
    for name, (event, when, message) in FREEZES.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON mystery_visit WHEN {when} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


def downgrade() -> None:
    raise RuntimeError("BranchDesk upgrades only; restore the backup taken before the upgrade")
