"""The weekly report in the bundle, and `branchdesk export-week` / `import-ack` from the command line."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from branchdesk.cli import main
from branchdesk.hq import registry
from branchdesk.hq.bundles import import_bundle
from branchdesk.printing.report_data import AttendanceLine, ReportRow, WeeklyReport
from branchdesk.printing.weekly_report import weekly_report_pdf, weekly_report_xlsx

from tests.printing.pdfcheck import page_text
from tests.printing.xlsxread import read_xlsx


def test_the_weekly_report_carries_the_weeks_queue_and_attendance(demo_services):
    services = demo_services
    first, last = services.sync.week()
    from branchdesk.services.weekly import WeeklyReports

    assert callable(services.sync.week_report_files)  # wired by Services.build: every bundle carries it
    weekly = WeeklyReports(services.db, services.clock, services.branch, services.queue_reports, services.attendance,
                           services.complaints, services.checks)
    report = weekly.data(first, last)
    period = services.queue_reports.period(first, last)
    assert report.queue_total == period.total and report.queue_total.arrivals > 0
    assert [r.label for r in report.queue_by_day] == [r.label for r in period.by_day]
    text = page_text(weekly_report_pdf(report))
    assert "周报 Weekly report" in text and report.branch_name in text
    assert f"到号 {period.total.arrivals} 人" in text.replace("\n", "")
    sheets = read_xlsx(weekly_report_xlsx(report))
    by_day = sheets["排队按日 Queue by day"]
    assert by_day[-1][1] == period.total.arrivals  # the total row, a number


def test_a_week_without_records_says_so():
    empty = WeeklyReport("青山镇邮政支局", "QS-001", dt.date(2026, 11, 16), dt.date(2026, 11, 22),
                         dt.datetime(2026, 11, 30, 9, 0), ReportRow("total", 0, 0, 0, None, None, None, None, None))
    text = page_text(weekly_report_pdf(empty))
    assert "本周无排队记录" in text and "本周无考勤记录" in text
    staff = WeeklyReport("青山镇邮政支局", "QS-001", dt.date(2026, 11, 16), dt.date(2026, 11, 22),
                         dt.datetime(2026, 11, 30, 9, 0), ReportRow("total", 0, 0, 0, None, None, None, None, None),
                         attendance=[AttendanceLine("张敏", 5, 1, 12, 41.5)])
    rows = read_xlsx(weekly_report_xlsx(staff))["考勤 Attendance"]
    assert rows[1] == ["张敏", 5, 1, 12, 41.5]


@pytest.fixture
def enrolled_demo(demo_services, data_dir, hq_db, hq_clock, hq_server, capsys):
    made = registry.add_branch(hq_db, "DEMO-01", "演示支局", hq_clock())
    assert main(["sync", "enrol", hq_server.url, made.code, "--data-dir", str(data_dir.root)]) == 0
    capsys.readouterr()
    return data_dir


def test_export_week_and_import_ack_from_the_command_line(enrolled_demo, demo_services, hq_db, hq_clock, tmp_path,
                                                         capsys):
    data_dir = enrolled_demo
    stick = tmp_path / "usb"
    assert main(["export-week", "--out", str(stick), "--data-dir", str(data_dir.root)]) == 0
    out = capsys.readouterr().out
    bundle = next(stick.glob("*.bdbundle"))
    assert str(bundle) in out and "import-ack" in out
    with zipfile.ZipFile(bundle) as archive:
        assert "周报 Weekly report" in page_text(archive.read("report.pdf"))
    done = import_bundle(hq_db, bundle, None, hq_clock())
    assert main(["import-ack", str(done.ack), "--data-dir", str(data_dir.root)]) == 0
    assert f"县局已收到本网点第 {done.held_through} 条" in capsys.readouterr().out
    exactly_once_through(demo_services, hq_db, done.held_through)


def exactly_once_through(services, hq_db, last: int) -> None:
    from tests.hq.test_branch_sync import branch_rows, hq_holds

    assert hq_holds(hq_db) == [(row.seq, row.digest()) for row in branch_rows(services) if row.seq <= last]


def test_import_ack_of_a_damaged_file_says_so_and_changes_nothing(enrolled_demo, tmp_path, capsys):
    bad = tmp_path / "x.bdack"
    bad.write_text("not an acknowledgement")
    assert main(["import-ack", str(bad), "--data-dir", str(enrolled_demo.root)]) == 1
    assert "这不是县局的回执文件" in capsys.readouterr().err

