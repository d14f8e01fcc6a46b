"""The command line, driven as a user drives it: through a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# The CLI runs with every warning an error, as the tests themselves do (pyproject's filterwarnings).
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "error"}


def run(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", *args], input=stdin, capture_output=True, text=True,
        timeout=timeout, env=ENV,
    )


def one_clear_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def init(data: Path, *extra: str, secret: str = "pass-word-1") -> subprocess.CompletedProcess:
    return run("init", "--data-dir", str(data), "--code", "QS-001", "--name", "青山镇邮政支局",
               "--grade", "3", "--admin", "boss", "--admin-full-name", "王芳", "--lang", "en", *extra,
               stdin=secret + "\n")


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("BranchDesk ")


@pytest.mark.parametrize("args", [["frobnicate"], ["db"], ["db", "explode"], ["init", "--grade", "7"],
                                  ["--lang", "fr", "selftest"]])
def test_wrong_arguments_give_one_line_and_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    one_clear_line(result)


def test_missing_database_gives_one_line(tmp_path):
    line = one_clear_line(run("db", "check", "--data-dir", str(tmp_path / "nothing"), "--lang", "en"))
    assert "No database" in line


def test_init_reads_the_password_from_stdin_and_refuses_a_second_time(tmp_path):
    result = init(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "QS-001" in result.stdout
    line = one_clear_line(init(tmp_path))
    assert "already holds a branch" in line
    assert run("db", "check", "--data-dir", str(tmp_path)).returncode == 0


def test_init_with_a_bad_password_changes_nothing(tmp_path):
    line = one_clear_line(init(tmp_path, secret="short"))
    assert "at least 8 characters" in line
    assert init(tmp_path).returncode == 0  # nothing half-made stood in the way


def test_demo_backup_restore_round_trip(tmp_path):
    data = str(tmp_path)
    demo = run("demo", "--no-gui", "--data-dir", data)
    assert demo.returncode == 0 and "wangfang" in demo.stdout
    backup = run("db", "backup", "--data-dir", data)
    assert backup.returncode == 0
    copy = Path(backup.stdout.strip())
    assert copy.exists()
    conn = sqlite3.connect(tmp_path / "branchdesk.sqlite3")
    conn.execute("INSERT INTO local_setting VALUES ('after-backup', 'x')")
    conn.commit()
    conn.close()
    restored = run("db", "restore", str(copy), "--data-dir", data)
    assert restored.returncode == 0, restored.stderr
    conn = sqlite3.connect(tmp_path / "branchdesk.sqlite3")
    assert conn.execute("SELECT count(*) FROM local_setting WHERE key='after-backup'").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM staff").fetchone() == (5,)
    conn.close()
    assert run("db", "check", "--data-dir", data).returncode == 0


def test_restoring_a_damaged_file_is_refused_and_keeps_the_database(tmp_path):
    data = str(tmp_path / "data")
    assert run("demo", "--no-gui", "--data-dir", data).returncode == 0
    before = (tmp_path / "data" / "branchdesk.sqlite3").read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(before[: len(before) // 2])
    line = one_clear_line(run("db", "restore", str(bad), "--data-dir", data, "--lang", "en"))
    assert "damaged" in line
    assert (tmp_path / "data" / "branchdesk.sqlite3").read_bytes() == before


def test_db_check_reports_a_broken_audit_chain(tmp_path):
    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    conn = sqlite3.connect(tmp_path / "branchdesk.sqlite3")
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("DROP TRIGGER capture_audit_entry_update")
    conn.execute("UPDATE audit_entry SET action = 'nothing.happened' WHERE position = 2")
    conn.commit()
    conn.close()
    result = run("db", "check", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "audit chain broken at entry 2" in result.stdout


def test_db_check_reports_an_edit_made_outside_the_app(tmp_path):
    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    assert run("db", "check", "--data-dir", str(tmp_path)).returncode == 0
    conn = sqlite3.connect(tmp_path / "branchdesk.sqlite3")
    conn.execute("DROP TRIGGER capture_staff_update")
    (staff_id,) = conn.execute("SELECT id FROM staff WHERE username = 'liqiang'").fetchone()
    conn.execute("UPDATE staff SET role = 'admin' WHERE id = ?", (staff_id,))
    conn.commit()
    conn.close()
    result = run("db", "check", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "FAIL capture trigger capture_staff_update is missing" in result.stdout
    assert f"FAIL staff {staff_id}: differs from its last change row" in result.stdout


def test_newer_database_is_refused_by_upgrade(tmp_path):
    assert init(tmp_path).returncode == 0
    conn = sqlite3.connect(tmp_path / "branchdesk.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    line = one_clear_line(run("db", "upgrade", "--data-dir", str(tmp_path), "--lang", "en"))
    assert "newer version" in line


def test_locked_database_gives_one_line(tmp_path):
    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    holder = sqlite3.connect(tmp_path / "branchdesk.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        line = one_clear_line(
            run("init", "--data-dir", str(tmp_path), "--code", "X-1", "--name", "x", "--grade", "3",
                "--admin", "a1", "--admin-full-name", "某人", "--lang", "en", stdin="pass-word-1\n")
        )
        assert "busy" in line  # it gave up by itself (a CLI that waited forever would hit run()'s timeout)
    finally:
        holder.rollback()
        holder.close()


def test_upgrade_and_restore_refuse_while_the_app_holds_the_folder(tmp_path):
    from branchdesk import instance
    from branchdesk.paths import DataDir

    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    lock = instance.acquire(DataDir(tmp_path))
    try:
        line = one_clear_line(run("db", "upgrade", "--data-dir", str(tmp_path), "--lang", "en"))
        assert "already running" in line
    finally:
        lock.release()


def test_selftest_prints_one_json_line_with_timings(tmp_path):
    import json

    result = run("selftest", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert set(report["timings"]) == {"open_db_s", "qt_app_s", "main_window_s", "total_s"}
    assert (tmp_path / "branchdesk.sqlite3").exists()


def test_queue_report_writes_the_daily_pdf(tmp_path):
    import pypdfium2 as pdfium

    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    out = tmp_path / "queue.pdf"
    yesterday = (__import__("datetime").date.today() - __import__("datetime").timedelta(days=1)).isoformat()
    result = run("queue", "report", "--date", yesterday, "--out", str(out), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and "arrivals" in result.stdout
    text = pdfium.PdfDocument(out.read_bytes())[0].get_textpage().get_text_range()
    assert "排队日报 Daily queue report" in text and yesterday in text


@pytest.mark.parametrize("args, message", [
    (["--date", "24/11/2026"], "2026-11-24"),
    (["--out", "/nonexistent-folder/q.pdf"], "could not be saved"),
])
def test_queue_report_errors_give_one_line(tmp_path, args, message):
    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    base = {"--date": "2026-11-20", "--out": str(tmp_path / "q.pdf")}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [part for pair in base.items() for part in pair]
    line = one_clear_line(run("queue", "report", *flat, "--data-dir", str(tmp_path), "--lang", "en"))
    assert message in line


def test_queue_report_without_a_database_gives_one_line(tmp_path):
    line = one_clear_line(run("queue", "report", "--out", str(tmp_path / "q.pdf"),
                              "--data-dir", str(tmp_path / "none"), "--lang", "en"))
    assert "No database" in line
