"""The command line, driven as a user drives it: through a real process."""

from __future__ import annotations

import gzip
import os
import shutil
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
    result = run("db", "check", "--data-dir", str(tmp_path), "--lang", "en")
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
    result = run("db", "check", "--data-dir", str(tmp_path), "--lang", "en")
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


# `branchdesk selftest`, with the home page's first read (the hour's advice) held until the main window has
# closed and then kept busy making cyclic garbage, so that Python's collector runs on the lane's thread: as a
# year of tickets read on a large file does. The same entry point as `python -m branchdesk`.
SLOW_FIRST_READ = """
import sys, threading, time
from branchdesk.services.queue.reports import QueueReports
from branchdesk.ui.main_window import MainWindow

closed = threading.Event()
close_event = MainWindow.closeEvent

def closing(self, event):
    closed.set()
    close_event(self, event)

def slow_advice(self, target=None):
    assert closed.wait(10), "the window never closed"
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        for _ in range(1000):
            cycle = []
            cycle.append(cycle)
    print("read-ended-after-close", file=sys.stderr)
    return None

MainWindow.closeEvent = closing
QueueReports.advice_now = slow_advice
from branchdesk.cli import main
code = main(["selftest", "--data-dir", sys.argv[1]])

# What the interpreter's teardown would have to destroy, in no fixed order: none of our Qt objects.
import gc, shiboken6
from PySide6.QtCore import QObject
gc.collect()
left = sorted(type(o).__name__ for o in gc.get_objects()
              if isinstance(o, QObject) and shiboken6.isValid(o) and type(o).__name__ not in ("QApplication", "QTranslator"))
print("left-alive:", left, file=sys.stderr)
raise SystemExit(code)
"""


def test_selftest_ends_cleanly_while_background_work_still_runs(tmp_path, demo_template):
    """Issue 7: on a large database `selftest` printed "ok" and then ended with "RuntimeError: Signal source
    has been deleted" or a segfault (exit -11): a read outlived its window and the window, the lanes and
    their outcomes were left to the interpreter's teardown. Run several times: teardown order varies."""
    import json

    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(demo_template, data / "branchdesk.sqlite3")
    driver = tmp_path / "slow_selftest.py"
    driver.write_text(SLOW_FIRST_READ, encoding="utf-8")
    for _ in range(4):
        result = subprocess.run([sys.executable, "-X", "faulthandler", str(driver), str(data)],
                                capture_output=True, text=True, timeout=60, env=ENV)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout.strip().splitlines()[-1])["ok"] is True
        assert "read-ended-after-close" in result.stderr  # the work really outlived the window
        assert "left-alive: []" in result.stderr  # the window, the lanes, their outcomes: all gone before exit
        for sign in ("Traceback", "RuntimeError", "Fatal Python error", "Segmentation fault"):
            assert sign not in result.stderr, result.stderr


# The app itself (`branchdesk`, the sign-in screen offscreen), quit while an op on its window still runs.
QUIT_WHILE_BUSY = """
import sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from branchdesk.ui import ops
from branchdesk.ui.shell import Shell

start = Shell.start

def start_then_quit(self):
    window = start(self)
    def busy():
        end = time.monotonic() + 0.5
        while time.monotonic() < end:
            cycle = []
            cycle.append(cycle)
        print("op-ended", file=sys.stderr)
    ops.Op(window, busy).success(lambda _: print("delivered", file=sys.stderr)).run()
    QTimer.singleShot(100, QApplication.instance().quit)
    return window

Shell.start = start_then_quit
from branchdesk.cli import main
raise SystemExit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_the_app_quits_cleanly_while_background_work_still_runs(tmp_path, demo_template):
    """run_gui winds down as selftest does: the op ends before the database closes, its outcome is
    dropped, and the process ends with 0 and no traceback."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(demo_template, data / "branchdesk.sqlite3")
    driver = tmp_path / "quit_while_busy.py"
    driver.write_text(QUIT_WHILE_BUSY, encoding="utf-8")
    for _ in range(2):
        result = subprocess.run([sys.executable, "-X", "faulthandler", str(driver), str(data)],
                                capture_output=True, text=True, timeout=60, env=ENV)
        assert result.returncode == 0, result.stderr
        assert "op-ended" in result.stderr and "delivered" not in result.stderr
        for sign in ("Traceback", "RuntimeError", "Fatal Python error", "Segmentation fault"):
            assert sign not in result.stderr, result.stderr


def test_queue_report_writes_the_daily_pdf(tmp_path):
    import pypdfium2 as pdfium

    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    out = tmp_path / "queue.pdf"
    yesterday = (__import__("datetime").date.today() - __import__("datetime").timedelta(days=1)).isoformat()
    result = run("queue", "report", "--date", yesterday, "--out", str(out), "--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and "arrivals" in result.stdout
    text = pdfium.PdfDocument(out.read_bytes())[0].get_textpage().get_text_range()
    assert "排队日报 Daily queue report" in text and yesterday in text


@pytest.mark.parametrize("args, message", [
    (["--date", "24/11/2026"], "2026-11-24"),
    (["--out", "/nonexistent-folder/q.pdf"], "does not exist. Choose another folder"),
    (["--out", "q.docx"], "Save the report as a .pdf or an .xlsx file, not q.docx"),
])
def test_queue_report_errors_give_one_line(tmp_path, args, message):
    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    base = {"--date": "2026-11-20", "--out": str(tmp_path / "q.pdf")}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [part for pair in base.items() for part in pair]
    line = one_clear_line(run("queue", "report", *flat, "--data-dir", str(tmp_path), "--lang", "en"))
    assert message in line


def test_queue_report_finds_the_demo_branch_and_says_so(tmp_path):
    """`branchdesk demo` keeps its data in <data>/demo: without --data-dir and without a branch of its own,
    the report is of the demo branch, and stderr says where it came from."""
    env = {**ENV, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert subprocess.run([sys.executable, "-m", "branchdesk", "demo", "--no-gui"], env=env, capture_output=True,
                          timeout=60).returncode == 0
    out = tmp_path / "q.pdf"
    result = subprocess.run([sys.executable, "-m", "branchdesk", "queue", "report", "--out", str(out), "--lang", "en"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    demo = tmp_path / "xdg" / "BranchDesk" / "demo"
    assert result.stderr.strip() == f"No branch in {demo.parent}; using the demo branch in {demo}."
    assert out.read_bytes().startswith(b"%PDF")


def test_queue_report_with_no_branch_anywhere_says_where_it_looked(tmp_path):
    env = {**ENV, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    result = subprocess.run([sys.executable, "-m", "branchdesk", "queue", "report", "--out", str(tmp_path / "q.pdf"),
                             "--lang", "en"], env=env, capture_output=True, text=True, timeout=60)
    line = one_clear_line(result)
    home = tmp_path / "xdg" / "BranchDesk"
    assert f"No branch database in {home}, nor a demo branch in {home / 'demo'}" in line and "--data-dir" in line


def test_queue_report_of_a_future_day_warns_and_says_so_in_the_pdf(tmp_path):
    import datetime as dt

    import pypdfium2 as pdfium

    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    out = tmp_path / "later.pdf"
    result = run("queue", "report", "--date", later, "--out", str(out), "--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"warning: {later} is in the future (today is ")
    assert "no queue data" in result.stderr
    text = pdfium.PdfDocument(out.read_bytes())[0].get_textpage().get_text_range()
    assert f"{later} 尚未到来" in text and "is in the future" in text.replace("\r\n", " ").replace("\n", " ")


def test_queue_report_writes_a_spreadsheet_in_the_language_asked(tmp_path):
    from tests.printing.xlsxread import read_xlsx

    assert run("demo", "--no-gui", "--data-dir", str(tmp_path)).returncode == 0
    yesterday = (__import__("datetime").date.today() - __import__("datetime").timedelta(days=1)).isoformat()
    for lang, sheet in (("zh_CN", "概况"), ("en", "Summary")):
        out = tmp_path / f"q-{lang}.xlsx"
        result = run("queue", "report", "--date", yesterday, "--out", str(out), "--data-dir", str(tmp_path),
                     "--lang", lang)
        assert result.returncode == 0, result.stderr
        book = read_xlsx(out.read_bytes())
        assert list(book)[0] == sheet
        assert isinstance(book[sheet][5][1], (int, float))  # the arrivals, a number


def test_queue_report_without_a_database_gives_one_line(tmp_path):
    line = one_clear_line(run("queue", "report", "--out", str(tmp_path / "q.pdf"),
                              "--data-dir", str(tmp_path / "none"), "--lang", "en"))
    assert "No database" in line


# --- a bad file at any command: one clear line, exit 1, nothing changed -------------------------

def _bad_source(kind: str, tmp_path: Path, live: Path) -> Path:
    bad = tmp_path / f"bad-{kind}.sqlite3"
    if kind == "garbage":
        bad.write_bytes(os.urandom(50_000))
    elif kind == "text":
        bad.write_text("branch,QS-001\nthis is not a database\n")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "truncated":
        shutil.copyfile(live, bad)
        os.truncate(bad, bad.stat().st_size // 2)
    elif kind == "folder":
        bad.mkdir()
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('x', '1')")
        conn.commit()
        conn.close()
    elif kind == "foreign-alembic":  # another Alembic app: a revision BranchDesk never wrote
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        conn.execute("CREATE TABLE branch (id TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        shutil.copyfile(live, bad)
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    elif kind == "gzip-garbage":
        bad = bad.with_suffix(".gz")
        with gzip.open(bad, "wb") as f:
            f.write(os.urandom(50_000))
    elif kind == "gzip-truncated":
        bad = bad.with_suffix(".gz")
        with open(live, "rb") as src, gzip.open(bad, "wb") as f:
            shutil.copyfileobj(src, f)
        os.truncate(bad, bad.stat().st_size // 2)
    return bad


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo-cli")
    assert run("demo", "--no-gui", "--data-dir", str(folder)).returncode == 0
    return folder


def _fresh_demo(demo_folder: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(demo_folder / "branchdesk.sqlite3", data / "branchdesk.sqlite3")
    return data


@pytest.mark.parametrize("kind, words", [
    ("garbage", "not a BranchDesk database"), ("text", "not a BranchDesk database"),
    ("empty", "not a BranchDesk database"), ("truncated", "damaged"), ("folder", "is a folder"),
    ("foreign", "not a BranchDesk database"), ("foreign-alembic", "not a BranchDesk database"),
    ("newer", "newer version"), ("gzip-garbage", "not a BranchDesk database"),
    ("gzip-truncated", "damaged"),
])
def test_restoring_a_bad_file_changes_nothing(demo_folder, tmp_path, kind, words):
    data = _fresh_demo(demo_folder, tmp_path)
    live = data / "branchdesk.sqlite3"
    before = live.read_bytes()
    bad = _bad_source(kind, tmp_path, live)
    result = run("db", "restore", str(bad), "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 1, result.stderr
    assert words in one_clear_line(result)
    assert live.read_bytes() == before
    assert sorted(p.name for p in data.iterdir() if p.is_file() and p.suffix in ("", ".sqlite3", ".restoring", ".gz")) \
        == ["branchdesk.sqlite3"], "no staging file or backup left behind"


def test_restoring_a_backup_over_a_truncated_database_keeps_the_damaged_one(demo_folder, tmp_path):
    data = _fresh_demo(demo_folder, tmp_path)
    backup = run("db", "backup", "--data-dir", str(data))
    assert backup.returncode == 0, backup.stderr
    live = data / "branchdesk.sqlite3"
    os.truncate(live, live.stat().st_size // 3)
    restored = run("db", "restore", backup.stdout.strip(), "--data-dir", str(data), "--lang", "en")
    assert restored.returncode == 0, restored.stderr
    assert "damaged-" in restored.stdout
    assert run("db", "check", "--data-dir", str(data)).returncode == 0


@pytest.mark.parametrize("command", ["check", "upgrade", "backup"])
def test_db_commands_on_a_truncated_database_say_what_is_wrong(demo_folder, tmp_path, command):
    data = _fresh_demo(demo_folder, tmp_path)
    live = data / "branchdesk.sqlite3"
    os.truncate(live, live.stat().st_size // 2)
    before = live.read_bytes()
    result = run("db", command, "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    if command == "check":
        assert result.stdout.startswith("FAIL integrity: the file is cut short")
    else:
        assert "cut short" in one_clear_line(result)
    assert live.read_bytes() == before
    assert not (data / "backups").exists() or list((data / "backups").iterdir()) == []


@pytest.mark.parametrize("command", ["check", "upgrade", "backup"])
def test_db_commands_on_damaged_pages_say_what_is_wrong(demo_folder, tmp_path, command):
    data = _fresh_demo(demo_folder, tmp_path)
    live = data / "branchdesk.sqlite3"
    with sqlite3.connect(live) as conn:
        root, = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'staff'").fetchone()
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(live, "r+b") as f:
        f.seek((root - 1) * page + 8)
        f.write(os.urandom(page - 16))
    if command == "upgrade":  # an older schema, so that the upgrade backs up (and checks) the file first
        conn = sqlite3.connect(live)
        conn.execute("UPDATE alembic_version SET version_num = ?", (migrate_known()[-2],))
        conn.commit()
        conn.close()
    before = live.read_bytes()
    result = run("db", command, "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    if command == "check":
        assert result.stdout.startswith("FAIL integrity:")
    else:
        assert "integrity check" in one_clear_line(result)
    assert live.read_bytes() == before


def migrate_known() -> list[str]:
    from branchdesk.store import migrate

    return migrate.known_revisions()


def test_db_check_on_a_folder_and_on_a_text_file(tmp_path):
    folder_case = tmp_path / "a"
    (folder_case / "branchdesk.sqlite3").mkdir(parents=True)
    assert "is a folder" in one_clear_line(run("db", "check", "--data-dir", str(folder_case), "--lang", "en"))
    text_case = tmp_path / "b"
    text_case.mkdir()
    (text_case / "branchdesk.sqlite3").write_text("hello\n")
    line = one_clear_line(run("db", "upgrade", "--data-dir", str(text_case), "--lang", "en"))
    assert "not a BranchDesk database" in line


def test_a_branch_code_with_a_trailing_newline_is_refused(tmp_path):
    line = one_clear_line(run("init", "--data-dir", str(tmp_path), "--code", "QS-001\n", "--name", "x",
                              "--grade", "3", "--admin", "boss", "--admin-full-name", "王芳", "--lang", "en",
                              stdin="pass-word-1\n"))
    assert "branch code" in line


# --- every message in Chinese (the default) and in English ---------------------------------------

def test_usage_errors_speak_chinese_by_default_and_english_on_request():
    zh = one_clear_line(run("init"))
    assert "缺少以下必需参数" in zh and "--code" in zh and "参见 'branchdesk init --help'" in zh
    en = one_clear_line(run("init", "--lang", "en"))
    assert "the following arguments are required" in en
    assert "无效的选择" in one_clear_line(run("init", "--grade", "7"))
    assert "invalid choice" in one_clear_line(run("--lang=en", "init", "--grade", "7"))


def test_help_speaks_chinese_by_default():
    result = run("db", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("用法：branchdesk db")
    assert "显示本帮助并退出" in result.stdout and "检查完整性、变更日志和审计链" in result.stdout
    english = run("db", "--help", "--lang", "en").stdout
    assert english.startswith("usage: branchdesk db") and "integrity, change log and audit chain" in english


def test_user_errors_and_results_speak_chinese_by_default(demo_folder, tmp_path):
    assert "是文件夹" in one_clear_line(run("db", "restore", str(tmp_path), "--data-dir", str(tmp_path)))
    data = _fresh_demo(demo_folder, tmp_path)
    assert run("db", "check", "--data-dir", str(data)).stdout.startswith("正常：完整性")


def test_translations_keep_argparse_placeholders():
    """%s, %r and %(name)s must survive translation, or argparse's own formatting fails."""
    import re
    import xml.etree.ElementTree as ET

    from branchdesk.cli import ARGPARSE_TEXTS

    printf = re.compile(r"%(?:\([a-z_]+\))?[sr]")
    root = ET.parse(Path(__file__).resolve().parent.parent / "resources/i18n/branchdesk_zh_CN.ts").getroot()
    catalogue = {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}
    for text in ARGPARSE_TEXTS:
        assert sorted(printf.findall(catalogue[text])) == sorted(printf.findall(text)), text


@pytest.mark.parametrize(("args", "collecting"), [(["db", "check"], True), (["queue", "report", "--out", "x.pdf"], True),
                                                  (["demo", "--no-gui"], True), (["selftest"], False), ([], False)])
def test_the_cycle_collector_is_off_only_while_a_qt_command_starts(args, collecting, tmp_path, monkeypatch):
    """Start-up of the app and selftest runs without automatic collection (the GUI-thread collector takes
    over); every other command collects as usual; main leaves gc as it found it."""
    import gc

    from branchdesk import cli

    seen = []
    monkeypatch.setattr(cli, "_selftest", lambda data_dir: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr(cli, "_queue_report", lambda a, d: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr(cli, "_demo", lambda a, d: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr("branchdesk.dbcommands.run", lambda *a: seen.append(gc.isenabled()) or 0)
    monkeypatch.setattr("branchdesk.app.run_gui", lambda *a, **k: seen.append(gc.isenabled()) or 0)
    was_enabled = gc.isenabled()  # off when the UI tests' GUI-thread collector ran earlier in this session
    gc.enable()
    try:
        assert cli.main([*args, "--data-dir", str(tmp_path)]) == 0
        assert seen == [collecting] and gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()


def test_help_in_chinese_loads_neither_the_services_nor_sqlalchemy():
    """`branchdesk --help` translates through Qt's catalogue; that path used to import every service and
    SQLAlchemy on the way (ui/i18n took the language list from services): 0.6 s for a help text."""
    code = ("import sys\nfrom branchdesk.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('branchdesk.services', 'branchdesk.store', 'sqlalchemy', 'PySide6.QtWidgets')"
            " if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert "用法" in result.stdout or "usage" in result.stdout  # the help itself was printed
