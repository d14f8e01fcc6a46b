"""Declarative base, id and time types shared by every model."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Dialect, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from uuid6 import uuid7

# Stable constraint names, so Alembic can alter them on SQLite too. Every column is in the
# name: two constraints of one table never share a name (they did when only the first was).
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A time-ordered UUID (v7): records made offline at two branches never collide."""
    return str(uuid7())


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC text."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Mixin for every table whose changes flow to HQ.

    A model that inherits it gets a UUID primary key, and its table gets capture
    triggers (`store/changelog.py`) that append every insert, update and delete to
    the change log. Columns named in `__sync_exclude__` stay on this PC.
    A column's name on the wire is its own name unless `info={"wire": "..."}` says
    otherwise: keep the old wire name there when a column is renamed. Likewise the
    table's entity name on the wire: `__table_args__ = {"info": {"wire": "old_table"}}`
    when a table is renamed.
    """

    __synced__ = True
    __sync_exclude__: frozenset[str] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


class Sequenced:
    """Mixin for append-only tables read in the order they were written.

    `seq` is given at flush (`store/changelog.py`): the table's highest plus one.
    SQLite's hidden rowid is no order to rely on (VACUUM may renumber it, HQ's
    PostgreSQL has none).
    """

    seq: Mapped[int] = mapped_column(Integer, unique=True)


def is_synced(cls: type) -> bool:
    return bool(getattr(cls, "__synced__", False))
