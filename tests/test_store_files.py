"""The database file itself: cut short, damaged after a crash, backed up compactly, a full disk."""

from __future__ import annotations

import errno
import gzip
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from branchdesk.errors import UserError
from branchdesk.store import Database, files, migrate, running

CRASH = "import os, sys\nfrom branchdesk.store import Database\nDatabase.open(sys.argv[1], daily_backup=False)\nos._exit(0)\n"


def _copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branchdesk.sqlite3"
    shutil.copyfile(template, path)
    return path


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA page_size").fetchone()[0]


def _crash_while_open(path: Path) -> None:
    """A process opens the database and dies without closing it (no clean shutdown)."""
    subprocess.run([sys.executable, "-c", CRASH, str(path)], check=True,
                   env={**os.environ, "PYTHONPATH": os.getcwd()})


def _scribble_over_a_table(path: Path, table: str = "staff") -> None:
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = _page_size(path)
    with open(path, "r+b") as f:
        f.seek((root - 1) * size + 8)
        f.write(os.urandom(size - 16))


def _digest(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize("cut", ["odd", "pages"])
def test_a_cut_short_file_is_refused_at_open_without_a_scan(tmp_path, demo_template, cut):
    path = _copy_of(demo_template, tmp_path / "data")
    size = path.stat().st_size
    os.truncate(path, size // 2 + 123 if cut == "odd" else (size // 2) // _page_size(path) * _page_size(path))
    with pytest.raises(UserError) as err:
        Database.open(path, tmp_path / "backups")
    assert err.value.code == "db.damaged"
    assert "cut short" in str(err.value)
    assert not (tmp_path / "backups").exists()


def test_a_clean_close_leaves_no_marker_and_the_next_open_scans_nothing(tmp_path, demo_template, monkeypatch):
    path = _copy_of(demo_template, tmp_path / "data")
    Database.open(path, daily_backup=False).close()
    assert list(path.parent.glob("*.open-*")) == []
    monkeypatch.setattr(files, "integrity_problems", lambda *a, **k: pytest.fail("scanned after a clean close"))
    Database.open(path, daily_backup=False).close()


def test_an_open_database_has_a_marker_that_is_not_taken_for_a_crash(tmp_path, demo_template, monkeypatch):
    path = _copy_of(demo_template, tmp_path / "data")
    first = Database.open(path, daily_backup=False)
    assert len(list(path.parent.glob("*.open-*"))) == 1
    monkeypatch.setattr(files, "integrity_problems", lambda *a, **k: pytest.fail("a live marker is no crash"))
    Database.open(path, daily_backup=False).close()  # the CLI while the app runs
    first.close()
    assert list(path.parent.glob("*.open-*")) == []


def test_after_a_crash_a_sound_file_is_checked_once_and_opens(tmp_path, demo_template):
    path = _copy_of(demo_template, tmp_path / "data")
    _crash_while_open(path)
    assert len(running.left_by_a_crash(path)) == 1
    Database.open(path, daily_backup=False).close()
    assert running.left_by_a_crash(path) == []


def test_after_a_crash_damaged_pages_are_refused_with_a_clear_message(tmp_path, demo_template):
    path = _copy_of(demo_template, tmp_path / "data")
    _crash_while_open(path)
    _scribble_over_a_table(path)
    before = _digest(path)
    with pytest.raises(UserError) as err:
        Database.open(path, tmp_path / "backups")
    assert err.value.code == "db.damaged"
    assert "integrity check" in str(err.value) and "db restore" in str(err.value)
    assert _digest(path) == before
    assert running.left_by_a_crash(path), "the marker stays until the file passes, so the next start checks again"


def test_damage_after_a_clean_close_is_caught_by_the_backup(tmp_path, demo_template):
    """Open does not scan after a clean close; the daily (quick) and manual (full) backups check the copy."""
    path = _copy_of(demo_template, tmp_path / "data")
    _scribble_over_a_table(path)
    for check in ("quick", "full"):
        with pytest.raises(UserError) as err:
            files.backup(path, tmp_path / "backups", "daily", check=check)
        assert err.value.code == "db.damaged"
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_backup_is_compressed_checked_and_restorable(tmp_path, demo_template):
    path = _copy_of(demo_template, tmp_path / "data")
    target = files.backup(path, tmp_path / "backups", "manual")
    assert target.name.endswith(".sqlite3.gz")
    assert target.stat().st_size < path.stat().st_size / 3
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [target.name]  # no temporary left
    with gzip.open(target) as f:
        assert f.read(16) == files.SQLITE_HEADER
    other = tmp_path / "other" / "branchdesk.sqlite3"
    revision, saved = files.restore(target, other, tmp_path / "other-backups", migrate.known_revisions())
    assert revision == migrate.head_revision() and saved is None
    assert files.integrity_problems(other, quick=False) == []


def test_old_plain_backups_count_for_the_day_and_are_pruned(tmp_path, demo_template):
    path = _copy_of(demo_template, tmp_path / "data")
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 16):
        shutil.copyfile(path, backups / f"branchdesk-202601{day:02d}-080000-000000-daily.sqlite3")
    files.backup(path, backups, "manual")
    kept = files.backups(backups)
    assert len(kept) == files.KEEP_BACKUPS and kept[-1].name.endswith(".gz")
    assert files.latest_backup_date(backups) is not None


def test_short_of_disk_space_the_backup_is_refused_first(tmp_path, demo_template, monkeypatch):
    path = _copy_of(demo_template, tmp_path / "data")
    before = _digest(path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(UserError) as err:
        files.backup(path, tmp_path / "backups", "manual")
    assert err.value.code == "disk.short"
    assert "Not enough free disk space" in str(err.value) and "nothing was changed" in str(err.value)
    assert list((tmp_path / "backups").iterdir()) == []
    assert _digest(path) == before


def test_a_disk_that_fills_up_during_the_backup_leaves_nothing_half_written(tmp_path, demo_template, monkeypatch):
    path = _copy_of(demo_template, tmp_path / "data")
    backups = tmp_path / "backups"
    earlier = files.backup(path, backups, "daily")
    before = _digest(path)
    real_compress = files.compress

    def compress_until_full(source: Path, target: Path) -> None:
        real_compress(source, target)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "compress", compress_until_full)
    with pytest.raises(UserError) as err:
        files.backup(path, backups, "manual")
    assert err.value.code == "disk.full"
    assert "database is untouched" in str(err.value)
    assert sorted(p.name for p in backups.iterdir()) == [earlier.name]
    assert _digest(path) == before


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 4 MB file system (tmpfs), where a write fails with ENOSPC as on a full disk."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)]).returncode:
        pytest.skip("tmpfs cannot be mounted here")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_really_full_disk_during_the_backup(tmp_path, demo_template, tiny_disk, monkeypatch):
    path = _copy_of(demo_template, tmp_path / "data")  # ~13 MB: its copy cannot fit in 4 MB
    before = _digest(path)
    with pytest.raises(UserError) as err:
        files.backup(path, tiny_disk, "manual")
    assert err.value.code == "disk.short"  # the check up front
    monkeypatch.setattr(files, "require_free_space", lambda *a: None)  # as if the disk filled up meanwhile
    with pytest.raises(UserError) as err:
        files.backup(path, tiny_disk, "manual")
    assert err.value.code == "disk.full"
    assert list(tiny_disk.iterdir()) == []
    assert shutil.disk_usage(tiny_disk).used < 1 << 20
    assert _digest(path) == before
    assert files.integrity_problems(path, quick=False) == []


def test_restoring_with_too_little_space_changes_nothing(tmp_path, demo_template, monkeypatch):
    path = _copy_of(demo_template, tmp_path / "data")
    backup = files.backup(path, tmp_path / "backups", "manual")
    before = _digest(path)
    unpacked = path.stat().st_size
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - unpacked, unpacked))
    with pytest.raises(UserError) as err:  # the gzip trailer says how big the database inside is
        files.restore(backup, path, tmp_path / "backups", migrate.known_revisions())
    assert err.value.code == "disk.short"
    assert _digest(path) == before
    assert not [p for p in path.parent.iterdir() if "restoring" in p.name]


def test_a_backup_folder_that_cannot_be_written_gives_a_clear_error(tmp_path, demo_template):
    path = _copy_of(demo_template, tmp_path / "data")
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(UserError) as err:
        files.backup(path, blocked / "inner", "manual")
    assert err.value.code == "backup.failed" and "database is untouched" in str(err.value)


def test_pruning_leaves_a_fresh_temporary_file_alone(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    fresh, stale = backups / "branchdesk-x-daily.copying", backups / "branchdesk-y-daily.sqlite3.gz.partial"
    fresh.write_bytes(b"in use")
    stale.write_bytes(b"left by a power cut")
    os.utime(stale, (0, 0))
    files.prune_backups(backups)
    assert fresh.exists() and not stale.exists()
