"""Where BranchDesk keeps its files: the data folder and the shipped resources."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "BranchDesk"
DB_FILENAME = "branchdesk.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resource_root() -> Path:
    """Top of the shipped files: the source tree, or the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return resource_root() / "migrations"


def resources_dir() -> Path:
    return resource_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


class DataDir:
    """The files of one branch: database, backups, logs and crash reports."""

    def __init__(self, root: Path | str | None = None) -> None:
        self.root = Path(root) if root else default_data_dir()

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def crash_reports(self) -> Path:
        return self.root / "crash-reports"

    @property
    def lock_file(self) -> Path:
        return self.root / "branchdesk.lock"

    def ensure(self) -> "DataDir":
        for folder in (self.root, self.backups, self.logs, self.crash_reports):
            folder.mkdir(parents=True, exist_ok=True)
        return self
