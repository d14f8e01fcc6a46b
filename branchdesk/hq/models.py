"""HQ's own tables (docs/sync-protocol.md §10), on SQLite or PostgreSQL.

Every table of branch data is keyed by branch first, so PostgreSQL can partition it and Citus
can distribute it by branch without a schema change.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTC(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on both databases."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


class HQBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class HQKey(HQBase):
    """HQ's Ed25519 key pair, in the database so every worker and process signs alike."""

    __tablename__ = "hq_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    secret: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTC)


class Branch(HQBase):
    __tablename__ = "branch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    grade: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTC)


class EnrolmentCode(HQBase):
    """A one-time code; only its hash is kept, like a password."""

    __tablename__ = "enrolment_code"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    code_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTC)
    expires_at: Mapped[dt.datetime] = mapped_column(UTC)
    used_at: Mapped[dt.datetime | None] = mapped_column(UTC)


class Credential(HQBase):
    __tablename__ = "credential"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTC)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTC)
    # The highest request number seen: a request must carry a higher one (replay protection).
    last_request: Mapped[int] = mapped_column(BigInteger, default=0)


class BranchState(HQBase):
    """What HQ holds for a branch; its row is locked while a batch is applied."""

    __tablename__ = "branch_state"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    held_through: Mapped[int] = mapped_column(BigInteger, default=0)
    # The highest seq the branch said it has (a push's log_end, a refused batch's end): HQ misses
    # what lies between held_through and this.
    known_through: Mapped[int] = mapped_column(BigInteger, default=0)
    last_txid: Mapped[str] = mapped_column(String(36), default="")
    last_contact: Mapped[dt.datetime | None] = mapped_column(UTC)
    # Branch clock minus HQ clock, in seconds, at the last contact (informative only).
    clock_offset_s: Mapped[float | None] = mapped_column(Float)
    schema_rev: Mapped[str | None] = mapped_column(String(8))
    app_version: Mapped[str | None] = mapped_column(String(20))


class RawChange(HQBase):
    """Every change row a branch sent, kept for ever: the dedupe and the source of the built tables."""

    __tablename__ = "raw_change"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    txid: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str] = mapped_column(String(8))
    schema_rev: Mapped[str] = mapped_column(String(8))
    payload_format: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))
    payload: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[str] = mapped_column(String(32))  # the branch's clock, as sent
    row_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(UTC)
    via: Mapped[str] = mapped_column(String(8))  # push or bundle


class BranchRow(HQBase):
    """The current state of every row of branch data, built from raw_change."""

    __tablename__ = "branch_row"
    __table_args__ = (Index("ix_branch_row_branch_id_entity_day", "branch_id", "entity", "day"),)

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    # The business date of rows that have one (tickets), for a day's figures without a scan.
    day: Mapped[str | None] = mapped_column(String(10))
    last_seq: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Refusal(HQBase):
    """Every refused request, for the county to see who knocked."""

    __tablename__ = "refusal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTC, index=True)
    code: Mapped[str] = mapped_column(String(32))
    branch: Mapped[str | None] = mapped_column(String(40))
    credential: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(String(200))


class Outgoing(HQBase):
    """What HQ owns and sends down (§5.4); the cursor is this table's id."""

    __tablename__ = "outgoing"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)  # None: every branch
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTC)


class HQUser(HQBase):
    """County staff who may sign in to HQ's pages."""

    __tablename__ = "hq_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTC)
