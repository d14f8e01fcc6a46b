"""Settings of this PC only (language and the like), kept in the database, never synced."""

from __future__ import annotations

from sqlalchemy.orm import Session

from branchdesk.errors import DEFAULT_LANGUAGE, LANGUAGES
from branchdesk.services.events import SETTINGS, Publisher, publishes
from branchdesk.store import Database
from branchdesk.store.models import LocalSetting

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "LocalSettingsService", "put"]


def put(s: Session, key: str, value: str) -> None:
    """Set one of this PC's settings inside the caller's transaction (with its audit line, say)."""
    row = s.get(LocalSetting, key)
    if row is None:
        s.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


class LocalSettingsService(Publisher):
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self.db.reading() as s:
            row = s.get(LocalSetting, key)
            return row.value if row else default

    def set(self, key: str, value: str) -> None:
        with self.db.transaction() as s:
            put(s, key, value)

    def language(self) -> str:
        value = self.get("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @publishes(SETTINGS)
    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self.set("language", language)
