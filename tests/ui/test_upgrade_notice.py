"""Upgrading an old database at start-up says so on screen, and runs off the GUI thread."""

from __future__ import annotations

import gzip
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from branchdesk.app import _upgrade_due
from branchdesk.paths import DataDir
from branchdesk.store import Database, files, migrate
from branchdesk.ui.upgrade_notice import UpgradeNotice, run_with_notice

OLD_RELEASE = Path(__file__).parent.parent / "data" / "schema-0003.sqlite3.gz"


def notices() -> list[UpgradeNotice]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeNotice) and w.isVisible()]


def test_the_notice_shows_while_the_work_runs_on_its_own_thread(qapp):
    seen: dict[str, object] = {}

    def work() -> str:
        seen["thread"] = threading.current_thread()
        seen["notice shown"] = bool(notices())
        return "done"

    assert run_with_notice(work) == "done"
    assert seen["thread"] is not threading.main_thread()
    assert seen["notice shown"]
    assert notices() == []  # gone once the work is done


def test_an_error_of_the_work_is_raised_on_the_gui_thread(qapp):
    def work() -> None:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        run_with_notice(work)
    assert notices() == []


def test_an_old_release_is_upgraded_behind_the_notice(qapp, tmp_path):
    data_dir = DataDir(tmp_path / "data").ensure()
    data_dir.database.write_bytes(gzip.decompress(OLD_RELEASE.read_bytes()))
    assert _upgrade_due(data_dir)
    db = run_with_notice(lambda: Database.open(data_dir.database, data_dir.backups))
    db.close()
    assert files.current_revision(data_dir.database) == migrate.head_revision()
    assert not _upgrade_due(data_dir)


def test_no_notice_for_a_new_or_missing_or_broken_file(tmp_path):
    data_dir = DataDir(tmp_path / "data").ensure()
    assert not _upgrade_due(data_dir)  # no file yet: a new branch, created in a moment
    data_dir.database.write_bytes(b"not a database at all" * 100)
    assert not _upgrade_due(data_dir)  # Database.open refuses it with its own message
